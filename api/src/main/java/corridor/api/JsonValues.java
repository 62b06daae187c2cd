package corridor.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.List;
import java.util.Locale;

/** How the answers write plain values: enums in lower case, lists of text as arrays. Stateless and thread-safe. */
public final class JsonValues {

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
}
