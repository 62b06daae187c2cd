package corridor.bench.osm;

import corridor.bench.HeapUse;
import corridor.data.RoadLayerFile;
import corridor.model.Dataset;
import corridor.model.geo.GreatCircle;
import corridor.model.network.RoadLayer;
import corridor.monitor.match.MatchNetwork;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A national-scale road layer: a generated grid of {@code SIDE × SIDE} junctions about 300 m apart
 * (2 × SIDE × (SIDE − 1) ≈ 5,000,000 segments, two intermediate points each, one in ten one-way,
 * class speeds), taken through every stage a real import's layer goes through after the PBF is
 * parsed: building the layer, writing and reading {@code roads.bin}, building the routing graph
 * and the matching index. Prints the time of each stage per million segments and the heap per
 * segment. Run: {@code java -Xmx6g -cp bench/target/benchmarks.jar corridor.bench.osm.GeneratedRoadsScale}.
 */
public final class GeneratedRoadsScale {

    static final int SIDE = 1582;

    private GeneratedRoadsScale() {
    }

    public static void main(String[] args) throws Exception {
        int side = args.length > 0 ? Integer.parseInt(args[0]) : SIDE;
        long t0 = System.nanoTime();
        long before = HeapUse.afterGc();
        RoadLayer layer = grid(side, 42);
        long built = System.nanoTime();
        long afterLayer = HeapUse.afterGc();
        int m = layer.segmentCount();
        double millions = m / 1e6;
        Path dir = Files.createTempDirectory("corridor-bench-roads");
        Path file = dir.resolve(RoadLayerFile.NAME);
        long w0 = System.nanoTime();
        RoadLayerFile.write(file, layer);
        long w1 = System.nanoTime();
        long size = Files.size(file);
        layer = null;
        HeapUse.afterGc();
        long r0 = System.nanoTime();
        RoadLayer read = RoadLayerFile.read(file);
        long r1 = System.nanoTime();
        Files.delete(file);
        Files.delete(dir);
        Dataset dataset = new Dataset("generated-roads", List.of(), Map.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), read);
        long beforeGraph = HeapUse.afterGc();
        long g0 = System.nanoTime();
        RoutingGraph graph = RoutingGraph.build(dataset, NetworkFilter.EXISTING,
                RoutingParameters.defaults(OsmRoutingBenchmark.JULY));
        long g1 = System.nanoTime();
        long afterGraph = HeapUse.afterGc();
        long i0 = System.nanoTime();
        MatchNetwork index = MatchNetwork.of(read);
        long i1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "generated road layer: %,d junctions, %,d segments (%.2f million)%n",
                read.junctionCount(), m, millions);
        System.out.printf(Locale.ROOT, "build layer: %.1f s; heap %,d bytes = %.1f bytes/segment (arrays: %.1f)%n",
                (built - t0) / 1e9, afterLayer - before, (afterLayer - before) / (double) m,
                read.arrayBytes() / (double) m);
        System.out.printf(Locale.ROOT, "write roads.bin: %.2f s (%.2f s per million segments), %,d bytes = %.1f bytes/segment%n",
                (w1 - w0) / 1e9, (w1 - w0) / 1e9 / millions, size, size / (double) m);
        System.out.printf(Locale.ROOT, "read roads.bin: %.2f s (%.2f s per million segments)%n", (r1 - r0) / 1e9,
                (r1 - r0) / 1e9 / millions);
        System.out.printf(Locale.ROOT, "routing graph: %.2f s (%.2f s per million segments); heap growth %,d bytes = "
                        + "%.1f bytes/segment (graph's own arrays %.1f bytes/segment, layer included)%n", (g1 - g0) / 1e9,
                (g1 - g0) / 1e9 / millions, afterGraph - beforeGraph, (afterGraph - beforeGraph) / (double) m,
                graph.arrayBytes() / (double) m);
        System.out.printf(Locale.ROOT, "matching network (index and graph): %.2f s (%.2f s per million segments), %.1f bytes/segment%n",
                (i1 - i0) / 1e9, (i1 - i0) / 1e9 / millions, index.arrayBytes() / (double) m);
    }

    /** The grid: junctions 0.0027° apart (about 300 m), segments to the east and north neighbours. */
    static RoadLayer grid(int side, long seed) {
        Random random = new Random(seed);
        RoadLayer.Builder builder = new RoadLayer.Builder();
        double step = 0.0027;
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                builder.junction(30 + r * step, 70 + c * step);
            }
        }
        double[] lat = new double[2];
        double[] lon = new double[2];
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                int v = r * side + c;
                for (int dir = 0; dir < 2; dir++) {
                    int rr = r + dir;
                    int cc = c + 1 - dir;
                    if (rr >= side || cc >= side) {
                        continue;
                    }
                    int w = rr * side + cc;
                    double la0 = 30 + r * step;
                    double lo0 = 70 + c * step;
                    double la1 = 30 + rr * step;
                    double lo1 = 70 + cc * step;
                    for (int k = 0; k < 2; k++) {
                        double f = (k + 1) / 3.0;
                        lat[k] = la0 + f * (la1 - la0) + (random.nextDouble() - 0.5) * 1e-4;
                        lon[k] = lo0 + f * (lo1 - lo0) + (random.nextDouble() - 0.5) * 1e-4;
                    }
                    double km = GreatCircle.distanceKm(la0, lo0, lat[0], lon[0])
                            + GreatCircle.distanceKm(lat[0], lon[0], lat[1], lon[1])
                            + GreatCircle.distanceKm(lat[1], lon[1], la1, lo1);
                    int highway = random.nextInt(10);
                    String cls = RoadLayer.HIGHWAY_CLASSES.get(highway);
                    int flags = (random.nextInt(10) == 0 ? RoadLayer.ONE_WAY : 0) | RoadLayer.SPEED_FROM_CLASS;
                    builder.segment(v, w, v * 2L + dir, km * 1000, speed(cls), flags, highway, Float.NaN, Float.NaN,
                            "", "", lat, lon, 2);
                }
            }
        }
        return builder.build(new RoadLayer.Origin("generated", "generated", "", null, RoadLayer.Origin.ODBL));
    }

    /** GraphHopper's car speeds per class, as the importer's table ({@code corridor.osm.RoadTags}). */
    private static double speed(String highwayClass) {
        return switch (highwayClass) {
            case "motorway" -> 100;
            case "motorway_link", "trunk" -> 70;
            case "trunk_link", "primary" -> 65;
            case "primary_link", "secondary" -> 60;
            case "secondary_link", "tertiary" -> 50;
            default -> 40;
        };
    }
}
