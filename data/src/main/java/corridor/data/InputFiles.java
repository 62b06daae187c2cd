package corridor.data;

import corridor.model.InputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a path a user named as input is, said as it is: the checks made before a user's file or
 * dataset directory is opened, so that a directory, a device such as {@code /dev/zero}, a pipe or
 * an empty file is refused with what it is, not with "no such file" or a read that never ends.
 * Stateless and thread-safe.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * What {@code file} is when it cannot be read as a file: "no such file", "is a directory, not a
     * file", "is not a regular file: a device, a pipe or a socket", "cannot be read (no permission)".
     *
     * @return the reason, empty when {@code file} is a readable regular file (empty or not)
     */
    public static Optional<String> notARegularFile(Path file) {
        if (!Files.exists(file)) {
            return Optional.of("no such file");
        }
        if (Files.isDirectory(file)) {
            return Optional.of("is a directory, not a file");
        }
        if (!Files.isRegularFile(file)) {
            return Optional.of("is not a regular file: a device, a pipe or a socket");
        }
        if (!Files.isReadable(file)) {
            return Optional.of("cannot be read (no permission)");
        }
        return Optional.empty();
    }

    /**
     * What {@code dir} is when it is not a directory: "no such directory", "is a file, not a
     * directory", "is a device, a pipe or a socket, not a directory".
     *
     * @return the reason, empty when {@code dir} is a directory
     */
    public static Optional<String> notADirectory(Path dir) {
        if (Files.isDirectory(dir)) {
            return Optional.empty();
        }
        if (!Files.exists(dir)) {
            return Optional.of("no such directory");
        }
        return Optional.of(Files.isRegularFile(dir) ? "is a file, not a directory"
                : "is a device, a pipe or a socket, not a directory");
    }

    /**
     * Checks that {@code file} is a readable regular file that is not empty.
     *
     * @param where names the file in the message: its path, or the option and its path
     * @return the file's size in bytes, above 0
     * @throws InputException {@code where: REASON} when it is not, the reason as {@link #notARegularFile}
     *                        gives it or "is empty"
     */
    public static long requireNonEmptyFile(Path file, String where) {
        Optional<String> problem = notARegularFile(file);
        if (problem.isPresent()) {
            throw new InputException(where, "", problem.get());
        }
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            throw new InputException(where, "", "cannot be read (" + e.getMessage() + ")");
        }
        if (bytes == 0) {
            throw new InputException(where, "", "is empty");
        }
        return bytes;
    }
}
