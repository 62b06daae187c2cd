package corridor.bench.routing;

import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.route.ParetoResult;
import corridor.routing.route.RouteResult;
import corridor.routing.search.Router;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.alg.shortestpath.IntVertexDijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.WeightedPseudograph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Routing on the built-in CPEC network and on a generated network of about 1,000,000 links with
 * the same structure. Each invocation routes the next of 16 fixed origin–destination pairs.
 *
 * <p>The peer is JGraphT's Dijkstra (and its int-vertex Dijkstra) on the same network (every link
 * an undirected edge weighted by its hours). It solves a smaller problem than the router, which
 * also tracks the carried mode (4 states a place), charges hub dwell and border crossings and
 * checks opening calendars; the router is timed both goal-directed (A*, its default) and as plain
 * Dijkstra.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class RoutingBenchmark extends RouterBenchmark {

    /** Side of the generated grid: 2 × 694 × 693 road + 38,364 rail + ~550 sea links ≈ 1,000,800 links. */
    static final int SIDE = 694;
    static final LocalDate JULY = LocalDate.of(2024, 7, 1);
    private static final int PAIRS = 16;

    @Param({"builtin", "generated"})
    public String network;

    private Router dijkstraRouter;
    private Graph<Integer, DefaultWeightedEdge> peerGraph;
    private DijkstraShortestPath<Integer, DefaultWeightedEdge> peer;
    private IntVertexDijkstraShortestPath<DefaultWeightedEdge> intPeer;
    private final List<int[]> nodePairs = new ArrayList<>();

    @Setup(Level.Trial)
    public void setUp() {
        Dataset dataset = network.equals("builtin") ? BuiltInDataset.load() : GeneratedNetwork.grid(SIDE, 42);
        RoutingGraph graph = RoutingGraph.build(dataset, NetworkFilter.EXISTING, RoutingParameters.defaults(JULY));
        router = new Router(graph);
        dijkstraRouter = new Router(graph, false);
        peerGraph = peerGraph(graph);
        peer = new DijkstraShortestPath<>(peerGraph);
        intPeer = new IntVertexDijkstraShortestPath<>(peerGraph);
        choosePairs(graph);
        System.out.printf("%n[%s] %,d places, %,d links, graph arrays %,d bytes = %.1f bytes/link%n", network,
                graph.placeCount(), graph.linkCount(), graph.arrayBytes(), graph.arrayBytes() / (double) graph.linkCount());
    }

    /** The same network for JGraphT: places are vertices, each link an undirected edge weighted by its hours. */
    static Graph<Integer, DefaultWeightedEdge> peerGraph(RoutingGraph graph) {
        WeightedPseudograph<Integer, DefaultWeightedEdge> g = new WeightedPseudograph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < graph.placeCount(); v++) {
            g.addVertex(v);
        }
        for (int l = 0; l < graph.linkCount(); l++) {
            DefaultWeightedEdge e = g.addEdge(graph.linkFrom(l), graph.linkTo(l));
            g.setEdgeWeight(e, graph.linkHours(l));
        }
        return g;
    }

    /**
     * 16 pairs that have a route: on the built-in network, random pairs of linked places; on the
     * generated one, random places 150–400 km apart (a corridor-sized trip of a few hundred links).
     */
    private void choosePairs(RoutingGraph graph) {
        queries.addAll(PlacePairs.connected(router, JULY, 7, PAIRS,
                network.equals("generated") ? PlacePairs::corridorSized : km -> true, (query, result) -> {
                    int a = graph.placeIndex(query.fromId());
                    int b = graph.placeIndex(query.toId());
                    GraphPath<Integer, DefaultWeightedEdge> path = peer.getPath(a, b);
                    // The router charges dwell and crossings on top of link hours: never below the peer's.
                    if (path == null || result.route().totals().hours() < path.getWeight() - 1e-6) {
                        throw new IllegalStateException("router and peer disagree on " + query.fromId() + " → "
                                + query.toId());
                    }
                    nodePairs.add(new int[] {a, b});
                }));
    }

    @Benchmark
    public RouteResult fastestRouter() {
        return router.route(queries.get(nextPair()));
    }

    @Benchmark
    public RouteResult fastestRouterPlainDijkstra() {
        return dijkstraRouter.route(queries.get(nextPair()));
    }

    @Benchmark
    public GraphPath<Integer, DefaultWeightedEdge> fastestJGraphTDijkstra() {
        int[] pair = nodePairs.get(nextPair());
        return peer.getPath(pair[0], pair[1]);
    }

    @Benchmark
    public GraphPath<Integer, DefaultWeightedEdge> fastestJGraphTIntVertexDijkstra() {
        int[] pair = nodePairs.get(nextPair());
        return intPeer.getPath(pair[0], pair[1]);
    }

    /** Longer warm-up: an invocation takes tens to hundreds of milliseconds, so 2 × 3 s is too few to JIT it. */
    @Benchmark
    @Warmup(iterations = 5, time = 4)
    public ParetoResult paretoRouter() {
        return router.pareto(queries.get(nextPair()));
    }
}
