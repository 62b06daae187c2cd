/**
 * What a claim says, read from a sentence: {@link corridor.evidence.claim.ClaimReader} finds its periods
 * ({@code PeriodReader}), its figures ({@code FigureReader}: number, scale, currency or unit, qualifier) and what
 * each is about ({@code MeasureVocabulary}: the dataset's own subjects and measures, written in the forms
 * {@code Lexicon} knows), and returns {@link corridor.evidence.claim.Claim}s with their
 * {@link corridor.evidence.claim.ClaimKind}, {@link corridor.evidence.claim.Bound} and
 * {@link corridor.evidence.claim.ClaimPeriod}; a length between two places of the network carries them as a
 * {@link corridor.evidence.claim.PlacePair} ({@code PlaceNames}). {@link corridor.evidence.claim.Measures} names the subject and the
 * layer measures the engine itself uses. Nothing here compares a claim with a value.
 * May use: corridor.evidence.text, corridor.model.
 */
package corridor.evidence.claim;
