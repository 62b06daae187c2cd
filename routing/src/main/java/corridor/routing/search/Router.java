package corridor.routing.search;

import corridor.model.graph.CompactGraph;
import corridor.model.graph.MinHeap;
import corridor.model.vehicle.AccessExclusion;
import corridor.model.network.Mode;
import corridor.model.network.OpeningRule;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.VehicleAccess;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.route.Closure;
import corridor.routing.route.Leg;
import corridor.routing.route.Objective;
import corridor.routing.route.ParetoResult;
import corridor.routing.route.Route;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import corridor.routing.route.Totals;
import corridor.routing.route.Weights;

import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Searches one {@link RoutingGraph}: the best route for a weighted objective, and the Pareto set
 * over time, cost, CO2 and risk.
 *
 * <p>States are (place, carried mode). The single-criterion search is A* with a great-circle
 * lower bound, which is exact whatever the data because the bound per km is the least any link
 * takes (see {@link RoutingGraph}). The Pareto search is a multi-criteria label-setting search,
 * ordered the same way, that prunes labels dominated at their state or, with the lower bounds
 * added, by a route already found; it keeps at most
 * {@link RoutingParameters#paretoLabelsPerState()} labels per state and reports when that bound
 * cut anything.
 *
 * <p>A router holds working memory sized to its graph: create one per thread.
 */
public final class Router {

    private static final int NO_ARC = -1;

    private final RoutingGraph g;
    /** The graph's arcs, read in the searches' inner loops. */
    private final CompactGraph topology;
    private final int states;
    private final double[] key;
    private final double[] hoursAt;
    private final int[] predState;
    private final int[] predArc;
    private final int[] seen;
    private final int[] done;
    private int stamp;
    private final MinHeap heap = new MinHeap();
    /**
     * Great-circle km to a few recent targets ({@link #gcToTarget}): a row per target, a node's entry valid
     * when its {@link #gcSeen} stamp is its row's. Several rows on small graphs, where a server's router meets
     * the same few targets query after query; one on large graphs, where a row is large.
     */
    private final double[][] gcKmTo;
    private final int[][] gcSeen;
    /** The target of each row of {@link #gcKmTo} (-1: none), and the stamp its entries carry. */
    private final int[] gcRowTarget;
    private final int[] gcRowStamp;
    private int gcStamp;
    /** The row of the last target asked, or -1; the row the next new target takes. */
    private int gcRow = -1;
    private int gcNextRow;
    private final ParetoLabels labels;
    /** Which calendar places are open on which days, kept from query to query. */
    private final OpenDays openDays;
    private final boolean goalDirected;
    /** The sentence of each opening rule met closed, made once (the graph's rules live as long as the router). */
    private final Map<OpeningRule, String> closureReasons = new IdentityHashMap<>();
    /** Lower bounds to a target for the searches that explain access rules, made on the first such search. */
    private TargetBounds targetBounds;

    /** A router that searches goal-directed (A*), the default. */
    public Router(RoutingGraph graph) {
        this(graph, true);
    }

    /**
     * A router; with {@code goalDirected} false the single-criterion search is plain Dijkstra
     * (same answers, more work), for comparison in benchmarks.
     */
    public Router(RoutingGraph graph, boolean goalDirected) {
        this.g = graph;
        this.topology = graph.topology();
        this.goalDirected = goalDirected;
        this.states = graph.placeCount() * 4;
        key = new double[states];
        hoursAt = new double[states];
        predState = new int[states];
        predArc = new int[states];
        seen = new int[states];
        done = new int[states];
        int gcTargets = graph.placeCount() <= TargetBounds.SMALL_GRAPH_NODES ? GC_TARGETS_SMALL_GRAPH : 1;
        gcKmTo = new double[gcTargets][graph.placeCount()];
        gcSeen = new int[gcTargets][graph.placeCount()];
        gcRowTarget = new int[gcTargets];
        Arrays.fill(gcRowTarget, -1);
        gcRowStamp = new int[gcTargets];
        labels = new ParetoLabels(states);
        openDays = new OpenDays(graph);
    }

    public RoutingGraph graph() {
        return g;
    }

    /**
     * The best route for the query's weights. With a risk ceiling, the best of the Pareto set
     * within the ceiling.
     */
    public RouteResult route(RouteQuery query) {
        return route(query, null);
    }

    /** As {@link #route(RouteQuery)}, also without the links set in {@code lostLinks} (by link index). */
    public RouteResult route(RouteQuery query, BitSet lostLinks) {
        ResolvedQuery q = new ResolvedQuery(g, query, lostLinks, openDays);
        if (q.riskCeiling < Double.POSITIVE_INFINITY) {
            ParetoResult set = pareto(q);
            Weights w = query.weights();
            Route best = set.routes().stream().min(Comparator.comparingDouble(r -> w.apply(r.totals().hours(),
                    r.totals().costUsd(), r.totals().co2Kg(), r.totals().risk()))).orElse(null);
            return new RouteResult(best, set.closures());
        }
        return search(q, Step.NONE, 0);
    }

    /**
     * The best route that passes {@code viaId}: the best route to it by {@code modesToVia}, then
     * the best from it on by the query's modes, carrying the mode the goods arrive with (so that
     * a change of mode there is charged) and the time (so that calendars are checked on the right day),
     * and without going back through the places the first part passed.
     */
    public RouteResult routeVia(RouteQuery query, String viaId, java.util.Set<Mode> modesToVia) {
        ResolvedQuery first = new ResolvedQuery(g, query.withEnds(query.fromId(), viaId).withModes(modesToVia), null,
                openDays);
        RouteResult toVia = search(first, Step.NONE, 0);
        if (!toVia.found()) {
            return toVia;
        }
        Route a = toVia.route();
        int carried = Step.NONE;
        for (Leg leg : a.legs()) {
            if (leg.kind() == Leg.Kind.MOVE && leg.mode() != Mode.TRANSFER) {
                carried = leg.mode().ordinal();
            } else if (leg.kind() == Leg.Kind.HUB) {
                carried = Step.NONE;
            }
        }
        // No going back: the rest of the route avoids the places the first part passed.
        java.util.Set<String> avoid = new java.util.HashSet<>(query.avoidPlaces());
        avoid.addAll(a.placeIds());
        avoid.remove(viaId);
        avoid.remove(query.toId());
        ResolvedQuery second = new ResolvedQuery(g, query.withEnds(viaId, query.toId()).withAvoidPlaces(avoid), null,
                openDays)
                .withClockOf(g, query.fromId());
        RouteResult onward = search(second, carried, a.totals().hours());
        List<Closure> closures = new ArrayList<>(toVia.closures());
        closures.addAll(onward.closures());
        if (!onward.found()) {
            return new RouteResult(null, closures);
        }
        List<Leg> legs = new ArrayList<>(a.legs());
        legs.addAll(onward.route().legs());
        return new RouteResult(Route.of(a.from(), onward.route().to(), query.departure(), query.cargo(), legs), closures);
    }

    /**
     * The route along {@code arcs}, a path from the query's start to its end that another search found
     * (the hierarchy's), explained as {@link #route} explains its own: the same legs, notes and totals.
     *
     * @throws corridor.model.InputException as {@link #route} does, for a place not in the network or an end avoided
     * @throws IllegalStateException          when the query's rules close an arc of the path
     */
    public Route explain(RouteQuery query, int[] arcs) {
        return new RouteExplainer(g, new ResolvedQuery(g, query, null, openDays)).explain(Step.NONE, 0, arcs);
    }

    /** The Pareto set over (time, cost, CO2, risk), within the query's risk ceiling if any. */
    public ParetoResult pareto(RouteQuery query) {
        return pareto(new ResolvedQuery(g, query, null, openDays));
    }

    private RouteResult search(ResolvedQuery q, int startCarried, double startHours) {
        return search(q, startCarried, startHours, true);
    }

    /**
     * The best route; with {@code explainAccess}, the exclusions that shaped it ({@link #shaping}),
     * else every exclusion met (also kept, by key, in {@link #lastMet}).
     */
    private RouteResult search(ResolvedQuery q, int startCarried, double startHours, boolean explainAccess) {
        Path path = find(q, startCarried, startHours);
        Map<Integer, AccessExclusion> excluded = path.excluded;
        List<Closure> closures = path.closures();
        if (path.arcs == null) {
            return new RouteResult(null, closures, excluded == null ? List.of() : List.copyOf(excluded.values()));
        }
        Route route = path.route();
        if (excluded == null) {
            return new RouteResult(route, closures);
        }
        if (!explainAccess) {
            return new RouteResult(route, closures, List.copyOf(excluded.values()));
        }
        return new RouteResult(route, closures, shaping(q, excluded, startCarried, startHours, route));
    }

    /**
     * The best path by A* (Dijkstra when not goal-directed), not yet explained as a route; the exclusions
     * it met are also kept, by key, in {@link #lastMet}.
     */
    private Path find(ResolvedQuery q, int startCarried, double startHours) {
        return find(q, startCarried, startHours, null);
    }

    /**
     * As {@link #find(ResolvedQuery, int, double)}; with {@code bounds} (computed for {@code q}'s target and
     * weights), guided by them as well as by the great-circle bound.
     */
    private Path find(ResolvedQuery q, int startCarried, double startHours, TargetBounds bounds) {
        Weights w = q.query().weights();
        double tonnes = q.tonnes;
        double hPerKm = !goalDirected ? 0
                : w.time() * q.times.hoursPerGcKm() + tonnes * (w.cost() * g.costPerTonneGcKm() + w.co2() * g.co2PerTonneGcKm());
        newStamp();
        Step step = new Step(g, q);
        Map<String, ClosedOn> closures = null;
        Map<Integer, AccessExclusion> excluded = null;
        int start = q.from * 4 + startCarried;
        heap.clear();
        visit(start, 0, startHours, -1, NO_ARC);
        heap.push(estimate(q, hPerKm, bounds, q.from), start);
        int found = -1;
        while (!heap.isEmpty()) {
            int s = heap.pop();
            if (done[s] == stamp) {
                continue;
            }
            done[s] = stamp;
            int u = s >>> 2;
            if (g.canonicalNode(u) == q.to) {
                found = s;
                break;
            }
            int carried = s & 3;
            double baseKey = key[s];
            double baseHours = hoursAt[s];
            for (int a = topology.firstArc(u), end = topology.endArc(u); a < end; a++) {
                if (!step.take(u, carried, a, baseHours)) {
                    if (step.closed >= 0) {
                        closures = closures != null ? closures : new LinkedHashMap<>();
                        closures.putIfAbsent(g.place(step.closed).id(), new ClosedOn(step.closed, step.closedDay));
                    } else if (step.excluded != Step.NOT_EXCLUDED) {
                        excluded = excluded != null ? excluded : new LinkedHashMap<>();
                        excluded.putIfAbsent(step.excluded, q.access.reason(step.excluded));
                    }
                    continue;
                }
                int t = step.head * 4 + step.carried;
                double k = baseKey + w.apply(step.hours, step.costUsd, step.co2Kg, step.risk);
                if (done[t] != stamp && (seen[t] != stamp || k < key[t])) {
                    visit(t, k, baseHours + step.hours, s, a);
                    heap.push(k + estimate(q, hPerKm, bounds, step.head), t);
                }
            }
        }
        Collection<ClosedOn> closed = closures == null ? List.of() : closures.values();
        lastMet = excluded == null ? Map.of() : excluded;
        if (found < 0) {
            return new Path(q, startCarried, startHours, null, Double.NaN, closed, excluded);
        }
        int count = 0;
        for (int s = found; predArc[s] != NO_ARC; s = predState[s]) {
            count++;
        }
        int[] arcs = new int[count];
        for (int s = found, i = count - 1; predArc[s] != NO_ARC; s = predState[s], i--) {
            arcs[i] = predArc[s];
        }
        return new Path(q, startCarried, startHours, arcs, key[found], closed, excluded);
    }

    /** A place a search found closed, and the day it was reached first. */
    private record ClosedOn(int node, LocalDate day) {
    }

    /**
     * A path a search found (or none), explained as a route only when asked, as are the closures it met: a
     * search run to see whether an access rule shaped a route mostly needs only to know whether its path
     * passes the rule's link or place.
     */
    private final class Path {
        private final ResolvedQuery q;
        private final int startCarried;
        private final double startHours;
        /** The arcs in order, null when there is no path. */
        final int[] arcs;
        /**
         * The path's weight by the query's weights, as the search added it up (the weight of its route's
         * totals, to rounding); NaN when there is no path.
         */
        final double weight;
        /** The closed places met, first met first. */
        private final Collection<ClosedOn> closed;
        /** The exclusions met by key, null when none. */
        final Map<Integer, AccessExclusion> excluded;
        private Route route;

        Path(ResolvedQuery q, int startCarried, double startHours, int[] arcs, double weight,
             Collection<ClosedOn> closed, Map<Integer, AccessExclusion> excluded) {
            this.q = q;
            this.startCarried = startCarried;
            this.startHours = startHours;
            this.arcs = arcs;
            this.weight = weight;
            this.closed = closed;
            this.excluded = excluded;
        }

        /** Why each closed place met was closed (a sentence each, made here). */
        List<Closure> closures() {
            return closed.stream().map(c -> Step.closure(g, c.node(), c.day(),
                    rule -> closureReasons.computeIfAbsent(rule, Step::reason))).toList();
        }

        boolean found() {
            return arcs != null;
        }

        /** The path explained ({@link RouteExplainer}); null when there is none. */
        Route route() {
            if (route == null && arcs != null) {
                route = new RouteExplainer(g, q).explain(startCarried, startHours, arcs);
            }
            return route;
        }

        /**
         * Whether the route of this path has {@code id} among its {@link Route#linkIds} or {@link Route#placeIds}
         * (the origin, and the head of each move), read off the arcs as the explanation makes its legs.
         */
        boolean passes(String id) {
            if (arcs == null) {
                return false;
            }
            if (g.place(q.from).id().equals(id)) {
                return true;
            }
            for (int a : arcs) {
                if (g.links().get(g.topology().segment(a)).id().equals(id)) {
                    return true;
                }
            }
            for (int a : arcs) {
                if (g.place(g.topology().head(a)).id().equals(id)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Of the exclusions a search met, those that changed its route: each one lifted alone, does the
     * route take its link or place? One more search per exclusion met (run only when a rule was met),
     * at most {@link #MAX_SHAPING_CHECKS}; past that, or when no single one did (rules that shape
     * only together), the ones on the route found with every rule met lifted.
     *
     * <p>The search with every rule met lifted runs first: a lift only adds arcs, so when that route is
     * no better than {@code found}, no route with a single rule lifted is better either, and each of the
     * single searches would find {@code found}'s route again, off the rule; they are skipped. Most
     * searches that meet a rule (Babusar Top's bans on the way from Kashgar, closed in winter anyway)
     * end there, with one search instead of one per rule and one more.
     */
    private List<AccessExclusion> shaping(ResolvedQuery q, Map<Integer, AccessExclusion> met, int startCarried,
                                          double startHours, Route found) {
        TargetBounds bounds = null;
        if (goalDirected) {
            bounds = targetBounds != null ? targetBounds : (targetBounds = new TargetBounds(g));
            bounds.compute(q, weight(q.query().weights(), found.totals()));
        }
        met = withoutIdleTurns(q, met, startCarried, startHours, found, bounds);
        if (met.isEmpty()) {
            return List.of();
        }
        Path allLifted = find(q.withAccess(q.access.without(met.keySet())), startCarried, startHours, bounds);
        Map<Integer, AccessExclusion> metAllLifted = lastMet;
        List<AccessExclusion> shaped = new ArrayList<>();
        if (met.size() <= MAX_SHAPING_CHECKS && better(q, allLifted, found)) {
            for (Map.Entry<Integer, AccessExclusion> e : met.entrySet()) {
                Path lifted = find(q.withAccess(q.access.without(e.getKey())), startCarried, startHours, bounds);
                if (shapes(q, lifted, e.getKey(), e.getValue(), found, false)) {
                    shaped.add(e.getValue().asShaping());
                }
            }
        }
        if (!shaped.isEmpty()) {
            return shaped;
        }
        // rules that shape only together (a ban on each link of one road): lift every one met (the first
        // round is the search above), and the ones met behind them, a few rounds
        Map<Integer, AccessExclusion> lifted = new LinkedHashMap<>(met);
        VehicleAccess access = q.access.without(lifted.keySet());
        Path free = allLifted;
        Map<Integer, AccessExclusion> freeMet = metAllLifted;
        for (int round = 1; round < MAX_LIFT_ROUNDS && !lifted.keySet().containsAll(freeMet.keySet()); round++) {
            lifted.putAll(freeMet);
            access = access.without(lifted.keySet());
            free = find(q.withAccess(access), startCarried, startHours, bounds);
            freeMet = lastMet;
        }
        Path route = free;
        lifted.entrySet().stream().filter(e -> shapes(q, route, e.getKey(), e.getValue(), found, true))
                .map(e -> e.getValue().asShaping()).forEach(shaped::add);
        return shaped;
    }

    /**
     * The exclusions met, less the turn restrictions when lifting them all at once does not better the
     * route: a search among streets meets many restricted approaches that no good route would take, and
     * one search rules them all out instead of one each.
     */
    private Map<Integer, AccessExclusion> withoutIdleTurns(ResolvedQuery q, Map<Integer, AccessExclusion> met,
                                                           int startCarried, double startHours, Route found,
                                                           TargetBounds bounds) {
        List<Integer> turns = met.keySet().stream().filter(VehicleAccess::isArcKey).toList();
        if (turns.isEmpty()) {
            return met;
        }
        Path free = find(q.withAccess(q.access.without(turns)), startCarried, startHours, bounds);
        if (better(q, free, found)) {
            return met;
        }
        Map<Integer, AccessExclusion> rest = new LinkedHashMap<>(met);
        turns.forEach(rest::remove);
        return rest;
    }

    /**
     * Whether the route found with an exclusion lifted shows that it shaped {@code found}: for a link or
     * place, the lifted route uses it; for a turn restriction (an arc key), the lifted route is better,
     * which it can only be by the turn (and, when several were lifted together, uses the restricted approach).
     */
    private static boolean shapes(ResolvedQuery q, Path lifted, int key, AccessExclusion exclusion, Route found,
                                  boolean liftedTogether) {
        if (!VehicleAccess.isArcKey(key)) {
            return lifted.passes(exclusion.subjectId());
        }
        return better(q, lifted, found)
                && (!liftedTogether || lifted.route().linkIds().contains(exclusion.subjectId()));
    }

    /**
     * Whether {@code result} has a route better than {@code found} by the query's weights (beyond rounding),
     * read from the weight its search added up, so that the path need not be explained.
     */
    private static boolean better(ResolvedQuery q, Path result, Route found) {
        if (!result.found()) {
            return false;
        }
        double before = weight(q.query().weights(), found.totals());
        return result.weight < before - 1e-9 * Math.max(1, Math.abs(before));
    }

    private static double weight(Weights w, Totals t) {
        return w.apply(t.hours(), t.costUsd(), t.co2Kg(), t.risk());
    }

    /** Targets whose great-circle distances a router keeps on a small graph ({@link TargetBounds#SMALL_GRAPH_NODES}). */
    private static final int GC_TARGETS_SMALL_GRAPH = 8;

    /** Rounds of lifting the exclusions met in {@link #shaping}. */
    private static final int MAX_LIFT_ROUNDS = 4;
    /** The exclusions the last search without explanation met, by key (link index, or -1 - node). */
    private Map<Integer, AccessExclusion> lastMet = Map.of();

    /** Exclusions met past which {@link #shaping} no longer lifts them one by one. */
    private static final int MAX_SHAPING_CHECKS = 8;

    private void visit(int s, double k, double hours, int pred, int arc) {
        seen[s] = stamp;
        key[s] = k;
        hoursAt[s] = hours;
        predState[s] = pred;
        predArc[s] = arc;
    }

    private void newStamp() {
        if (++stamp == Integer.MAX_VALUE) {
            Arrays.fill(seen, 0);
            Arrays.fill(done, 0);
            stamp = 1;
        }
    }

    /** A* estimate of the weight from {@code node} to {@code q}'s target: the larger of the two lower bounds. */
    private double estimate(ResolvedQuery q, double hPerKm, TargetBounds bounds, int node) {
        double greatCircle = hPerKm == 0 ? 0 : hPerKm * gcToTarget(q.to, node);
        return bounds == null ? greatCircle : Math.max(greatCircle, bounds.at(node));
    }

    /**
     * Great-circle km from {@code node} to {@code target}, kept while the searches go to the same target
     * (those of one query, and on small graphs those of queries to the last few targets).
     */
    private double gcToTarget(int target, int node) {
        if (gcRow < 0 || gcRowTarget[gcRow] != target) {
            selectGcRow(target);
        }
        int[] seen = gcSeen[gcRow];
        if (seen[node] != gcRowStamp[gcRow]) {
            seen[node] = gcRowStamp[gcRow];
            gcKmTo[gcRow][node] = g.gcKm(node, target);
        }
        return gcKmTo[gcRow][node];
    }

    /** Makes {@link #gcRow} the row of {@code target}: its own if kept, else the next row, emptied. */
    private void selectGcRow(int target) {
        for (int row = 0; row < gcRowTarget.length; row++) {
            if (gcRowTarget[row] == target) {
                gcRow = row;
                return;
            }
        }
        gcRow = gcNextRow;
        gcNextRow = (gcNextRow + 1) % gcRowTarget.length;
        if (++gcStamp == Integer.MAX_VALUE) {
            for (int[] seen : gcSeen) {
                Arrays.fill(seen, 0);
            }
            Arrays.fill(gcRowTarget, -1);
            gcStamp = 1;
        }
        gcRowTarget[gcRow] = target;
        gcRowStamp[gcRow] = gcStamp;
    }

    private ParetoResult pareto(ResolvedQuery q) {
        RoutingParameters p = g.parameters();
        // The box spanned by the four single-criterion optima bounds the search: a partial route
        // already worse on some criterion than all four optima is dropped.
        double[] box = new double[4];
        Map<String, Closure> closures = new LinkedHashMap<>();
        List<Route> extremes = new ArrayList<>();
        for (Objective objective : Objective.values()) {
            RouteResult extreme = search(new ResolvedQuery(g, q.query().withObjective(objective), q.avoidLinks, openDays),
                    Step.NONE, 0);
            extreme.closures().forEach(c -> closures.putIfAbsent(c.placeId(), c));
            if (!extreme.found()) {
                return new ParetoResult(List.of(), false, List.copyOf(closures.values()));
            }
            Totals t = extreme.route().totals();
            extremes.add(extreme.route());
            box[0] = Math.max(box[0], t.hours());
            box[1] = Math.max(box[1], t.costUsd());
            box[2] = Math.max(box[2], t.co2Kg());
            box[3] = Math.max(box[3], t.risk());
        }
        double slack = 1 + 1e-9;
        double maxH = box[0] * slack + 1e-9;
        double maxC = box[1] * slack + 1e-9;
        double maxE = box[2] * slack + 1e-9;
        double maxR = Math.min(q.riskCeiling, box[3] * slack + 1e-9);
        newStamp();
        ParetoLabels l = labels;
        l.reset();
        Step step = new Step(g, q);
        double costPerKm = q.tonnes * g.costPerTonneGcKm();
        double co2PerKm = q.tonnes * g.co2PerTonneGcKm();
        boolean truncated = false;
        heap.clear();
        // The optima themselves are in the set from the start: they prune, and survive the label bound.
        Map<Integer, Route> seeded = new java.util.HashMap<>();
        for (Route extreme : extremes) {
            Totals t = extreme.totals();
            if (t.risk() <= q.riskCeiling
                    && l.offerTarget(t.hours(), t.costUsd(), t.co2Kg(), t.risk(), p.paretoMaxRoutes()) == ParetoLabels.ADDED) {
                seeded.put(l.lastTarget(), extreme);
            }
        }
        int root = l.add(q.from * 4 + Step.NONE, 0, 0, 0, 0, -1, NO_ARC);
        l.insertInBag(root);
        heap.push(0, root);
        while (!heap.isEmpty()) {
            int x = heap.pop();
            if (l.dead[x]) {
                continue;
            }
            int s = l.state[x];
            int u = s >>> 2;
            // Routes found since this label was queued may now dominate everything it could lead to.
            double gcHere = gcToTarget(q.to, u);
            if (x != root && l.targetDominates(l.hours[x] + gcHere * q.times.hoursPerGcKm(), l.cost[x] + gcHere * costPerKm,
                    l.co2[x] + gcHere * co2PerKm, l.risk[x])) {
                continue;
            }
            for (int a = topology.firstArc(u), end = topology.endArc(u); a < end; a++) {
                if (!step.take(u, s & 3, a, l.hours[x])) {
                    if (step.closed >= 0) {
                        closures.computeIfAbsent(g.place(step.closed).id(), id -> step.closure());
                    }
                    continue;
                }
                double h = l.hours[x] + step.hours;
                double c = l.cost[x] + step.costUsd;
                double e = l.co2[x] + step.co2Kg;
                double r = l.risk[x] + step.risk;
                if (r > q.riskCeiling) {
                    continue;
                }
                int v = step.head;
                double gc = gcToTarget(q.to, v);
                double lbH = gc * q.times.hoursPerGcKm();
                if (h + lbH > maxH || c + gc * costPerKm > maxC || e + gc * co2PerKm > maxE || r > maxR) {
                    continue;
                }
                if (g.canonicalNode(v) == q.to) {
                    int result = l.offerTarget(h, c, e, r, p.paretoMaxRoutes());
                    if (result == ParetoLabels.FULL) {
                        truncated = true;
                    } else if (result == ParetoLabels.ADDED) {
                        l.setLastTarget(v * 4 + step.carried, x, a);
                    }
                    continue;
                }
                if (l.targetDominates(h + lbH, c + gc * costPerKm, e + gc * co2PerKm, r)) {
                    continue;
                }
                int t = v * 4 + step.carried;
                int outcome = l.offerBag(t, h, c, e, r, p.paretoLabelsPerState(), p.paretoEpsilon(), x, a);
                if (outcome == ParetoLabels.FULL) {
                    truncated = true;
                } else if (outcome >= 0) {
                    heap.push(h + lbH, outcome);
                }
            }
        }
        List<Route> routes = new ArrayList<>();
        RouteExplainer explainer = new RouteExplainer(g, q);
        for (int target : l.targets()) {
            Route seed = seeded.get(target);
            routes.add(seed != null ? seed : explainer.explain(Step.NONE, 0, l.arcsTo(target)));
        }
        // Labels compare the search's running sums; the explained routes total their legs, dwell and
        // fees, and a bounded bag may keep a label that a later one beats: keep only the routes that
        // no other route of the set dominates, so the answer is a Pareto set by the totals users see.
        List<Route> nonDominated = routes.stream()
                .filter(r -> routes.stream().noneMatch(o -> o != r && o.totals().dominates(r.totals())))
                .sorted(Comparator.comparingDouble((Route r) -> r.totals().hours())
                        .thenComparingDouble(r -> r.totals().costUsd()))
                .toList();
        return new ParetoResult(nonDominated, truncated, List.copyOf(closures.values()));
    }
}
