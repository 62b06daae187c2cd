package corridor.monitor.match;

import corridor.model.Dataset;
import corridor.monitor.fixtures.TestNetwork;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** One {@link RoadNetwork} shared by engines on several threads (Spark's tasks in one JVM) answers as one thread's. */
class RoadNetworkThreadsTest {

    private static final int THREADS = 4;

    @Test
    void threadsSharingANetworkGetTheDistancesAndPathsOfOneThread() throws Exception {
        Dataset dataset = TestNetwork.dataset();
        List<String> alone = answers(new RoadNetwork(dataset, 1.0), 0);
        RoadNetwork shared = new RoadNetwork(dataset, 1.0);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                // each thread starts at another source, so that several fill the cache at once
                futures.add(pool.submit((Callable<List<String>>) () -> answers(shared, offset)));
            }
            for (Future<List<String>> future : futures) {
                assertThat(future.get()).isEqualTo(alone);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every node-to-node distance and path, listed by source, the sources visited from {@code offset} on. */
    private static List<String> answers(RoadNetwork network, int offset) {
        int nodes = 2 * network.linkCount();
        String[] bySource = new String[nodes];
        for (int k = 0; k < nodes; k++) {
            int from = (k + offset * nodes / THREADS) % nodes;
            StringBuilder text = new StringBuilder();
            for (int to = 0; to < nodes; to++) {
                double km = network.nodeDistanceKm(from, to);
                text.append(to).append(':').append(km);
                if (km < Double.POSITIVE_INFINITY) {
                    text.append(network.nodePath(from, to));
                }
                text.append(';');
            }
            bySource[from] = text.toString();
        }
        return List.of(bySource);
    }
}
