package corridor.bench.routing;

import corridor.bench.SampledBenchmark;
import corridor.routing.route.RouteQuery;
import corridor.routing.search.Router;

import java.util.ArrayList;
import java.util.List;

/**
 * A sampled benchmark of route queries: the router the set-up builds and the fixed queries it
 * chooses, which the invocations take in turn ({@link #nextPair()}). Not thread-safe: one state per
 * benchmark, run by one thread.
 */
public abstract class RouterBenchmark extends SampledBenchmark {

    protected Router router;
    /** The fixed queries, in the order the invocations take them; other per-pair lists share the index. */
    protected final List<RouteQuery> queries = new ArrayList<>();
    private int next;

    /** The index of the pair the next invocation takes, round the fixed queries. */
    protected int nextPair() {
        next = (next + 1) % queries.size();
        return next;
    }
}
