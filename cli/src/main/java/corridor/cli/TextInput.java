package corridor.cli;

import corridor.model.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text read from a file or standard input that must be UTF-8 text: invalid UTF-8 or a NUL character
 * (what a binary file or a device gives) stops the reading with an {@link InputException} saying so,
 * instead of passing bytes on to be echoed in messages.
 */
final class TextInput extends Reader {

    private final Reader in;
    private final String where;
    private long offset;

    TextInput(InputStream bytes, String where) {
        this.in = new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        this.where = where;
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
            if (buffer[i] == '\0') {
                throw notText("a NUL character at character " + (offset + i - start));
            }
        }
        offset += Math.max(read, 0);
        return read;
    }

    private InputException notText(String what) {
        return new InputException(where, "", "not UTF-8 text (" + what + "); is it a binary file? Give CSV or GPX text");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** {@code text} safe to print on a terminal: control characters shown as '?', at most 300 characters. */
    static String printable(String text) {
        String clean = text.replaceAll("[\\p{Cntrl}\\p{Cf}&&[^\\t]]", "?");
        return clean.length() <= 300 ? clean : clean.substring(0, 300) + "...";
    }
}
