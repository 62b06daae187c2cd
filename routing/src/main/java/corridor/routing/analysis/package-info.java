/**
 * Analyses made of many searches: routes through each seaport side by side
 * ({@link corridor.routing.analysis.Comparison}), the ways out of a country for mineral areas
 * ({@link corridor.routing.analysis.ExportRoutes}), and the links whose loss costs a set of
 * origin–destination pairs most ({@link corridor.routing.analysis.Criticality} over
 * {@link corridor.routing.analysis.OdPair}s); and the shortest route by distance between two places by one mode
 * ({@link corridor.routing.analysis.ShortestDistances}), what a published road or rail distance is checked against.
 * Their routes come from a {@link corridor.routing.matrix.RouteSource}: the A* router, or the hierarchy where it
 * applies ({@code corridor.routing.matrix.HierarchyRoutes}).
 * May use: corridor.model, corridor.routing.route, corridor.routing.graph, corridor.routing.search,
 * corridor.routing.matrix.
 */
package corridor.routing.analysis;
