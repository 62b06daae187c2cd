package corridor.evidence.check;

import corridor.evidence.claim.PlacePair;

/**
 * How a distance between two places was checked, beside the verdict of a {@link ClaimCheck}.
 *
 * @param places            the two places and the mode, as read from the sentence
 * @param checkedBy         what the claim was held against
 * @param route             the network's route; null when the published length of a record was used, or when the
 *                          network has no route between the places
 * @param differencePercent how far the claim lies from the route's length, as a percentage of it (positive: the
 *                          claim is longer), after the claim's bound ("more than 800 km" is 0 against 870);
 *                          null without a route
 */
public record DistanceCheck(PlacePair places, CheckedBy checkedBy, NetworkRoute route, Double differencePercent) {

    /** Largest difference from the route's length, as a share of it, that supports a claimed distance. */
    public static final double SUPPORTED_WITHIN_SHARE = 0.10;
    /** Smallest difference from the route's length, as a share of it, beyond which a claimed distance is contradicted. */
    public static final double CONTRADICTED_BEYOND_SHARE = 0.25;

    /** What a distance claim was held against. */
    public enum CheckedBy {
        /** The published length of a link (or project) the sentence names: the one-record match. */
        PUBLISHED_LENGTH,
        /** The length of the network's shortest route between the two places. */
        NETWORK_ROUTE,
        /** Nothing: no route joins the places, or no network was given. */
        NONE
    }
}
