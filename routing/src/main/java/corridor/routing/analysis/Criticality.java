package corridor.routing.analysis;

import corridor.model.InputException;
import corridor.model.network.Link;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.matrix.RouteSource;
import corridor.routing.route.AnsweredBy;
import corridor.routing.route.Objective;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import corridor.routing.search.Router;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Which links the network can least afford to lose. For each link used by the best route of some
 * origin–destination pair, the link is taken away and every pair whose route used it is routed
 * again; the link's impact is the extra time (or cost) summed over those pairs, and the pairs left
 * with no route at all. A link used by no best route has no impact: every route stays as it was.
 *
 * <p>The routes come from a {@link RouteSource}: the A* router, or the hierarchy where it applies (one mode, no
 * risk ceiling; {@code corridor.routing.matrix.HierarchyFallback}), where a lost link is a closure, one
 * customization shared by every pair rerouted without it. Either gives the same figures: the hierarchy's path is
 * explained by the router. The report says which answered ({@link Report#answeredBy}).
 */
public final class Criticality {

    private Criticality() {
    }

    /**
     * The impact of losing one link.
     *
     * @param link     the link
     * @param extra    the extra hours (or US dollars) summed over the pairs that still have a route
     * @param rerouted the pairs whose route changed but that still have one
     * @param cutOff     the pairs left with no route
     * @param answeredBy which search answered the routes without the link
     */
    public record LinkImpact(Link link, double extra, List<OdPair> rerouted, List<OdPair> cutOff,
                             AnsweredBy answeredBy) {

        /** An impact whose routes the A* router answered, as asked. */
        public LinkImpact(Link link, double extra, List<OdPair> rerouted, List<OdPair> cutOff) {
            this(link, extra, rerouted, cutOff, AnsweredBy.NONE);
        }
    }

    /**
     * The ranking, most critical first (pairs cut off first, then extra), and the best route of
     * each pair on the whole network.
     *
     * @param metric      {@link Objective#TIME} or {@link Objective#COST}
     * @param impacts     links by impact
     * @param base        the best route of each pair, in the order of the pairs
     * @param unreachable pairs with no route even on the whole network
     * @param answeredBy  which search answered the routes, the base ones and those without each link
     */
    public record Report(Objective metric, List<LinkImpact> impacts, List<RouteResult> base, List<OdPair> unreachable,
                         AnsweredBy answeredBy) {
    }

    /**
     * Ranks the links of {@code router}'s graph.
     *
     * @param template departure, cargo, modes and avoidances for every pair (its ends are replaced)
     * @param metric   {@link Objective#TIME} or {@link Objective#COST}
     * @param progress told (links done, links to do) as the work goes; may be {@code null}
     */
    public static Report rank(Router router, List<OdPair> pairs, RouteQuery template, Objective metric,
                              BiConsumer<Integer, Integer> progress) {
        return rank(RouteSource.aStar(router), pairs, template, metric, progress);
    }

    /**
     * Ranks the links of {@code routes}' graph, routing with {@code routes} (see the class comment).
     *
     * @param template departure, cargo, modes and avoidances for every pair (its ends are replaced)
     * @param metric   {@link Objective#TIME} or {@link Objective#COST}
     * @param progress told (links done, links to do) as the work goes; may be {@code null}
     */
    public static Report rank(RouteSource router, List<OdPair> pairs, RouteQuery template, Objective metric,
                              BiConsumer<Integer, Integer> progress) {
        Baseline baseline = baseline(router, pairs, template, metric);
        List<LinkImpact> impacts = new ArrayList<>();
        int total = baseline.used().cardinality();
        int done = 0;
        for (int link = baseline.used().nextSetBit(0); link >= 0; link = baseline.used().nextSetBit(link + 1)) {
            impacts.add(impact(router, metric, baseline.query(), pairs, baseline.values(), baseline.linksOfPair(), link));
            if (progress != null) {
                progress.accept(++done, total);
            }
        }
        return report(baseline, impacts);
    }

    /**
     * What every link's impact is measured against: each pair's best route on the whole network.
     *
     * @param query       the template with the metric as objective (ends replaced per pair)
     * @param routes      the best route of each pair, in the order of the pairs
     * @param values      each pair's route total by the metric (hours or US dollars); NaN without a route
     * @param linksOfPair the link indexes (of the router's graph) each pair's best route uses
     * @param used        the links used by some pair's best route: the only ones whose loss changes anything
     * @param unreachable pairs with no route on the whole network
     */
    public record Baseline(Objective metric, RouteQuery query, List<RouteResult> routes, double[] values,
                           List<BitSet> linksOfPair, BitSet used, List<OdPair> unreachable) {
    }

    /** Routes every pair on the whole network with the A* router: the first step of {@link #rank}. */
    public static Baseline baseline(Router router, List<OdPair> pairs, RouteQuery template, Objective metric) {
        return baseline(RouteSource.aStar(router), pairs, template, metric);
    }

    /** Routes every pair on the whole network with {@code router}: the first step of {@link #rank}. */
    public static Baseline baseline(RouteSource router, List<OdPair> pairs, RouteQuery template, Objective metric) {
        if (metric != Objective.TIME && metric != Objective.COST) {
            throw InputException.ofParameter("--metric", "criticality ranks by time or cost");
        }
        RoutingGraph graph = router.graph();
        RouteQuery base = template.withObjective(metric);
        List<RouteResult> baseRoutes = new ArrayList<>();
        double[] values = new double[pairs.size()];
        List<OdPair> unreachable = new ArrayList<>();
        BitSet used = new BitSet();
        List<BitSet> linksOfPair = new ArrayList<>();
        for (OdPair pair : pairs) {
            RouteResult result = router.route(base.withEnds(pair.fromId(), pair.toId()), null);
            values[baseRoutes.size()] = result.found() ? result.route().totals().value(metric) : Double.NaN;
            baseRoutes.add(result);
            BitSet links = new BitSet();
            if (result.found()) {
                result.route().linkIds().forEach(id -> links.set(graph.linkIndex(id)));
            } else {
                unreachable.add(pair);
            }
            used.or(links);
            linksOfPair.add(links);
        }
        return new Baseline(metric, base, baseRoutes, values, linksOfPair, used, unreachable);
    }

    /**
     * The impact of losing one link: every pair whose best route used it is routed again without it.
     * Pure given its arguments, so links can be tried in any order, on any thread or machine, and
     * give the same figures ({@code extra} is summed in the order of the pairs).
     *
     * @param metric      the baseline's metric ({@link Baseline#metric})
     * @param query       the baseline's query ({@link Baseline#query})
     * @param values      the baseline's route totals per pair ({@link Baseline#values})
     * @param linksOfPair the baseline's links per pair ({@link Baseline#linksOfPair})
     * @param link        the link's index in the router's graph
     */
    public static LinkImpact impact(Router router, Objective metric, RouteQuery query, List<OdPair> pairs,
                                    double[] values, List<BitSet> linksOfPair, int link) {
        return impact(RouteSource.aStar(router), metric, query, pairs, values, linksOfPair, link);
    }

    /** As {@link #impact(Router, Objective, RouteQuery, List, double[], List, int)}, routing with {@code router}. */
    public static LinkImpact impact(RouteSource router, Objective metric, RouteQuery query, List<OdPair> pairs,
                                    double[] values, List<BitSet> linksOfPair, int link) {
        AnsweredBy answeredBy = AnsweredBy.NONE;
        BitSet lost = new BitSet();
        lost.set(link);
        double extra = 0;
        List<OdPair> rerouted = new ArrayList<>();
        List<OdPair> cutOff = new ArrayList<>();
        for (int p = 0; p < pairs.size(); p++) {
            if (!linksOfPair.get(p).get(link)) {
                continue;
            }
            OdPair pair = pairs.get(p);
            RouteResult again = router.route(query.withEnds(pair.fromId(), pair.toId()), lost);
            answeredBy = answeredBy.plus(again);
            if (again.found()) {
                extra += again.route().totals().value(metric) - values[p];
                rerouted.add(pair);
            } else {
                cutOff.add(pair);
            }
        }
        return new LinkImpact(router.graph().links().get(link), extra, rerouted, cutOff, answeredBy);
    }

    /** The report of a baseline and the impacts of its links, ranked: pairs cut off first, then extra, then link id. */
    public static Report report(Baseline baseline, List<LinkImpact> impacts) {
        List<LinkImpact> ranked = new ArrayList<>(impacts);
        ranked.sort(Comparator.comparingInt((LinkImpact i) -> -i.cutOff().size())
                .thenComparing(Comparator.comparingDouble(LinkImpact::extra).reversed())
                .thenComparing(i -> i.link().id()));
        AnsweredBy answeredBy = AnsweredBy.NONE;
        for (RouteResult route : baseline.routes()) {
            answeredBy = answeredBy.plus(route);
        }
        for (LinkImpact impact : impacts) {
            answeredBy = answeredBy.plus(impact.answeredBy());
        }
        return new Report(baseline.metric(), ranked, baseline.routes(), baseline.unreachable(), answeredBy);
    }
}
