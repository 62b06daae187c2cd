package corridor.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;

import java.io.IOException;
import java.io.UncheckedIOException;

import java.util.List;
import java.util.Locale;

/**
 * How the answers write plain values: enums in lower case, lists of text as arrays, and an answer's
 * fixed objects as records whose components are the keys ({@link #object}). Stateless and thread-safe.
 */
public final class JsonValues {

    /** Records to JSON: each component a key, its name in snake_case ({@code distanceKm} is {@code distance_km}). */
    private static final ObjectMapper RECORDS = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    private JsonValues() {
    }

    /** An enum value in lower case ({@code state_media}, {@code more_than}); null for null. */
    public static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    /** {@code texts} as a JSON array of strings, in their order. */
    public static ArrayNode texts(List<String> texts) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        texts.forEach(array::add);
        return array;
    }

    /**
     * A record as a JSON object: one key per component, in their order, named in snake_case; a null
     * component is JSON {@code null}, a nested record an object, a list an array, a {@code JsonNode} itself.
     * The record is the shape of the object, written down once.
     */
    public static ObjectNode object(Record shape) {
        return RECORDS.valueToTree(shape);
    }

    /**
     * What {@code writer} writes (one JSON value), as a tree: for the answers written once as a stream
     * ({@link corridor.api.route.RouteJson#write}) and also wanted as a tree (the command line's pretty
     * printing, answers that hold them).
     *
     * @param <T> the kind of node the writer writes (an object or an array)
     */
    @SuppressWarnings("unchecked")
    public static <T extends JsonNode> T tree(Writer writer) {
        try (TokenBuffer buffer = new TokenBuffer(RECORDS, false)) {
            writer.write(buffer);
            try (JsonParser parser = buffer.asParser(RECORDS)) {
                return (T) RECORDS.readTree(parser);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hold JSON in memory", e);
        }
    }

    /**
     * Writes what {@code writer} writes to {@code json}: from kept text when {@code json} keeps values
     * ({@link KeptValues}: the server's answers), else by running the writer. {@code writer} must write the
     * same value for the same {@code key} (by identity) and {@code variant}.
     */
    public static void writeKept(JsonGenerator json, Object key, int variant, Writer writer) throws IOException {
        if (json instanceof KeptValues kept) {
            kept.writeKept(key, variant, writer);
        } else {
            writer.write(json);
        }
    }

    /** Writes one JSON value to a generator. */
    @FunctionalInterface
    public interface Writer {
        void write(JsonGenerator json) throws IOException;
    }

    /** {@link #object} of each record, in their order. */
    public static ArrayNode objects(List<? extends Record> shapes) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        shapes.forEach(shape -> array.add(object(shape)));
        return array;
    }
}
