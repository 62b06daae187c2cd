package corridor.data.imports;

import corridor.data.DatasetReader;
import corridor.data.DurableFiles;
import corridor.model.CrashPoint;
import corridor.model.InputException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How an import commits into a dataset directory in one atomic step, and how a crash is repaired.
 *
 * <p>Into a new directory: the staged dataset, complete and forced to disk, is renamed to the
 * target in one step. Into an existing dataset: the journal {@code DIR/.corridor-import-journal}
 * naming the staging directory and the files to move is written and forced to disk (the commit
 * point); the files are renamed in (sources.csv first), the directory forced, the journal removed.
 * A crash before the journal leaves the dataset as it was; after it, the next import into DIR
 * ({@link #recover}) or the next reader of DIR ({@link #completeInterrupted}) finishes the moves
 * first, so the import is whole and a retry is answered "already imported". Staging directories ({@code .corridor-import-*}) of imports that died are
 * removed then too: a live import holds a lock on its own, which the dead one's process released.
 *
 * <p>Not thread-safe for one DIR: imports into the same directory must not run at once.
 */
public final class ImportJournal {

    static final String STAGING_PREFIX = ".corridor-import-";
    private static final String JOURNAL = DatasetReader.IMPORT_JOURNAL;
    private static final String LOCK = ".owner.lock";

    private ImportJournal() {
    }

    /** A staging directory beside {@code target}, locked as live until {@link Staging#close}. */
    public static Staging stage(Path target) throws IOException {
        Path dir = Files.createTempDirectory(target.getParent(), STAGING_PREFIX);
        FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        return new Staging(dir, channel, channel.lock());
    }

    /** A staging directory held by this import. */
    public record Staging(Path dir, FileChannel channel, FileLock lock) implements AutoCloseable {
        @Override
        public void close() {
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                // the directory is removed below; a lock left on it dies with the process
            }
            deleteQuietly(dir);
        }
    }

    /**
     * Finishes an import into {@code target} that a crash interrupted after its commit point, and
     * removes the staging directories of imports that died.
     *
     * @return what was done, for people ("completed an interrupted import", "removed 2 stale staging directories"); empty when nothing
     */
    public static List<String> recover(Path target) throws IOException {
        List<String> done = new ArrayList<>();
        completeInterrupted(target).ifPresent(done::add);
        Path parent = target.getParent();
        int removed = 0;
        try (Stream<Path> entries = Files.list(parent)) {
            for (Path dir : entries.filter(p -> p.getFileName().toString().startsWith(STAGING_PREFIX)
                    && Files.isDirectory(p)).toList()) {
                if (isAbandoned(dir)) {
                    deleteQuietly(dir);
                    removed++;
                }
            }
        }
        if (removed > 0) {
            done.add("removed " + removed + " staging director" + (removed == 1 ? "y" : "ies") + " of imports that "
                    + "died in " + parent);
        }
        return done;
    }

    /**
     * Completes an import into {@code dir} that a crash interrupted after its commit point, as the
     * next import would: the files its journal names that are still staged are renamed in (each
     * rename atomic; a crash during this leaves the journal, and the next call finishes), then the
     * journal is removed. Readers of a dataset directory call this first, so that no one reads a
     * dataset half imported.
     *
     * @param dir a dataset directory; nothing is done when it holds no journal (or is no directory)
     * @return what was done, for people; empty when there was no journal
     * @throws InputException when an import is committing into {@code dir} right now (its staging directory is
     *                        held by a live process: the caller may try again when it ends), when {@code dir}
     *                        is not writable, or when the journal is not one an import wrote (it would name
     *                        other directories to move from and delete); nothing is changed then
     * @throws IOException    when a rename fails; the journal is kept for the next try
     */
    public static Optional<String> completeInterrupted(Path dir) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        Path journal = target.resolve(DatasetReader.IMPORT_JOURNAL);
        if (!Files.isRegularFile(journal)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        if (!isJournal(lines)) {
            // A journal names directories to move from and to delete: one not written by an import is not obeyed.
            throw new InputException(journal.toString(), "", "is not a journal an import wrote (it names a staging "
                    + "directory and plain file names); remove it if the dataset is otherwise whole");
        }
        if (!Files.isWritable(target)) {
            throw new InputException(dir.toString(), "", "an import into it was interrupted (its journal "
                    + DatasetReader.IMPORT_JOURNAL + " is there) and cannot be completed: the directory is not "
                    + "writable; make it writable and run the command again");
        }
        Path staging = target.getParent().resolve(lines.get(0));
        if (Files.isDirectory(staging) && !isAbandoned(staging)) {
            throw new InputException(dir.toString(), "", "an import into it is committing now (its journal "
                    + DatasetReader.IMPORT_JOURNAL + " is there); try again when the import has ended");
        }
        // The staging directory is removed only after the journal: without it, someone removed it by hand.
        boolean stagingGone = !Files.isDirectory(staging);
        List<String> names = lines.subList(1, lines.size());
        int moved = 0;
        for (String name : stagingGone ? List.<String>of() : names) {
            Path staged = staging.resolve(name);
            if (Files.isRegularFile(staged)) {
                move(staged, target.resolve(name));
                moved++;
            }
        }
        DurableFiles.forceDirectory(target);
        Files.delete(journal);
        DurableFiles.forceDirectory(target);
        if (stagingGone) {
            return Optional.of("an import into " + target + " was interrupted after its commit and its staged files "
                    + "are gone; the dataset may hold part of it: import the file again");
        }
        deleteQuietly(staging);
        return Optional.of("completed an import into " + target + " that was interrupted after its commit ("
                + moved + " of its " + names.size() + " files were still to move in)");
    }

    /** Whether {@code lines} are what {@link #commitInto} writes: a staging directory's name, then relative file names. */
    private static boolean isJournal(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).startsWith(STAGING_PREFIX) || lines.get(0).contains("/")
                || lines.get(0).contains("\\")) {
            return false;
        }
        for (String name : lines.subList(1, lines.size())) {
            Path path = Path.of(name);
            if (name.isBlank() || path.isAbsolute() || !path.normalize().equals(path) || name.startsWith("..")) {
                return false;
            }
        }
        return true;
    }

    /** Whether no live import holds the staging directory (its lock can be taken). */
    private static boolean isAbandoned(Path dir) {
        Path lock = dir.resolve(LOCK);
        if (!Files.exists(lock)) {
            return true;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock taken = channel.tryLock();
            if (taken == null) {
                return false;
            }
            taken.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Commits a new dataset directory: the staging directory, forced to disk, becomes {@code target}
     * in one rename.
     */
    public static void commitNew(Path staging, Path target) throws IOException {
        Files.deleteIfExists(staging.resolve(LOCK));
        forceTree(staging);
        CrashPoint.reached("import.staged");
        if (Files.isDirectory(target)) {
            Files.delete(target); // empty (checked when staging): the rename takes its place
        }
        move(staging, target);
        DurableFiles.forceDirectory(target.getParent());
        CrashPoint.reached("import.committed");
    }

    /**
     * Commits staged files into an existing dataset: journal (the commit point), moves in order, journal removed.
     *
     * @param names the files to move, in order (sources.csv first)
     */
    public static void commitInto(Path staging, Path target, List<String> names) throws IOException {
        for (String name : names) {
            DurableFiles.force(staging.resolve(name));
        }
        CrashPoint.reached("import.staged");
        List<String> lines = new ArrayList<>();
        lines.add(staging.getFileName().toString());
        lines.addAll(names);
        DurableFiles.write(target.resolve(JOURNAL), out -> out.write(String.join("\n", lines) + "\n"));
        CrashPoint.reached("import.journal-written");
        for (int i = 0; i < names.size(); i++) {
            move(staging.resolve(names.get(i)), target.resolve(names.get(i)));
            if (i == 0) {
                CrashPoint.reached("import.first-file-moved");
            }
        }
        DurableFiles.forceDirectory(target);
        CrashPoint.reached("import.committed");
        Files.delete(target.resolve(JOURNAL));
        DurableFiles.forceDirectory(target);
    }

    private static void forceTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.toList()) {
                if (Files.isRegularFile(path)) {
                    DurableFiles.force(path);
                } else if (Files.isDirectory(path)) {
                    DurableFiles.forceDirectory(path);
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot replace " + to + " atomically (" + e.getMessage() + ")", e);
        }
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // leftover staging files are hidden and never read as a dataset; the next import removes them
        }
    }
}
