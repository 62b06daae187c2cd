/**
 * The street-level endpoints (issue 26): {@code POST /api/match} ({@link corridor.server.street.MatchApi})
 * snaps a GPS trace to the served dataset's OpenStreetMap roads with the service {@code corridor match}
 * uses ({@code corridor.api.match}). Thin: read the request, call the service, answer.
 */
package corridor.server.street;
