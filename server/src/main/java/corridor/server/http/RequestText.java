package corridor.server.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import corridor.model.InputException;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decoding what a client sends, strictly: request bodies and query values must be UTF-8 (a byte
 * sequence that is not is refused, never replaced by '?'), percent escapes must be well formed, and a
 * JSON body may not repeat a key. Every failure is an {@link InputException} naming where.
 */
public final class RequestText {

    private static final ObjectReader STRICT_JSON = Json.MAPPER.reader()
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private RequestText() {
    }

    /** {@code bytes} as UTF-8 text; {@code where} names them in the error (e.g. "request body"). */
    public static String utf8(byte[] bytes, String where, String field) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(buffer).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(where, field, "not UTF-8 text (invalid bytes near byte " + buffer.position()
                    + "); send UTF-8");
        }
    }

    /** A JSON object from a request body: UTF-8, well formed, no key given twice. */
    public static JsonNode jsonObject(byte[] body, String expected) {
        if (body.length == 0) {
            throw new InputException("request body", "", "empty; send " + expected);
        }
        String text = utf8(body, "request body", "");
        try {
            JsonNode node = STRICT_JSON.readTree(text);
            if (node == null || !node.isObject()) {
                throw new InputException("request body", "", "expected a JSON object: " + expected);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InputException("request body", "", "not valid JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * A JSON object from a request body, as {@link #jsonObject(byte[], String)}, whose fields are among
     * {@code fields}: an unknown one is refused, naming it and the fields the body takes.
     */
    public static JsonNode jsonObject(byte[] body, String expected, List<String> fields) {
        JsonNode node = jsonObject(body, expected);
        node.fieldNames().forEachRemaining(name -> {
            if (!fields.contains(name)) {
                throw new InputException("request body", name, "unknown field; this body takes "
                        + String.join(", ", fields));
            }
        });
        return node;
    }

    /** What is not a parameter name's character, shown as '?' when the name itself cannot be decoded. */
    private static final Pattern NOT_NAME = Pattern.compile("[^A-Za-z0-9_.-]");

    /**
     * Checks a raw query string ({@code a=1&b=%C3%BC}): every percent escape well formed and every
     * name and value UTF-8 once decoded.
     *
     * @throws InputException naming the parameter whose escape or bytes are wrong
     */
    public static void checkQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return;
        }
        for (String pair : rawQuery.split("&", -1)) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String name = decode(rawName, NOT_NAME.matcher(rawName).replaceAll("?"));
            if (equals >= 0) {
                decode(pair.substring(equals + 1), name);
            }
        }
    }

    /** Percent-decodes {@code text} as UTF-8, blaming {@code parameter} when it cannot. */
    private static String decode(String text, String parameter) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                int high = i + 1 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
                int low = i + 2 < text.length() ? Character.digit(text.charAt(i + 2), 16) : -1;
                if (high < 0 || low < 0) {
                    throw InputException.ofParameter(parameter, "malformed percent escape at '"
                            + text.substring(i, Math.min(text.length(), i + 3)) + "'; a '%' must be followed by two "
                            + "hex digits (write %25 for '%' itself)");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return utf8(bytes.toByteArray(), "query", parameter);
    }
}
