package corridor.api.claim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.api.JsonValues;
import corridor.api.SourceJson;
import corridor.evidence.check.ClaimCheck;
import corridor.evidence.check.EvidenceValue;

import java.util.List;

/**
 * Claim checks as JSON, the one writer of {@code corridor check-claim --format json} and
 * {@code GET /api/check-claim} (and of each figure of an article, {@link ArticleJson}). Keys are
 * snake_case; enums lower case; a period or publisher not given is null. Stateless and thread-safe.
 */
public final class ClaimJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ClaimJson() {
    }

    /** The answer to a claim request: {@code text}, {@code publisher} (null when not given), {@code claims}. */
    public static ObjectNode answer(ClaimRequest request, List<ClaimCheck> checks) {
        ObjectNode body = NODES.objectNode();
        body.put("text", request.text());
        body.put("publisher", request.publisher());
        ArrayNode claims = body.putArray("claims");
        checks.forEach(check -> claims.add(check(check)));
        return body;
    }

    /**
     * One claim's check: {@code figure}, {@code subjects}, {@code kind}, {@code measures}, {@code value},
     * {@code unit}, {@code bound}, {@code tolerance} (in the unit), {@code period}, {@code verdict},
     * {@code only_own_publisher}, {@code explanation}, and the values {@code compared}, {@code related} and
     * {@code other_measures}.
     */
    public static ObjectNode check(ClaimCheck check) {
        ObjectNode node = NODES.objectNode();
        node.put("figure", check.claim().figureText());
        node.set("subjects", JsonValues.texts(check.claim().subjects()));
        node.put("kind", JsonValues.lower(check.claim().kind()));
        node.set("measures", JsonValues.texts(check.claim().measures()));
        node.put("value", check.claim().value());
        node.put("unit", check.claim().unit());
        node.put("bound", JsonValues.lower(check.claim().bound()));
        node.put("tolerance", check.claim().tolerance());
        node.put("period", check.claim().periodLabel());
        node.put("verdict", JsonValues.lower(check.verdict()));
        node.put("only_own_publisher", check.onlyOwnPublisher());
        node.put("explanation", check.explanation());
        node.set("compared", values(check.compared()));
        node.set("related", values(check.related()));
        node.set("other_measures", values(check.otherMeasures()));
        return node;
    }

    /**
     * Values from the data: {@code reporter}, {@code measure}, {@code period}, {@code value}, {@code unit},
     * {@code fit}, {@code own_publisher}, {@code derivation} (empty for a published value), {@code indicators}
     * (row ids), {@code note}, {@code sources} ({@link SourceJson}).
     */
    static ArrayNode values(List<EvidenceValue> values) {
        ArrayNode array = NODES.arrayNode();
        for (EvidenceValue e : values) {
            ObjectNode node = array.addObject();
            node.put("reporter", e.reporter());
            node.put("measure", e.measure());
            node.put("period", e.period().label());
            node.put("value", e.value());
            node.put("unit", e.unit());
            node.put("fit", JsonValues.lower(e.fit()));
            node.put("own_publisher", e.ownPublisher());
            node.put("derivation", e.derivation());
            node.set("indicators", JsonValues.texts(e.indicatorIds()));
            node.put("note", e.note());
            node.set("sources", SourceJson.sources(e.sources()));
        }
        return array;
    }
}
