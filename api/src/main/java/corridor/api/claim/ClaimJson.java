package corridor.api.claim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.api.JsonValues;
import corridor.api.SourceJson;
import corridor.evidence.check.ClaimCheck;
import corridor.evidence.check.DistanceCheck;
import corridor.evidence.check.NetworkRoute;
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
     * {@code only_own_publisher}, {@code explanation}, the values {@code compared}, {@code related} and
     * {@code other_measures}, and {@code distance}: for a distance between two places, what it was checked against
     * ({@link #distance}); null for any other claim.
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
        node.set("distance", distance(check.distance()));
        return node;
    }

    /**
     * A distance between two places: {@code from} and {@code to} (place ids), {@code from_name}, {@code to_name},
     * {@code mode} (road or rail), {@code checked_by} ({@code published_length}: the record the sentence names;
     * {@code network_route}; {@code none}: no route), {@code difference_percent} (the claim against the route's
     * length, after its bound; null without a route), {@code supported_within_percent} and
     * {@code contradicted_beyond_percent} (the tolerance), and {@code route}: {@code distance_km}, {@code places}
     * (names, in order), {@code links} (ids, in order), {@code basis} (network, vehicle, rules); null without a route.
     */
    static ObjectNode distance(DistanceCheck distance) {
        if (distance == null) {
            return null;
        }
        ObjectNode node = NODES.objectNode();
        node.put("from", distance.places().fromId());
        node.put("to", distance.places().toId());
        node.put("from_name", distance.places().fromName());
        node.put("to_name", distance.places().toName());
        node.put("mode", JsonValues.lower(distance.places().mode()));
        node.put("checked_by", JsonValues.lower(distance.checkedBy()));
        node.put("difference_percent", distance.differencePercent());
        node.put("supported_within_percent", 100 * DistanceCheck.SUPPORTED_WITHIN_SHARE);
        node.put("contradicted_beyond_percent", 100 * DistanceCheck.CONTRADICTED_BEYOND_SHARE);
        NetworkRoute route = distance.route();
        if (route == null) {
            node.putNull("route");
        } else {
            ObjectNode r = node.putObject("route");
            r.put("distance_km", route.distanceKm());
            r.set("places", JsonValues.texts(route.places()));
            r.set("links", JsonValues.texts(route.links()));
            r.put("basis", route.basis());
        }
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
