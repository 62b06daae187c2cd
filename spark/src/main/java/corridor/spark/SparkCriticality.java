package corridor.spark;

import corridor.model.InputException;
import corridor.routing.analysis.Criticality;
import corridor.routing.analysis.OdPair;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.route.Cargo;
import corridor.routing.route.Objective;
import corridor.routing.route.RouteQuery;
import corridor.routing.search.Router;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.SparkContext;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/**
 * {@code corridor criticality} on Apache Spark. The driver routes every origin–destination pair on
 * the whole network ({@link Criticality#baseline}); the links to cut (every link some best route
 * uses, or the links named) are dealt into tasks of about equal work ({@link LinkSlices}) and
 * spread over the executors, each of which builds the routing graph
 * once per JVM and computes {@link Criticality#impact} for its links; the driver ranks the impacts
 * with {@link Criticality#report}. The same functions as the single-machine command, so the same
 * ranking, to the last digit.
 *
 * <p>Not thread-safe; one job at a time per session.
 */
public final class SparkCriticality {

    private SparkCriticality() {
    }

    /**
     * What to rank.
     *
     * @param dataset      the dataset
     * @param pairs        origin–destination pairs by place id
     * @param departure    departure day
     * @param cargo        the cargo every pair moves
     * @param tonnesPerTeu tonnes counted per TEU
     * @param filter       the network
     * @param metric       {@link Objective#TIME} or {@link Objective#COST}
     * @param links        link ids to cut; null or empty: every link used by some best route
     * @param partitions   tasks to spread the links over; 0: four per core of the session
     */
    public record Job(DatasetSource dataset, List<OdPair> pairs, LocalDate departure, Cargo cargo, double tonnesPerTeu,
                      NetworkFilter filter, Objective metric, List<String> links, int partitions) {
        public Job {
            pairs = List.copyOf(pairs);
            links = links == null ? List.of() : List.copyOf(links);
            if (pairs.isEmpty()) {
                throw InputException.ofParameter("--pairs", "no origin-destination pairs");
            }
            if (partitions < 0) {
                throw InputException.ofParameter("--partitions", "must be 0 (automatic) or more, got " + partitions);
            }
        }
    }

    /** Runs the job; {@code progress} is told what is being done. */
    public static Criticality.Report run(SparkContext spark, Job job, Consumer<String> progress) {
        progress.accept("routing " + job.pairs().size() + " pairs on the whole network");
        return run(spark, job, baseline(job), progress);
    }

    /**
     * Starts the driver's own work of {@code job} (the routing graph, every pair routed on the whole
     * network, the links to cut) on a thread of its own, so that it runs while the Spark context
     * starts; {@link #run(SparkContext, Job, Future, Consumer)} takes it from there.
     */
    public static Future<Baseline> baselineMeanwhile(Job job) {
        FutureTask<Baseline> task = new FutureTask<>(() -> baseline(job));
        Thread thread = new Thread(task, "corridor-baseline");
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /**
     * Runs the job from its baseline ({@link #baselineMeanwhile}); {@code progress} is told what is being done.
     *
     * @throws InputException when a link of {@code --links} is not in the network
     */
    public static Criticality.Report run(SparkContext spark, Job job, Future<Baseline> baseline,
                                         Consumer<String> progress) {
        return run(spark, job, join(baseline), progress);
    }

    private static Criticality.Report run(SparkContext spark, Job job, Baseline base, Consumer<String> progress) {
        List<Integer> links = base.links();
        int slices = Math.max(1, job.partitions() > 0 ? job.partitions() : 4 * spark.defaultParallelism());
        // heavy links spread over the tasks, not run after one another in the first ones
        List<int[]> dealt = LinkSlices.deal(links, LinkSlices.searchesByLink(base.baseline().linksOfPair(),
                base.router().graph().links().size()), slices);
        progress.accept("cutting " + links.size() + " links in " + dealt.size() + " tasks");
        Task task = new Task(job, base.baseline());
        List<Impact> impacts = links.isEmpty() ? List.of()
                : JavaSparkContext.fromSparkContext(spark).parallelize(dealt, dealt.size()).flatMap(task::impacts).collect();
        List<Criticality.LinkImpact> linkImpacts = new ArrayList<>();
        for (Impact impact : impacts) {
            linkImpacts.add(new Criticality.LinkImpact(base.router().graph().links().get(impact.link()), impact.extra(),
                    pairs(job.pairs(), impact.rerouted()), pairs(job.pairs(), impact.cutOff())));
        }
        return Criticality.report(base.baseline(), linkImpacts);
    }

    /**
     * What the driver computes before any task.
     *
     * @param router   a router over the job's routing graph (the driver's own)
     * @param baseline every pair routed on the whole network
     * @param links    indexes of the links to cut
     */
    public record Baseline(Router router, Criticality.Baseline baseline, List<Integer> links) {
    }

    private static Baseline baseline(Job job) {
        Router router = JvmCache.router(job.dataset(), job.filter(), job.departure(), job.tonnesPerTeu());
        RouteQuery template = RouteQuery.of(job.pairs().get(0).fromId(), job.pairs().get(0).toId(), job.departure(),
                job.cargo());
        Criticality.Baseline baseline = Criticality.baseline(router, job.pairs(), template, job.metric());
        List<Integer> links = new ArrayList<>();
        if (job.links().isEmpty()) {
            baseline.used().stream().forEach(links::add);
        } else {
            for (String id : job.links()) {
                int index = router.graph().linkIndex(id);
                if (index < 0) {
                    throw InputException.ofParameter("--links", "no link with id '" + id + "' in the " + job.filter()
                            .name().toLowerCase(java.util.Locale.ROOT) + " network");
                }
                links.add(index);
            }
        }
        return new Baseline(router, baseline, List.copyOf(links));
    }

    /** The baseline once computed; its failure as thrown where it was computed. */
    private static Baseline join(Future<Baseline> baseline) {
        try {
            return baseline.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while routing the pairs", e);
        }
    }

    private static List<OdPair> pairs(List<OdPair> all, int[] indexes) {
        List<OdPair> list = new ArrayList<>();
        for (int i : indexes) {
            list.add(all.get(i));
        }
        return list;
    }

    /** One link's impact as it travels back from an executor: pairs by their index. */
    record Impact(int link, double extra, int[] rerouted, int[] cutOff) implements Serializable {
    }

    /** What an executor needs to compute impacts: the baseline in plain arrays. */
    private static final class Task implements Serializable {
        private static final long serialVersionUID = 1L;
        private final DatasetSource dataset;
        private final NetworkFilter filter;
        private final LocalDate departure;
        private final double tonnes;
        private final String cargoLabel;
        private final double tonnesPerTeu;
        private final Objective metric;
        private final String[][] pairs;
        private final double[] values;
        private final BitSet[] linksOfPair;

        Task(Job job, Criticality.Baseline baseline) {
            this.dataset = job.dataset();
            this.filter = job.filter();
            this.departure = job.departure();
            this.tonnes = job.cargo().tonnes();
            this.cargoLabel = job.cargo().label();
            this.tonnesPerTeu = job.tonnesPerTeu();
            this.metric = job.metric();
            this.pairs = job.pairs().stream().map(p -> new String[]{p.fromId(), p.toId(), p.note()}).toArray(String[][]::new);
            this.values = baseline.values().clone();
            this.linksOfPair = baseline.linksOfPair().toArray(BitSet[]::new);
        }

        /** The impacts of one slice of links ({@link LinkSlices}), in its order. */
        Iterator<Impact> impacts(int[] slice) {
            Router router = JvmCache.router(dataset, filter, departure, tonnesPerTeu); // one per slice: not thread-safe
            List<OdPair> pairList = new ArrayList<>();
            Map<OdPair, Integer> index = new IdentityHashMap<>();
            for (String[] p : pairs) {
                OdPair pair = new OdPair(p[0], p[1], p[2]);
                index.put(pair, pairList.size());
                pairList.add(pair);
            }
            RouteQuery query = RouteQuery.of(pairs[0][0], pairs[0][1], departure, new Cargo(tonnes, cargoLabel))
                    .withObjective(metric);
            List<BitSet> linksOfPairs = List.of(linksOfPair);
            List<Impact> impacts = new ArrayList<>();
            for (int link : slice) {
                Criticality.LinkImpact impact = Criticality.impact(router, metric, query, pairList, values, linksOfPairs,
                        link);
                impacts.add(new Impact(link, impact.extra(), impact.rerouted().stream().mapToInt(index::get).toArray(),
                        impact.cutOff().stream().mapToInt(index::get).toArray()));
            }
            return impacts.iterator();
        }
    }
}
