package corridor.bench.osm;

import corridor.bench.HeapUse;
import corridor.model.Dataset;
import corridor.model.network.Mode;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.hierarchy.ArcWeighting;
import corridor.routing.hierarchy.CchMetric;
import corridor.routing.hierarchy.CchQuery;
import corridor.routing.hierarchy.GraphHierarchy;
import corridor.routing.route.Objective;
import corridor.routing.testing.RoadHierarchyNetworks;
import corridor.routing.testing.ReferenceDijkstra;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Customizable contraction hierarchies on a generated country-sized road network with a road
 * hierarchy ({@link RoadHierarchyNetworks}: towns of dense streets, primary roads between them,
 * motorways across; about 5.2 million segments with the defaults), outside JMH because one
 * set-up takes minutes: prints the network's shape, the nested-dissection order's and the
 * contraction's times, the customization's (one weighting: time, road only, 20 t; three runs),
 * the hierarchy's bytes per segment (its arrays, and the heap it adds), the query time (distance
 * and unpacked path) at the median, 90th and 99th percentile over random junction pairs, and
 * checks a sample of them against plain Dijkstra. Prints the load average at the start and end,
 * and beside the wall-clock times the CPU time of the process (order, customization) or of the
 * querying thread: on a shared machine the difference is the time others had the cores.
 *
 * <p>Run: {@code java -Xmx12g -cp bench/target/benchmarks.jar corridor.bench.osm.CchScale
 * [townsPerSide=50] [largestTownSide=56] [queries=10000] [dijkstraSources=8] [seed=42]}; with
 * {@code grid SIDE} instead, the order's figures on {@link GeneratedRoadsScale}'s uniform grid.
 */
public final class CchScale {

    private static final double TONNES = 20;
    private static final int TARGETS_PER_SOURCE = 25;

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private CchScale() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("grid")) {
            uniformGrid(arg(args, 1, 300));
            return;
        }
        int townsPerSide = arg(args, 0, 50);
        int largestTownSide = arg(args, 1, 56);
        int queries = arg(args, 2, 10_000);
        int dijkstraSources = arg(args, 3, 8);
        long seed = arg(args, 4, 42);
        System.out.printf(Locale.ROOT, "load average at start: %.2f; %d processors%n", load(),
                Runtime.getRuntime().availableProcessors());

        long t0 = System.nanoTime();
        // no incidents: the weighting measured is time, and the risk of 5 million segments takes minutes to build
        Dataset dataset = RoadHierarchyNetworks.dataset(townsPerSide, largestTownSide, seed, 0);
        long t1 = System.nanoTime();
        RoutingGraph graph = RoutingGraph.build(dataset, NetworkFilter.EXISTING,
                RoutingParameters.defaults(OsmRoutingBenchmark.JULY));
        long t2 = System.nanoTime();
        int segments = graph.roadSegmentCount();
        System.out.printf(Locale.ROOT, "generated %d x %d towns (largest %d streets a side), seed %d: %,d segments, "
                        + "%,d nodes, %,d arcs; layer %.1f s, routing graph %.1f s%n", townsPerSide, townsPerSide,
                largestTownSide, seed, segments, graph.placeCount(), graph.topology().arcCount(),
                (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        printShape(graph, dataset);
        dataset = null;

        double[] weights = new ArcWeighting(graph, Objective.TIME.weights(), TONNES, Mode.ROAD, null, null).arcWeights();
        long heapBefore = HeapUse.afterGc();
        long cpu0 = PROCESS.getProcessCpuTime();
        GraphHierarchy hierarchy = GraphHierarchy.build(graph);
        long cpu1 = PROCESS.getProcessCpuTime();
        long heapHierarchy = HeapUse.afterGc();
        System.out.printf(Locale.ROOT, "order (nested dissection) %.1f s; contraction %.2f s (process CPU time for both "
                        + "%.1f s); %,d hierarchy edges (%.2f per segment), elimination tree depth %,d%n",
                hierarchy.orderNanos() / 1e9, hierarchy.contractionNanos() / 1e9, (cpu1 - cpu0) / 1e9,
                hierarchy.topology().edgeCount(),
                hierarchy.topology().edgeCount() / (double) segments, hierarchy.topology().eliminationTreeDepth());

        CchMetric metric = null;
        double[] seconds = new double[3];
        double[] cpuSeconds = new double[3];
        for (int i = 0; i < seconds.length; i++) {
            metric = null;
            long p0 = PROCESS.getProcessCpuTime();
            long c0 = System.nanoTime();
            metric = hierarchy.customize(weights);
            seconds[i] = (System.nanoTime() - c0) / 1e9;
            cpuSeconds[i] = (PROCESS.getProcessCpuTime() - p0) / 1e9;
        }
        double best = Arrays.stream(seconds).min().orElseThrow();
        System.out.printf(Locale.ROOT, "customization (time, 20 t, road; %d threads): %s s (process CPU %s s); best "
                        + "%.2f s = %.2f s per million segments%n", Runtime.getRuntime().availableProcessors(),
                Arrays.toString(Arrays.stream(seconds).map(s -> Math.round(s * 100) / 100.0).toArray()),
                Arrays.toString(Arrays.stream(cpuSeconds).map(s -> Math.round(s * 100) / 100.0).toArray()), best,
                best / (segments / 1e6));
        long heapMetric = HeapUse.afterGc();
        System.out.printf(Locale.ROOT, "bytes per segment: arrays %.1f (topology and arc tails %.1f + one "
                        + "customization %.1f); heap added %.1f (hierarchy %.1f + customization %.1f)%n",
                (hierarchy.arrayBytes() + metric.arrayBytes()) / (double) segments,
                hierarchy.arrayBytes() / (double) segments, metric.arrayBytes() / (double) segments,
                (heapMetric - heapBefore) / (double) segments, (heapHierarchy - heapBefore) / (double) segments,
                (heapMetric - heapHierarchy) / (double) segments);

        measureQueries(graph, metric, queries, seed);
        checkAgainstDijkstra(hierarchy, metric, weights, dijkstraSources, seed);
        System.out.printf(Locale.ROOT, "load average at end: %.2f%n", load());
    }

    /**
     * The order's figures on {@link GeneratedRoadsScale}'s uniform grid of {@code side × side}
     * junctions, the hardest case for nested dissection (cuts grow as the square root of the nodes).
     */
    private static void uniformGrid(int side) {
        Dataset dataset = new Dataset("generated grid", java.util.List.of(), java.util.Map.of(), java.util.List.of(),
                java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(),
                GeneratedRoadsScale.grid(side, 42));
        RoutingGraph graph = RoutingGraph.build(dataset, NetworkFilter.EXISTING,
                RoutingParameters.defaults(OsmRoutingBenchmark.JULY));
        long cpu0 = PROCESS.getProcessCpuTime();
        GraphHierarchy hierarchy = GraphHierarchy.build(graph);
        long cpu1 = PROCESS.getProcessCpuTime();
        System.out.printf(Locale.ROOT, "uniform grid %d x %d (%,d segments): order %.1f s, contraction %.2f s (process "
                        + "CPU %.1f s); %,d hierarchy edges, elimination tree depth %,d; load average %.2f%n", side, side,
                graph.roadSegmentCount(), hierarchy.orderNanos() / 1e9, hierarchy.contractionNanos() / 1e9,
                (cpu1 - cpu0) / 1e9, hierarchy.topology().edgeCount(), hierarchy.topology().eliminationTreeDepth(),
                load());
    }

    /** Degree shares (undirected, in segments) and the classes' shares of segments. */
    private static void printShape(RoutingGraph graph, Dataset dataset) {
        var roads = dataset.roads();
        int[] degree = new int[roads.junctionCount()];
        int[] byClass = new int[corridor.model.network.RoadLayer.HIGHWAY_CLASSES.size()];
        for (int s = 0; s < roads.segmentCount(); s++) {
            degree[roads.from(s)]++;
            degree[roads.to(s)]++;
            byClass[roads.highwayClass(s)]++;
        }
        int[] histogram = new int[5];
        for (int d : degree) {
            histogram[Math.min(d, 4)]++;
        }
        double n = degree.length;
        System.out.printf(Locale.ROOT, "junctions by segments met: 1: %.1f%%, 2: %.1f%%, 3: %.1f%%, 4+: %.1f%%%n",
                100 * histogram[1] / n, 100 * histogram[2] / n, 100 * histogram[3] / n, 100 * histogram[4] / n);
        StringBuilder classes = new StringBuilder("segments by class:");
        for (int c = 0; c < byClass.length; c++) {
            if (byClass[c] > 0) {
                classes.append(String.format(Locale.ROOT, " %s %.2f%%",
                        corridor.model.network.RoadLayer.HIGHWAY_CLASSES.get(c), 100.0 * byClass[c] / roads.segmentCount()));
            }
        }
        System.out.println(classes);
    }

    /** Median, 90th and 99th percentile of distance plus unpacked path over random node pairs. */
    private static void measureQueries(RoutingGraph graph, CchMetric metric, int queries, long seed) {
        CchQuery query = new CchQuery(metric);
        Random random = new Random(seed);
        int n = graph.placeCount();
        long sink = 0;
        for (int i = 0; i < 2_000; i++) {
            query.distance(random.nextInt(n), random.nextInt(n));
            int[] arcs = query.pathArcs();
            sink += arcs == null ? 0 : arcs.length;
        }
        long[] nanos = new long[queries];
        long[] distanceOnly = new long[queries];
        long[] cpuNanos = new long[queries];
        int found = 0;
        long arcsTotal = 0;
        for (int i = 0; i < queries; i++) {
            int s = random.nextInt(n);
            int t = random.nextInt(n);
            long c0 = THREADS.getCurrentThreadCpuTime();
            long q0 = System.nanoTime();
            double d = query.distance(s, t);
            long q1 = System.nanoTime();
            int[] arcs = query.pathArcs();
            long q2 = System.nanoTime();
            cpuNanos[i] = THREADS.getCurrentThreadCpuTime() - c0;
            nanos[i] = q2 - q0;
            distanceOnly[i] = q1 - q0;
            if (d < Double.POSITIVE_INFINITY) {
                found++;
                arcsTotal += arcs.length;
            }
        }
        Arrays.sort(nanos);
        Arrays.sort(distanceOnly);
        Arrays.sort(cpuNanos);
        System.out.printf(Locale.ROOT, "queries: %,d random pairs (%,d with a path, %.0f arcs on average): distance and "
                        + "path median %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms; distance alone median %.3f ms, "
                        + "p99 %.3f ms (%d)%n", queries, found, arcsTotal / (double) Math.max(1, found),
                percentile(nanos, 50), percentile(nanos, 90), percentile(nanos, 99), nanos[queries - 1] / 1e6,
                percentile(distanceOnly, 50), percentile(distanceOnly, 99), sink % 10);
        // the thread's own CPU time leaves out the time other processes had the core (a shared machine)
        System.out.printf(Locale.ROOT, "queries by the thread's CPU time (distance and path): median %.3f ms, p90 %.3f "
                + "ms, p99 %.3f ms, max %.3f ms%n", percentile(cpuNanos, 50), percentile(cpuNanos, 90),
                percentile(cpuNanos, 99), cpuNanos[queries - 1] / 1e6);
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)] / 1e6;
    }

    /**
     * Random sources, each searched to every node by plain Dijkstra, and random targets of each: the
     * hierarchy's distance must equal Dijkstra's (1e-9 relative) and its path's arcs add up to it.
     */
    private static void checkAgainstDijkstra(GraphHierarchy hierarchy, CchMetric metric, double[] weights, int sources,
                                             long seed) {
        RoutingGraph graph = hierarchy.graph();
        ReferenceDijkstra dijkstra = new ReferenceDijkstra(graph);
        CchQuery query = new CchQuery(metric);
        Random random = new Random(seed + 1);
        int checked = 0;
        int found = 0;
        long d0 = System.nanoTime();
        for (int i = 0; i < sources; i++) {
            int s = random.nextInt(graph.placeCount());
            double[] dist = dijkstra.distancesFrom(s, weights);
            for (int j = 0; j < TARGETS_PER_SOURCE; j++) {
                int t = random.nextInt(graph.placeCount());
                double actual = query.distance(s, t);
                int[] arcs = query.pathArcs();
                checked++;
                String where = "from node " + s + " to " + t + " (seed " + seed + ")";
                if (dist[t] == Double.POSITIVE_INFINITY) {
                    if (actual != Double.POSITIVE_INFINITY) {
                        throw new IllegalStateException(where + ": Dijkstra finds no path, the hierarchy " + actual);
                    }
                    continue;
                }
                found++;
                double sum = 0;
                int at = s;
                for (int arc : arcs) {
                    if (hierarchy.arcTail(arc) != at) {
                        throw new IllegalStateException(where + ": the path breaks at arc " + arc);
                    }
                    sum += weights[arc];
                    at = graph.topology().head(arc);
                }
                if (at != t || !close(actual, dist[t]) || !close(sum, dist[t])) {
                    throw new IllegalStateException(where + ": Dijkstra " + dist[t] + ", hierarchy " + actual
                            + ", its path's arcs " + sum + " ending at node " + at);
                }
            }
        }
        System.out.printf(Locale.ROOT, "against plain Dijkstra: %d pairs (%d with a path) agree (%.0f s)%n", checked,
                found, (System.nanoTime() - d0) / 1e9);
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static int arg(String[] args, int i, int fallback) {
        return args.length > i ? Integer.parseInt(args[i]) : fallback;
    }
}
