package corridor.osm;

import corridor.model.geo.GreatCircle;
import corridor.model.graph.CompactGraph;
import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The trace network on random roads: its graph holds every piece both ways, and a lookup finds what a scan of every point finds. */
class TraceNetworkTest {

    private static final double[] WORLD = {-90, -180, 90, 180};

    /** Random roads around (lat0, 70): segments of 2 to 12 points, sparse and dense, some numbered N-5, between 40 junctions. */
    private static TraceNetwork randomRoads(Random random, double lat0) {
        TraceNetwork.Builder builder = new TraceNetwork.Builder(WORLD);
        double[][] junctions = new double[40][];
        for (int j = 0; j < junctions.length; j++) {
            junctions[j] = new double[] {lat0 + random.nextDouble() * 0.2, 70 + random.nextDouble() * 0.2};
        }
        for (int s = 0; s < 120; s++) {
            int from = random.nextInt(junctions.length);
            int to = random.nextInt(junctions.length);
            int count = 2 + random.nextInt(11);
            double[] lat = new double[count];
            double[] lon = new double[count];
            for (int k = 0; k < count; k++) {
                double t = k / (count - 1.0);
                lat[k] = junctions[from][0] + t * (junctions[to][0] - junctions[from][0])
                        + (k == 0 || k == count - 1 ? 0 : (random.nextDouble() - 0.5) * 0.02);
                lon[k] = junctions[from][1] + t * (junctions[to][1] - junctions[from][1])
                        + (k == 0 || k == count - 1 ? 0 : (random.nextDouble() - 0.5) * 0.02);
            }
            builder.segment(from, to, lat, lon, count, s, random.nextInt(4) == 0 ? Map.of("ref", "N-5") : Map.of());
        }
        return builder.build();
    }

    /** The nearest node by a scan of every point: on a segment not passed over, within maxKm, the highest of equals. */
    private static int scanNearest(TraceNetwork network, double lat, double lon, double maxKm, BitSet passedOver) {
        CompactGraph graph = network.graph();
        int best = -1;
        double bestKm = maxKm;
        for (int n = 0; n < network.nodeCount(); n++) {
            boolean onKept = false;
            for (int arc = graph.firstArc(n); arc < graph.endArc(n); arc++) {
                onKept |= passedOver == null || !passedOver.get(graph.segment(arc));
            }
            double km = GreatCircle.distanceKm(lat, lon, network.lat(n), network.lon(n));
            if (onKept && (km < bestKm || km == bestKm && n > best)) {
                best = n;
                bestKm = km;
            }
        }
        return best;
    }

    @Test
    void aLookupFindsTheNodeAScanOfEveryPointFinds() {
        long seed = new Random().nextLong();
        System.out.println("TraceNetworkTest seed " + seed + " (replay: new Random(seed))");
        Random random = new Random(seed);
        for (double lat0 : new double[] {0, 33.6, 64}) {
            TraceNetwork network = randomRoads(random, lat0);
            BitSet notN5 = network.segmentsWithout(Set.of("n5"));
            for (int q = 0; q < 400; q++) {
                double lat = lat0 - 0.05 + random.nextDouble() * 0.3;
                double lon = 69.95 + random.nextDouble() * 0.3;
                double maxKm = random.nextBoolean() ? 0.1 + random.nextDouble() : 1 + random.nextDouble() * 15;
                BitSet passedOver = random.nextBoolean() ? null : notN5;
                assertThat(network.nearest(lat, lon, maxKm, passedOver))
                        .as("seed %d: (%f, %f) within %f km, passing over %s", seed, lat, lon, maxKm, passedOver)
                        .isEqualTo(scanNearest(network, lat, lon, maxKm, passedOver));
            }
        }
    }

    @Test
    void eachPieceIsAnArcEachWayOnItsSegmentWithItsGreatCircleLength() {
        TraceNetwork.Builder builder = new TraceNetwork.Builder(new double[] {29, 69, 31, 71});
        builder.segment(7, 8, new double[] {30, 30.01, 30.02}, new double[] {70, 70.01, 70}, 3, 1, Map.of("ref", "N-5"));
        builder.segment(8, 9, new double[] {30.02, 30.03}, new double[] {70, 70}, 2, 2, Map.of());
        builder.segment(10, 11, new double[] {40, 40.01}, new double[] {80, 80}, 2, 3, Map.of()); // outside the box
        TraceNetwork network = builder.build();
        CompactGraph graph = network.graph();
        assertThat(network.segmentCount()).isEqualTo(2);
        assertThat(network.nodeCount()).isEqualTo(4);
        assertThat(graph.arcCount()).isEqualTo(6);
        for (int n = 0; n < network.nodeCount(); n++) {
            for (int arc = graph.firstArc(n); arc < graph.endArc(n); arc++) {
                int head = graph.head(arc);
                assertThat(graph.lengthKm(arc)).isCloseTo(GreatCircle.distanceKm(network.lat(n), network.lon(n),
                        network.lat(head), network.lon(head)), within(1e-12));
                assertThat(graph.segment(arc)).isEqualTo(n < 2 && head < 2 || n == 2 && head == 1 || n == 1 && head == 2
                        ? 0 : 1);
            }
        }
        assertThat(network.segmentsWithout(Set.of("n5"))).isEqualTo(BitSet.valueOf(new long[] {0b10}));
        assertThat(network.segmentsWithout(Set.of())).isNull();
        assertThat(network.roadKm()).isCloseTo(graph.lengthKm(0) + graph.lengthKm(graph.firstArc(1) + 1)
                + GreatCircle.distanceKm(30.02, 70, 30.03, 70), within(1e-9));
    }
}
