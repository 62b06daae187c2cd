/**
 * The evidence endpoints: indicator series and project summaries ({@link corridor.server.evidence.EvidenceApi}),
 * claims and articles checked and what lies near the corridor ({@link corridor.server.evidence.ClaimApi}).
 * Requests are read and answers written by {@code corridor.api.claim}, {@code .near} and {@code .project},
 * as on the command line.
 *
 * <p>May use: {@code corridor.server.dataset}, {@code corridor.server.http}, {@code corridor.api},
 * {@code corridor.evidence} (its façades, not {@code corridor.evidence.text}), {@code corridor.model},
 * Javalin, Jackson.
 */
package corridor.server.evidence;
