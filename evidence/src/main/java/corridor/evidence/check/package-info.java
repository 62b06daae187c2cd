/**
 * Claims checked against the data: {@link corridor.evidence.check.ClaimChecker} reads a text with the claim
 * reader, gathers the values that bear on each claim (the indicators and the layers' figures,
 * {@code LayerValues}; trade totals summed from both directions; changes computed from a reporter's values) as
 * {@link corridor.evidence.check.EvidenceValue}s with their {@link corridor.evidence.check.Fit}, and gives each
 * claim a {@link corridor.evidence.check.Verdict} in a {@link corridor.evidence.check.ClaimCheck}. A distance
 * between two places is held against a route from {@link corridor.evidence.check.NetworkDistances}, which the
 * surfaces implement with the routing engine ({@code DistanceClaims}, {@link corridor.evidence.check.DistanceCheck},
 * {@link corridor.evidence.check.NetworkRoute}); the engine itself does not route. The bounds of a
 * check ({@link corridor.evidence.check.ClaimChecker#MAX_FIGURES}) are refused with
 * {@link corridor.evidence.check.CheckLimitException}. Figures written back in words for explanations and for the
 * surfaces' tables ({@link corridor.evidence.check.Figures}: the one way a value is shown, so it lives here, beside
 * the checker, where the surfaces may use it, not in the inner {@code text} stage).
 * May use: corridor.evidence.claim, corridor.evidence.text, corridor.model.
 */
package corridor.evidence.check;
