/**
 * Customizable contraction hierarchies (CCH) on a {@link corridor.routing.graph.RoutingGraph}: a
 * contraction order that no weight decides ({@link corridor.routing.hierarchy.NestedDissection},
 * nested dissection by inertial flow; {@link corridor.routing.hierarchy.NodeOrder} takes a road layer's kept
 * junction order instead), the graph contracted in it once
 * ({@link corridor.routing.hierarchy.CchTopology}, {@link corridor.routing.hierarchy.GraphHierarchy}),
 * a customization per weighting ({@link corridor.routing.hierarchy.CchMetric}, from the arc weights of
 * {@link corridor.routing.hierarchy.ArcWeighting}: time, cost, CO2, risk or a blend, closures as
 * infinite weights) and queries that unpack their path into the graph's arcs
 * ({@link corridor.routing.hierarchy.CchQuery}); many sources to many targets at once by the bucket
 * method ({@link corridor.routing.hierarchy.ManyToMany}), with the km, hours and cost of each path summed
 * along the hierarchy's edges ({@link corridor.routing.hierarchy.EdgeValues}). What it answers exactly and
 * what falls back to the A* router is stated on {@code ArcWeighting}. Used by the travel matrix
 * ({@code corridor.routing.matrix}) and, through it, by the single routes and the analyses.
 * May use: corridor.model, corridor.routing.route, corridor.routing.graph.
 */
package corridor.routing.hierarchy;
