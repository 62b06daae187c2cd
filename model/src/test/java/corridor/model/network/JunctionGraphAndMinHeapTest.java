package corridor.model.network;

import corridor.model.graph.CompactGraph;
import corridor.model.graph.MinHeap;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class JunctionGraphAndMinHeapTest {

    private static final RoadLayer.Origin ORIGIN = new RoadLayer.Origin("osm-test", "test.osm.pbf", "ab", null,
            RoadLayer.Origin.ODBL);

    /** Junctions 0–1–2 in a row: 0–1 both ways, 1–2 one-way from 1 to 2, and 2–0 one-way drawn from 2 to 0. */
    private static RoadLayer triangle() {
        RoadLayer.Builder b = new RoadLayer.Builder();
        int j0 = b.junction(33.70, 73.05);
        int j1 = b.junction(33.71, 73.05);
        int j2 = b.junction(33.71, 73.06);
        b.segment(j0, j1, 1, 1112, 60, 0, 4, Float.NaN, Float.NaN, "", "", new double[0], new double[0], 0);
        b.segment(j1, j2, 2, 925, 60, RoadLayer.ONE_WAY, 4, Float.NaN, Float.NaN, "", "", new double[0], new double[0], 0);
        b.segment(j2, j0, 3, 1450, 60, RoadLayer.ONE_WAY, 4, Float.NaN, Float.NaN, "", "", new double[0], new double[0], 0);
        return b.build(ORIGIN);
    }

    /** Each way out of {@code junction} as "segment>head", with "~" for one driven backwards. */
    private static List<String> waysOut(CompactGraph arcs, int junction) {
        List<String> out = new ArrayList<>();
        for (int a = arcs.firstArc(junction); a < arcs.endArc(junction); a++) {
            out.add(arcs.segment(a) + (arcs.backwards(a) ? "~" : "") + ">" + arcs.head(a));
        }
        return out;
    }

    @Test
    void aOneWaySegmentLeavesOnlyItsFromJunctionAndATwoWayOneBoth() {
        RoadLayer roads = triangle();
        CompactGraph arcs = roads.junctionGraph(s -> roads.lengthM(s) / 1000);
        assertThat(waysOut(arcs, 0)).containsExactly("0>1");
        assertThat(waysOut(arcs, 1)).containsExactly("0~>0", "1>2");
        assertThat(waysOut(arcs, 2)).containsExactly("2>0");
        assertThat(arcs.lengthKm(arcs.firstArc(2))).isEqualTo(1.45);
    }

    @Test
    void theHeapGivesItsItemsInKeyOrderWhateverOrderTheyCameIn() {
        Random random = new Random(3);
        MinHeap heap = new MinHeap();
        List<Double> keys = new ArrayList<>();
        // more than the 256 it starts with, so that it grows
        for (int i = 0; i < 1000; i++) {
            double key = Math.floor(random.nextDouble() * 100);
            keys.add(key);
            heap.push(key, i);
        }
        List<Double> popped = new ArrayList<>();
        while (!heap.isEmpty()) {
            double key = heap.peekKey();
            int item = heap.pop();
            assertThat(keys.get(item)).isEqualTo(key);
            popped.add(key);
        }
        assertThat(popped).hasSize(1000).isSorted();
        heap.push(5, 7);
        heap.clear();
        assertThat(heap.isEmpty()).isTrue();
    }
}
