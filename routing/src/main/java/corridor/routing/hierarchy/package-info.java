/**
 * Customizable contraction hierarchies (CCH) on a {@link corridor.routing.graph.RoutingGraph}: a
 * contraction order that no weight decides ({@link corridor.routing.hierarchy.NestedDissection},
 * nested dissection by inertial flow), the graph contracted in it once
 * ({@link corridor.routing.hierarchy.CchTopology}, {@link corridor.routing.hierarchy.GraphHierarchy}),
 * a customization per weighting ({@link corridor.routing.hierarchy.CchMetric}, from the arc weights of
 * {@link corridor.routing.hierarchy.ArcWeighting}: time, cost, CO2, risk or a blend, closures as
 * infinite weights) and queries that unpack their path into the graph's arcs
 * ({@link corridor.routing.hierarchy.CchQuery}). What it answers exactly and what falls back to the A*
 * router is stated on {@code ArcWeighting}. Not yet used by the route commands or the API.
 * May use: corridor.model, corridor.routing.route, corridor.routing.graph.
 */
package corridor.routing.hierarchy;
