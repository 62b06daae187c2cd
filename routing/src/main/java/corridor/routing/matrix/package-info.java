/**
 * Many places at once: the travel matrix between lists of places
 * ({@link corridor.routing.matrix.MatrixEngine}: time, distance, cost and CO2 of every pair, by the
 * many-to-many bucket method on the customizable contraction hierarchy, each pair the hierarchy cannot
 * answer by the A* router and marked so), single routes from the same hierarchy
 * ({@link corridor.routing.matrix.HierarchyRoutes}, explained by the router; when the router answers instead,
 * {@link corridor.routing.matrix.HierarchyFallback}, for both; {@link corridor.routing.matrix.RouteSource}: the routes
 * of an analysis, from the hierarchy or the router) and the isochrones of one place
 * ({@link corridor.routing.matrix.Isochrones}: where goods can be within given hours, as polygons made
 * with JTS from a bounded search to every place, {@link corridor.routing.search.Reach}).
 * May use: corridor.model, corridor.routing.route, corridor.routing.graph, corridor.routing.search,
 * corridor.routing.hierarchy, JTS.
 */
package corridor.routing.matrix;
