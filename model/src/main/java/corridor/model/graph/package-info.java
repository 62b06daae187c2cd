/**
 * The graph primitives every engine's search shares: {@link corridor.model.graph.MinHeap}, the one int min-heap of
 * routing's A*, Dijkstra, reach and distance searches, monitor's map matching and the OSM link tracer. Uses nothing
 * but the JDK.
 *
 * <p>May use: nothing else of the model.
 */
package corridor.model.graph;
