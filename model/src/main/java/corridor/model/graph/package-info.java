/**
 * The graph core every engine's search shares: {@link corridor.model.graph.CompactGraph} (nodes and arcs in
 * compressed rows, lengths in km, each arc's segment and direction), {@link corridor.model.graph.BoundedDijkstra}
 * (one-to-many shortest paths up to a bound or a set of targets, reusable working memory) and
 * {@link corridor.model.graph.MinHeap}, the one int min-heap of routing's A*, Dijkstra, reach and distance
 * searches, map matching and the OSM link tracer. Uses nothing but the JDK.
 *
 * <p>May use: nothing else of the model.
 */
package corridor.model.graph;
