package corridor.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.model.source.Source;

import java.util.List;
import java.util.Map;

/**
 * Sources as every answer cites them, resolved so that a client can show them without a second
 * request: {@code id}, {@code publisher}, {@code title}, {@code date}, {@code url}, {@code citation},
 * {@code publisher_type} (lower case; null when unknown). Stateless and thread-safe.
 */
public final class SourceJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SourceJson() {
    }

    /** One source. */
    public static ObjectNode source(Source source) {
        return JsonValues.object(new SourceFields(source.id(), source.publisher(), source.title(), source.date(),
                source.url(), source.citation(), JsonValues.lower(source.publisherType())));
    }

    private record SourceFields(String id, String publisher, String title, String date, String url, String citation,
                                String publisherType) {
    }

    /** Several sources, in their order. */
    public static ArrayNode sources(List<Source> sources) {
        ArrayNode array = NODES.arrayNode();
        sources.forEach(s -> array.add(source(s)));
        return array;
    }

    /**
     * The sources {@code ids} name, resolved in {@code byId}; an id with no source says so:
     * {@code {"id": ..., "publisher": null, "missing": true}}.
     */
    public static ArrayNode cited(List<String> ids, Map<String, Source> byId) {
        ArrayNode cited = NODES.arrayNode();
        for (String id : ids) {
            Source source = byId.get(id);
            cited.add(source == null ? JsonValues.object(new MissingSource(id, null, true)) : source(source));
        }
        return cited;
    }

    private record MissingSource(String id, String publisher, boolean missing) {
    }
}
