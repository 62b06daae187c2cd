package corridor.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Files that survive a crash whole or not at all: written to a temporary file beside the target,
 * forced to disk, renamed over the target in one atomic step, and the directory forced so that the
 * rename itself is on disk. A crash at any moment leaves either the old content or the new, never a
 * mix; at worst a hidden temporary file ({@code .NAME*.tmp}) that the next write replaces.
 * Stateless and thread-safe; two writers of one target must not run at once.
 */
public final class DurableFiles {

    private DurableFiles() {
    }

    /** What writes a file's content. */
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Writes {@code file} whole or not at all, as UTF-8.
     *
     * @throws UncheckedIOException when it cannot be written; the old content is then untouched
     */
    public static void write(Path file, Content content) {
        replace(file, temp -> {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
            force(temp);
        });
    }

    /**
     * Writes {@code file} whole or not at all: the bytes from {@code bytes}' position to its limit.
     *
     * @throws UncheckedIOException when it cannot be written; the old content is then untouched
     */
    public static void write(Path file, ByteBuffer bytes) {
        replace(file, temp -> {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                out.force(true);
            }
        });
    }

    /** What fills the temporary file and forces it to the disk. */
    private interface Filling {
        void fill(Path temp) throws IOException;
    }

    /** A temporary file beside {@code file}, filled, renamed over it, the directory forced. */
    private static void replace(Path file, Filling filling) {
        Path target = file.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try {
                filling.fill(temp);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                forceDirectory(target.getParent());
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot write " + file + ": " + e.getMessage(), e));
        }
    }

    /** Forces a file's content to the disk. */
    public static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /**
     * Forces a directory's entries (names created, renamed or removed in it) to the disk. On systems
     * where a directory cannot be opened (Windows), does nothing: there the rename is already durable.
     */
    public static void forceDirectory(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            if (!System.getProperty("os.name", "").startsWith("Windows")) {
                throw e;
            }
        }
    }
}
