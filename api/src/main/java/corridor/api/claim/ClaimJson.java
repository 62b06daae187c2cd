package corridor.api.claim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.api.JsonValues;
import corridor.api.SourceJson;
import corridor.evidence.check.ClaimCheck;
import corridor.evidence.check.DistanceCheck;
import corridor.evidence.check.NetworkRoute;
import corridor.evidence.claim.Claim;
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
     * {@code other_measures}, and {@code distance}: for a distance between two places, what it was checked against
     * ({@link #distance}); null for any other claim.
     */
    public static ObjectNode check(ClaimCheck check) {
        Claim claim = check.claim();
        return JsonValues.object(new Check(claim.figureText(), claim.subjects(), JsonValues.lower(claim.kind()),
                claim.measures(), claim.value(), claim.unit(), JsonValues.lower(claim.bound()), claim.tolerance(),
                claim.periodLabel(), JsonValues.lower(check.verdict()), check.onlyOwnPublisher(), check.explanation(),
                values(check.compared()), values(check.related()), values(check.otherMeasures()),
                distance(check.distance())));
    }

    private record Check(String figure, List<String> subjects, String kind, List<String> measures, double value,
                         String unit, String bound, double tolerance, String period, String verdict,
                         boolean onlyOwnPublisher, String explanation, List<Value> compared, List<Value> related,
                         List<Value> otherMeasures, Distance distance) {
    }

    /**
     * A distance between two places: {@code from} and {@code to} (place ids), {@code from_name}, {@code to_name},
     * {@code mode} (road or rail), {@code checked_by} ({@code published_length}: the record the sentence names;
     * {@code network_route}; {@code none}: no route), {@code difference_percent} (the claim against the route's
     * length, after its bound; null without a route), {@code supported_within_percent} and
     * {@code contradicted_beyond_percent} (the tolerance), and {@code route}: {@code distance_km}, {@code places}
     * (names, in order), {@code links} (ids, in order), {@code basis} (network, vehicle, rules); null without a route.
     * Null for a claim that is not a distance between places.
     */
    private static Distance distance(DistanceCheck distance) {
        if (distance == null) {
            return null;
        }
        return new Distance(distance.places().fromId(), distance.places().toId(), distance.places().fromName(),
                distance.places().toName(), JsonValues.lower(distance.places().mode()),
                JsonValues.lower(distance.checkedBy()), distance.differencePercent(),
                100 * DistanceCheck.SUPPORTED_WITHIN_SHARE, 100 * DistanceCheck.CONTRADICTED_BEYOND_SHARE,
                distance.route());
    }

    private record Distance(String from, String to, String fromName, String toName, String mode, String checkedBy,
                            Double differencePercent, double supportedWithinPercent,
                            double contradictedBeyondPercent, NetworkRoute route) {
    }

    /**
     * Values from the data: {@code reporter}, {@code measure}, {@code period}, {@code value}, {@code unit},
     * {@code fit}, {@code own_publisher}, {@code derivation} (empty for a published value), {@code indicators}
     * (row ids), {@code note}, {@code sources} ({@link SourceJson}).
     */
    private static List<Value> values(List<EvidenceValue> values) {
        return values.stream().map(e -> new Value(e.reporter(), e.measure(), e.period().label(), e.value(), e.unit(),
                JsonValues.lower(e.fit()), e.ownPublisher(), e.derivation(), e.indicatorIds(), e.note(),
                SourceJson.sources(e.sources()))).toList();
    }

    private record Value(String reporter, String measure, String period, double value, String unit, String fit,
                         boolean ownPublisher, String derivation, List<String> indicators, String note,
                         ArrayNode sources) {
    }
}
