package corridor.cli.dataset;

import corridor.cli.common.CommandGroup;
import corridor.model.InputException;
import corridor.store.StoreTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** {@code corridor store reset}: removes an embedded store that cannot be opened any more. */
@Command(name = "store", mixinStandardHelpOptions = true, description = "Maintenance of the store 'serve' keeps.",
        subcommands = StoreCommand.Reset.class)
public final class StoreCommand extends CommandGroup {

    /** Deletes the store file; the next {@code serve} creates it again and loads its dataset. */
    @Command(name = "reset", mixinStandardHelpOptions = true,
            description = {"Deletes an embedded store (the H2 file) so that the next 'corridor serve' creates it anew "
                    + "and loads its dataset again. What only the store kept is lost: an uploaded dataset and "
                    + "uploaded scenarios. Refused while a server has the file open."})
    static final class Reset implements Runnable {

        @Option(names = "--db", paramLabel = "FILE", defaultValue = "var/corridor",
                description = "the store file, as given to serve --db (default: ${DEFAULT-VALUE}.mv.db)")
        String db;

        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            if (db.startsWith("jdbc:")) {
                throw InputException.ofParameter("--db", "a PostgreSQL store is reset by its administrator (drop and "
                        + "create the database with the postgis extension); this command removes H2 files only");
            }
            Path file = StoreTarget.embedded(Path.of(db)).file();
            if (!Files.exists(file)) {
                spec.commandLine().getOut().println("corridor: no store at " + file + "; nothing to reset");
                return;
            }
            if (!Files.isRegularFile(file)) {
                throw InputException.ofParameter("--db", file + " is not a file");
            }
            refuseWhenOpen(file);
            try {
                Files.delete(file);
                String name = file.getFileName().toString();
                Files.deleteIfExists(file.resolveSibling(name.substring(0, name.length() - ".mv.db".length())
                        + ".trace.db"));
            } catch (IOException e) {
                throw new UncheckedIOException(new IOException("cannot delete " + file + ": " + e.getMessage(), e));
            }
            spec.commandLine().getOut().println("corridor: removed the store " + file
                    + "; the next 'corridor serve --db " + db + "' creates it and loads its dataset");
        }

        /** H2 holds a lock on the file while a database has it open. */
        private static void refuseWhenOpen(Path file) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock == null) {
                    throw InputException.ofParameter("--db", file + " is open in a running server; stop it first");
                }
                lock.release();
            } catch (IOException e) {
                throw new UncheckedIOException(new IOException("cannot open " + file + ": " + e.getMessage(), e));
            }
        }
    }
}
