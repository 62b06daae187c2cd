package corridor.evidence.check;

import corridor.evidence.claim.Claim;
import corridor.evidence.claim.PlacePair;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Distances between two places ({@link Claim#places()}) held against the network's route between them. A road
 * distance as published depends on the road taken and on where in a town it is measured from, so the tolerance is
 * a share of the route's length, wider than the half unit of the last digit a published figure gets: within
 * {@link DistanceCheck#SUPPORTED_WITHIN_SHARE} (10%) supported, beyond
 * {@link DistanceCheck#CONTRADICTED_BEYOND_SHARE} (25%) contradicted, and between the
 * two "roughly" right, which neither confirms nor rules out the figure (unverifiable). Ten percent because the built-in
 * network's shortest routes come within it of every sourced road distance the routing tests hold (their
 * road-distances.csv), so a right figure is not called wrong for the road a writer had in mind. A bound is honoured:
 * "more than 800 km" is supported by any route of 800 km or more. Stateless.
 */
final class DistanceClaims {

    private static final double SUPPORTED_WITHIN_SHARE = DistanceCheck.SUPPORTED_WITHIN_SHARE;
    private static final double CONTRADICTED_BEYOND_SHARE = DistanceCheck.CONTRADICTED_BEYOND_SHARE;

    private DistanceClaims() {
    }

    /** The tolerance in words, for explanations. */
    static String tolerance() {
        return "tolerance: within " + percent(SUPPORTED_WITHIN_SHARE) + " of the route's length supported, beyond "
                + percent(CONTRADICTED_BEYOND_SHARE) + " contradicted, between the two roughly right but not confirmed"
                + " (a published distance depends on the road taken and where in a town it is measured from)";
    }

    /** The check of {@code claim} against the network's route, or the reason there is none. */
    static ClaimCheck check(Claim claim, NetworkDistances distances, String publisher) {
        PlacePair places = claim.places();
        String mode = places.mode().name().toLowerCase(Locale.ROOT);
        String stated = "The claim: " + ClaimChecker.boundWords(claim.bound()) + Figures.format(claim.value(), "km")
                + " between " + places.fromName() + " and " + places.toName() + " by " + mode
                + " (no link or project the sentence names gives its length, so it is held against the network's route). ";
        Optional<NetworkRoute> found = distances.between(places.fromId(), places.toId(), places.mode());
        if (found.isEmpty()) {
            String reason = distances == NetworkDistances.NONE
                    ? "No network was given to measure the distance on."
                    : "The network has no " + mode + " route between them.";
            return new ClaimCheck(claim, Verdict.UNVERIFIABLE, stated + reason, List.of(), List.of(), List.of(),
                    false, publisher, new DistanceCheck(places, DistanceCheck.CheckedBy.NONE, null, null));
        }
        NetworkRoute route = found.get();
        double difference = difference(claim, route.distanceKm());
        double share = Math.abs(difference);
        Verdict verdict = share <= SUPPORTED_WITHIN_SHARE ? Verdict.SUPPORTED
                : share > CONTRADICTED_BEYOND_SHARE ? Verdict.CONTRADICTED : Verdict.UNVERIFIABLE;
        String measured = "The network's " + mode + " route is " + Figures.grouped(Math.round(route.distanceKm() * 10)
                / 10.0) + " km ("
                + route.basis() + "): " + route.path() + ". ";
        String judged = switch (verdict) {
            case SUPPORTED -> "Supported: the claim lies " + away(difference) + " it; ";
            case CONTRADICTED -> "Contradicted: the claim lies " + away(difference) + " it; ";
            default -> "Roughly right, not confirmed: the claim lies " + away(difference) + " it; ";
        };
        return new ClaimCheck(claim, verdict, stated + measured + judged + tolerance() + ".", List.of(), List.of(),
                List.of(), false, publisher, new DistanceCheck(places, DistanceCheck.CheckedBy.NETWORK_ROUTE, route,
                100 * difference));
    }

    /**
     * How far the claim lies from {@code routeKm}, as a share of it (positive: the claim is longer), after its bound:
     * a lower bound ("more than") is met by any longer route, an upper bound by any shorter one.
     */
    static double difference(Claim claim, double routeKm) {
        double d = (claim.value() - routeKm) / routeKm;
        return switch (claim.bound()) {
            case MORE_THAN, AT_LEAST -> Math.max(0, d);
            case LESS_THAN, AT_MOST -> Math.min(0, d);
            default -> d;
        };
    }

    private static String away(double difference) {
        if (difference == 0) {
            return "within its bound of";
        }
        return percent(Math.abs(difference)) + (difference > 0 ? " above" : " below");
    }

    private static String percent(double share) {
        return Figures.plain(100 * share, 1) + "%";
    }

    /** The note on a distance checked against a record's published length, not against the route. */
    static String publishedLengthNote(Claim claim) {
        return " Checked against the published length of what the sentence names (" + String.join(", ",
                claim.subjects()) + "), not against a route on the network between " + claim.places().fromName()
                + " and " + claim.places().toName() + ".";
    }
}
