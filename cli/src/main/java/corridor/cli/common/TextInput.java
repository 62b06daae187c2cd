package corridor.cli.common;

import corridor.model.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Text read from a file or standard input that must be UTF-8 text: invalid UTF-8 or a NUL character
 * (what a binary file or a device gives) stops the reading with an {@link InputException} saying so,
 * instead of passing bytes on to be echoed in messages; so does a line longer than the limit (a
 * stream without line ends, which a line-by-line reader would otherwise gather whole in memory).
 * Not thread-safe.
 */
public final class TextInput extends Reader {

    /** Longest line of a CSV input, in characters: far beyond any real row, small enough to hold. */
    public static final int MAX_LINE_CHARS = 1_000_000;

    private final Reader in;
    private final String where;
    private final String expected;
    private final long maxLineChars;
    private long offset;
    private long line = 1;
    private long lineLength;

    /**
     * @param where        names the input in errors (a file name, "stdin")
     * @param expected     what the input should be, for the message about binary input ("CSV or GPX text")
     * @param maxLineChars longest line allowed, in characters; {@code Long.MAX_VALUE} for no limit
     */
    public TextInput(InputStream bytes, String where, String expected, long maxLineChars) {
        this.in = new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        this.where = where;
        this.expected = expected;
        this.maxLineChars = maxLineChars;
    }

    @Override
    public int read(char[] buffer, int start, int length) throws IOException {
        int read;
        try {
            read = in.read(buffer, start, length);
        } catch (CharacterCodingException e) {
            throw notText("invalid UTF-8 after character " + offset);
        }
        for (int i = start; i < start + read; i++) {
            char c = buffer[i];
            if (c == '\0') {
                throw notText("a NUL character at character " + (offset + i - start));
            }
            if (c == '\n') {
                line++;
                lineLength = 0;
            } else if (++lineLength > maxLineChars) {
                throw new InputException(where + " line " + line, "", String.format(Locale.ROOT,
                        "is longer than %,d characters; is this %s?", maxLineChars, expected));
            }
        }
        offset += Math.max(read, 0);
        return read;
    }

    private InputException notText(String what) {
        return new InputException(where, "", "not UTF-8 text (" + what + "); is it a binary file? Give " + expected);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** {@code text} safe to print on a terminal: control characters shown as '?', at most 300 characters. */
    public static String printable(String text) {
        String clean = text.replaceAll("[\\p{Cntrl}\\p{Cf}&&[^\\t]]", "?");
        return clean.length() <= 300 ? clean : clean.substring(0, 300) + "...";
    }
}
