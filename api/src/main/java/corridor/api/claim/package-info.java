/**
 * Claims and articles, read from text parameters and answered, shared by {@code corridor check-claim} /
 * {@code check-article} and {@code GET /api/check-claim} / {@code POST /api/check-article}:
 * {@link corridor.api.claim.ClaimRequest} and {@link corridor.api.claim.ArticleRequest} (one set of rules and
 * messages; each surface spells the parameters its way, {@code text} or {@code TEXT}), and one JSON writer per
 * result ({@link corridor.api.claim.ClaimJson}, {@link corridor.api.claim.ArticleJson}), snake_case keys; the
 * checker's distances between places from the routing engine ({@link corridor.api.claim.RoutedDistances}).
 * May use: corridor.api (sources and values), corridor.model, corridor.evidence.check,
 * corridor.evidence.article, corridor.evidence.claim, corridor.routing.analysis, corridor.routing.graph, Jackson.
 */
package corridor.api.claim;
