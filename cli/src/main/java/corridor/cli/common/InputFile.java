package corridor.cli.common;

import corridor.data.InputFiles;
import corridor.model.InputException;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A file the command line names, or {@code -} (standard input) where a command reads it: checked to
 * be a readable regular file with content before it is opened, and read with a limit while reading.
 * A directory, a device such as {@code /dev/zero}, a pipe, an empty or missing file is refused with
 * what it is ({@link InputFiles}); a file larger than the command uses is refused after at most the
 * limit plus one character (or byte) is read, so no input fills memory.
 *
 * <p>Every refusal is an {@link InputException} ({@code corridor: WHERE: REASON}, exit 2), WHERE the
 * path, {@code OPTION PATH} for a file given with an option, or {@code stdin}. Not thread-safe.
 *
 * @param option       the option that names the file ({@code --truth}), or "" for a positional parameter
 * @param name         the path as given, or {@code -}
 * @param stdinAllowed whether {@code -} means standard input
 */
public record InputFile(String option, String name, boolean stdinAllowed) {

    /** The name that means standard input. */
    public static final String STDIN = "-";

    private static final int BUFFER_BYTES = 1 << 16;

    /** The file of a positional parameter; {@code -} is standard input when {@code stdinAllowed}. */
    public static InputFile argument(String name, boolean stdinAllowed) {
        return new InputFile("", name, stdinAllowed);
    }

    /** The file of a positional parameter, never standard input. */
    public static InputFile argument(Path file) {
        return new InputFile("", file.toString(), false);
    }

    /** The file an option names ({@code --truth FILE}), never standard input. */
    public static InputFile option(String option, Path file) {
        return new InputFile(option, file.toString(), false);
    }

    /** Whether this is standard input. */
    public boolean isStdin() {
        return stdinAllowed && name.equals(STDIN);
    }

    /** How messages name the input: {@code stdin}, the path, or the option and the path. */
    public String where() {
        if (isStdin()) {
            return "stdin";
        }
        return option.isEmpty() ? name : option + " " + name;
    }

    /**
     * The checked path.
     *
     * @return the path, a readable regular file that is not empty
     * @throws InputException saying what it is otherwise; never for standard input, which has no path
     */
    public Path path() {
        if (isStdin()) {
            throw new IllegalStateException("standard input has no path");
        }
        Path file = Path.of(name);
        try {
            InputFiles.requireNonEmptyFile(file, where());
        } catch (InputException e) {
            throw stdinAllowed && e.reason().startsWith("is not a regular file")
                    ? new InputException(where(), "", e.reason() + "; give - to read standard input") : e;
        }
        return file;
    }

    /**
     * Opens the input's bytes, buffered; standard input is not closed when the stream is.
     *
     * @throws InputException when the file is not one to read (see {@link #path}) or standard input is empty
     */
    public InputStream open() {
        if (!isStdin()) {
            Path file = path();
            try {
                return new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES);
            } catch (IOException e) {
                throw new InputException(where(), "", "cannot be read (" + e.getMessage() + ")");
            }
        }
        PushbackInputStream in = new PushbackInputStream(new BufferedInputStream(new FilterInputStream(System.in) {
            @Override
            public void close() {
                // standard input belongs to the process, not to this command
            }
        }, BUFFER_BYTES));
        try {
            int first = in.read();
            if (first < 0) {
                throw new InputException(where(), "", "is empty");
            }
            in.unread(first);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return in;
    }

    /**
     * The input as UTF-8 text; binary input stops it, and so does a line longer than {@code maxLineChars}.
     *
     * @param expected     what the input should be, for messages ("CSV text")
     * @param maxLineChars longest line allowed ({@link TextInput#MAX_LINE_CHARS} for CSV read line by line),
     *                     {@code Long.MAX_VALUE} for no limit
     */
    public Reader openText(String expected, long maxLineChars) {
        return new TextInput(open(), where(), expected, maxLineChars);
    }

    /**
     * The whole input as UTF-8 text, read up to {@code maxChars} characters.
     *
     * @param maxChars the longest input used, in characters
     * @param expected what the input should be, for messages ("an article as UTF-8 text")
     * @throws InputException when it is longer than {@code maxChars} (after reading {@code maxChars + 1}), not
     *                        UTF-8 text, or not a file to read
     */
    public String readText(int maxChars, String expected) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try (Reader in = new TextInput(open(), where(), expected, Long.MAX_VALUE)) {
            int read;
            while ((read = in.read(buffer, 0, (int) Math.min(buffer.length, maxChars + 1L - text.length()))) > 0) {
                text.append(buffer, 0, read);
                if (text.length() > maxChars) {
                    throw new InputException(where(), "", String.format(Locale.ROOT,
                            "is longer than %,d characters, the most this command reads", maxChars));
                }
            }
        } catch (IOException e) {
            throw new InputException(where(), "", "cannot be read (" + e.getMessage() + ")");
        }
        return text.toString();
    }

    /**
     * The whole file's bytes (a file, not standard input), read up to {@code maxBytes}.
     *
     * @param maxBytes the largest file used, in bytes
     * @param hint     what to do with a larger file, for the message
     * @throws InputException when it is larger than {@code maxBytes}, changes while it is read, or is not a
     *                        file to read
     */
    public byte[] readBytes(int maxBytes, String hint) {
        Path file = path();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(maxBytes, hint);
            }
            byte[] bytes = new byte[(int) size];
            try (InputStream in = Files.newInputStream(file)) {
                // exactly the size checked: a file still being written is refused, not read on without end
                if (in.readNBytes(bytes, 0, bytes.length) < size || in.read() >= 0) {
                    throw new InputException(where(), "", "changed while it was read; give it when it is written "
                            + "whole");
                }
            }
            return bytes;
        } catch (IOException e) {
            throw new InputException(where(), "", "cannot be read (" + e.getMessage() + ")");
        }
    }

    private InputException tooLarge(int maxBytes, String hint) {
        return new InputException(where(), "", String.format(Locale.ROOT, "is larger than %,d MiB, the most this "
                + "command reads; %s", maxBytes >> 20, hint));
    }
}
