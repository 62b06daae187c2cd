package corridor.evidence.check;

import corridor.evidence.claim.Claim;

import java.util.List;

/**
 * The answer to one claim.
 *
 * @param claim          the claim as read
 * @param verdict        supported, contradicted or unverifiable
 * @param explanation    the verdict in words, with the numbers, the tolerance and the sources
 * @param compared       values for the claim's measure and period, each with its fit
 * @param related        values of the measure for other periods that overlap the claim's (FY2024 for 2024), not
 *                       compared but shown for context
 * @param otherMeasures  independent values of sibling measures (jobs.total for a jobs.direct claim) that
 *                       match the claim's figure: where a figure really comes from
 * @param onlyOwnPublisher whether the only values found come from the claim's own publisher
 * @param claimPublisher the publisher of the claim as given by the caller; empty when not given
 * @param distance       for a distance between two places ({@link Claim#places()}), what it was checked against and
 *                       the route; null for any other claim
 */
public record ClaimCheck(Claim claim, Verdict verdict, String explanation, List<EvidenceValue> compared,
                         List<EvidenceValue> related, List<EvidenceValue> otherMeasures, boolean onlyOwnPublisher,
                         String claimPublisher, DistanceCheck distance) {

    /** A check that is not of a distance between places. */
    public ClaimCheck(Claim claim, Verdict verdict, String explanation, List<EvidenceValue> compared,
                      List<EvidenceValue> related, List<EvidenceValue> otherMeasures, boolean onlyOwnPublisher,
                      String claimPublisher) {
        this(claim, verdict, explanation, compared, related, otherMeasures, onlyOwnPublisher, claimPublisher, null);
    }

    public ClaimCheck {
        compared = List.copyOf(compared);
        related = List.copyOf(related);
        otherMeasures = List.copyOf(otherMeasures);
        claimPublisher = claimPublisher == null ? "" : claimPublisher;
    }
}
