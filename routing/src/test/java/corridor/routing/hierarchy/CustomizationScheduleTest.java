package corridor.routing.hierarchy;

import corridor.model.network.Mode;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.route.Objective;
import corridor.routing.testing.RoadHierarchyNetworks;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parallel customization: with tasks of a few ranks and two threads, every rank is handled once and
 * after every rank below it that it reads, and the weights and unpacking are those of one thread.
 */
class CustomizationScheduleTest {

    private static final long SEED = 24;

    private static GraphHierarchy hierarchy() {
        RoutingGraph graph = RoutingGraph.build(RoadHierarchyNetworks.dataset(3, 12, SEED), NetworkFilter.EXISTING,
                RoutingParameters.defaults(LocalDate.of(2025, 7, 1)));
        return GraphHierarchy.build(graph);
    }

    @Test
    void everyRankIsHandledOnceAfterTheRanksBelowIt() {
        CchTopology t = hierarchy().topology();
        int n = t.nodeCount();
        int[] started = new int[n];
        int[] ended = new int[n];
        AtomicInteger clock = new AtomicInteger();
        AtomicInteger handled = new AtomicInteger();
        CustomizationSchedule schedule = new CustomizationSchedule(t, 2, 16);
        schedule.run(n, (x, scratch) -> {
            assertThat(scratch).hasSize(n);
            assertThat(started[x]).as("rank %d handled twice", x).isZero();
            started[x] = clock.incrementAndGet();
            handled.incrementAndGet();
            ended[x] = clock.incrementAndGet();
        });
        assertThat(handled.get()).isEqualTo(n);
        for (int x = 0; x < n; x++) {
            for (int i = schedule.downStart[x]; i < schedule.downStart[x + 1]; i++) {
                int z = schedule.downLow[i];
                assertThat(t.edge(z, x)).as("edge %d-%d", z, x).isGreaterThanOrEqualTo(0);
                assertThat(ended[z]).as("rank %d before rank %d", z, x).isLessThan(started[x]);
            }
        }
    }

    @Test
    void twoThreadsGiveOneThreadsWeightsAndPaths() {
        GraphHierarchy h = hierarchy();
        CchTopology t = h.topology();
        double[] weights = new ArcWeighting(h.graph(), Objective.TIME.weights(), 20, Mode.ROAD, null, null).arcWeights();
        CchMetric one = CchMetric.customize(t, weights, new CustomizationSchedule(t, 1, t.nodeCount()));
        CchMetric two = CchMetric.customize(t, weights, new CustomizationSchedule(t, 2, 16));
        int finite = 0;
        for (int e = 0; e < t.edgeCount(); e++) {
            assertThat(two.up(e)).isEqualTo(one.up(e));
            assertThat(two.down(e)).isEqualTo(one.down(e));
            assertThat(two.via(e, true)).isEqualTo(one.via(e, true));
            assertThat(two.via(e, false)).isEqualTo(one.via(e, false));
            finite += one.up(e) < Double.POSITIVE_INFINITY ? 1 : 0;
        }
        assertThat(finite).isGreaterThan(t.edgeCount() / 2);
    }
}
