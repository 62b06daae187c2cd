/**
 * The network a search runs on: {@link corridor.routing.graph.RoutingGraph}, a compact graph in
 * primitive arrays built from a dataset's places, links and OSM roads ({@code RoadPart}), with the
 * status filter ({@link corridor.routing.graph.NetworkFilter}), the engine's named assumptions
 * ({@link corridor.routing.graph.RoutingParameters}) and the risk of each link from the incidents near
 * it ({@link corridor.routing.graph.RiskModel}). Searches read it through its public accessors.
 * May use: corridor.model.
 */
package corridor.routing.graph;
