/**
 * Street-level endpoints over the imported OpenStreetMap roads: {@code POST /api/match}
 * ({@link corridor.server.street.MatchApi}), a GPS trace snapped to the roads by the shared
 * {@code corridor.api.match.TraceMatching}.
 *
 * <p>May use: {@code corridor.server.dataset}, {@code corridor.server.http}, {@code corridor.api}, the model.
 */
package corridor.server.street;
