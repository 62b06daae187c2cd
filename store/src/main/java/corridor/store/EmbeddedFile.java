package corridor.store;

import corridor.model.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Checks, before H2 opens it, that an embedded store's path can be one: not a directory, not a
 * device, and when the file exists, an H2 database (its header starts {@code H:2,}). H2's own errors
 * for these cases are a stack trace or a misleading "no such file".
 */
final class EmbeddedFile {

    /** How every H2 MVStore file begins. */
    private static final String HEADER = "H:2,";

    private EmbeddedFile() {
    }

    /**
     * @param base the store's name as H2 takes it (without {@code .mv.db})
     * @throws InputException naming {@code --db} when the path cannot hold a store
     */
    static void check(Path base) {
        Path file = Path.of(base + ".mv.db");
        // The name given may have been the file without its suffix: it must not be something else.
        if (Files.exists(base, LinkOption.NOFOLLOW_LINKS) || Files.exists(base)) {
            String what = Files.isDirectory(base) ? "a directory" : Files.isRegularFile(base) ? "a file" : "a device or "
                    + "special file";
            throw InputException.ofParameter("--db", base + " is " + what + ", not a store; H2 keeps a store in NAME"
                    + ".mv.db: give a name for it (e.g. var/corridor) or the .mv.db file itself");
        }
        if (!Files.exists(file)) {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && Files.exists(parent) && !Files.isDirectory(parent)) {
                throw InputException.ofParameter("--db", parent + " is not a directory");
            }
            return;
        }
        if (Files.isDirectory(file)) {
            throw InputException.ofParameter("--db", file + " is a directory, not a store file");
        }
        if (!Files.isRegularFile(file)) {
            throw InputException.ofParameter("--db", file + " is a device or special file, not a store file");
        }
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(HEADER.length());
        } catch (IOException e) {
            throw InputException.ofParameter("--db", "cannot read " + file + ": " + e.getMessage());
        }
        if (start.length > 0 && !new String(start, StandardCharsets.ISO_8859_1).equals(HEADER)) {
            throw InputException.ofParameter("--db", file + " is not an H2 database file (it does not start with "
                    + "H2's header); give another --db, or remove it if it is yours to discard");
        }
    }
}
