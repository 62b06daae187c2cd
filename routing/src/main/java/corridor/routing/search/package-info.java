/**
 * The searches: {@link corridor.routing.search.Router} (A* or Dijkstra for one objective or a weighted
 * blend, a route through a given place, and the bounded Pareto search with its label pools), the rules
 * of a move shared by every search and by the explanation of a route ({@code Step}), and the
 * explanation of a path as legs with their notes ({@code RouteExplainer}).
 * May use: corridor.model, corridor.routing.route, corridor.routing.graph.
 */
package corridor.routing.search;
