package corridor.routing.search;

import corridor.model.network.ObservedTimes;
import corridor.model.network.ObservedTimes.Kind;
import corridor.model.network.ObservedTimes.Observation;
import corridor.model.vehicle.VehicleClass;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.TimeSource;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/**
 * The times one query's moves and stops take: the graph's model times, or, where the query's
 * {@link ObservedTimes} hold an observation for the departure's month, the observed median (and
 * 95th percentile). Link observations are of trucks, so they apply to heavy transport vehicles
 * only; crossings and hub dwell apply to every vehicle. Resolved once per query into maps by
 * link and node index, so that a search pays one branch per move when nothing is observed.
 * Not thread-safe to share beyond its query (immutable after construction).
 */
final class LegTimes {

    private final RoutingGraph g;
    private final VehicleClass vehicleClass;
    private final ObservedTimes source;
    private final YearMonth month;
    private final boolean linksApply;
    private final Map<Integer, Observation> links = new HashMap<>();
    private final Map<Integer, Observation> crossings = new HashMap<>();
    private final Map<Integer, Observation> dwells = new HashMap<>();
    /** The A* bound on hours per great-circle km under these times. */
    private final double hoursPerGcKm;

    LegTimes(RoutingGraph graph, RouteQuery query) {
        this.g = graph;
        this.vehicleClass = query.vehicle().vehicleClass();
        this.source = query.observed();
        this.month = YearMonth.from(query.departure());
        this.linksApply = vehicleClass == VehicleClass.HEAVY_TRANSPORT;
        double bound = graph.hoursPerGcKm(vehicleClass);
        if (source != null) {
            if (linksApply) {
                source.inMonth(Kind.LINK, month).forEach((id, o) -> index(graph.linkIndex(id), o, links));
            }
            source.inMonth(Kind.CROSSING, month).forEach((id, o) -> {
                int node = graph.placeIndex(id);
                if (node >= 0 && graph.isBorder(node)) {
                    crossings.put(node, o);
                }
            });
            source.inMonth(Kind.DWELL, month).forEach((id, o) -> {
                int node = graph.placeIndex(id);
                if (node >= 0 && graph.isModalHub(node)) {
                    dwells.put(node, o);
                }
            });
            bound = boundWithObservations(bound);
        }
        this.hoursPerGcKm = bound;
    }

    private static void index(int index, Observation o, Map<Integer, Observation> into) {
        if (index >= 0) {
            into.put(index, o);
        }
    }

    /**
     * The graph's bound lowered where an observation is faster than the model: an observed link at
     * its median, and a transfer next to a hub with an observed dwell counted without its dwell
     * floor (0, which keeps the bound a lower bound whatever was observed).
     */
    private double boundWithObservations(double bound) {
        for (Map.Entry<Integer, Observation> e : links.entrySet()) {
            double gc = g.gcKm(g.linkFrom(e.getKey()), g.linkTo(e.getKey()));
            if (gc > 1e-9) {
                bound = Math.min(bound, e.getValue().medianHours() / gc);
            }
        }
        for (int hub : dwells.keySet()) {
            for (int a = g.topology().firstArc(hub), end = g.topology().endArc(hub); a < end; a++) {
                int link = g.topology().segment(a);
                double gc = g.gcKm(g.linkFrom(link), g.linkTo(link));
                if (gc > 1e-9) {
                    bound = Math.min(bound, g.linkHours(link, vehicleClass) / gc);
                }
            }
        }
        return bound;
    }

    /** The least hours per great-circle km any move takes: the A* bound on time. */
    double hoursPerGcKm() {
        return hoursPerGcKm;
    }

    /** Hours to travel {@code link}: the observed median, else the model's. */
    double link(int link) {
        return median(observed(links, link), g.linkHours(link, vehicleClass));
    }

    /** Hours to travel {@code link} at the 95th percentile: the observed one, else the model's time. */
    double linkP95(int link) {
        return p95(observed(links, link), g.linkHours(link, vehicleClass));
    }

    /** Dwell at hub {@code node}, hours: the observed median, else the graph's (published or default). */
    double dwell(int node) {
        return median(observed(dwells, node), g.dwellHours(node));
    }

    /** Dwell at hub {@code node} at the 95th percentile, hours: the observed one, else the graph's dwell. */
    double dwellP95(int node) {
        return p95(observed(dwells, node), g.dwellHours(node));
    }

    /** Time to cross at border {@code node}, hours: the observed median, else the graph's. */
    double crossing(int node) {
        return median(observed(crossings, node), g.crossingHours(node));
    }

    /** Time to cross at border {@code node} at the 95th percentile, hours: the observed one, else the graph's. */
    double crossingP95(int node) {
        return p95(observed(crossings, node), g.crossingHours(node));
    }

    /** The observation of a link or node, or null (always null without observed times: one branch). */
    private Observation observed(Map<Integer, Observation> of, int index) {
        return source == null ? null : of.get(index);
    }

    private static double median(Observation o, double modelHours) {
        return o != null ? o.medianHours() : modelHours;
    }

    private static double p95(Observation o, double modelHours) {
        return o != null ? o.p95Hours() : modelHours;
    }

    /** Whether {@code link}'s time is observed. */
    boolean linkObserved(int link) {
        return source != null && links.containsKey(link);
    }

    TimeSource linkSource(int link) {
        if (source != null && !linksApply) {
            return TimeSource.unobserved("link times are observed of trucks, not of a "
                    + vehicleClass.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), source.simulated());
        }
        return sourceOf(observed(links, link));
    }

    TimeSource dwellSource(int node) {
        return sourceOf(observed(dwells, node));
    }

    TimeSource crossingSource(int node) {
        return sourceOf(observed(crossings, node));
    }

    private TimeSource sourceOf(Observation o) {
        if (source == null) {
            return TimeSource.MODEL;
        }
        return o == null ? TimeSource.unobserved(nothingObserved(), source.simulated())
                : TimeSource.observed(o.count(), o.month(), source.simulated());
    }

    /** Why a leg has no observation: none of it in the month, or none at all that month (and which months there are). */
    private String nothingObserved() {
        java.util.SortedSet<YearMonth> months = source.months();
        if (months.contains(month)) {
            return "nothing observed in " + month;
        }
        String held = months.isEmpty() ? "" : months.size() <= 3
                ? "; it holds " + months.stream().map(YearMonth::toString).collect(java.util.stream.Collectors.joining(", "))
                : "; it holds " + months.size() + " months from " + months.first() + " to " + months.last();
        return "the monitoring state holds nothing for " + month + held;
    }
}
