package corridor.routing.search;

import corridor.model.network.Link;
import corridor.model.network.Place;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.TimedAccess;
import corridor.routing.route.Leg;
import corridor.routing.route.Route;
import corridor.routing.route.TimeSource;
import corridor.routing.route.Totals;

import java.util.ArrayList;
import java.util.List;

/** Replays a path of arcs through {@link Step} and writes it out as legs with their notes. */
final class RouteExplainer {

    private final RoutingGraph g;
    private final ResolvedQuery q;

    RouteExplainer(RoutingGraph graph, ResolvedQuery query) {
        this.g = graph;
        this.q = query;
    }

    Route explain(int startCarried, double startHours, int[] arcs) {
        Step step = new Step(g, q);
        List<Leg> legs = new ArrayList<>();
        int node = g.placeIndex(q.query().fromId());
        int carried = startCarried;
        double hours = startHours;
        for (int a : arcs) {
            if (!step.take(node, carried, a, hours)) {
                throw new IllegalStateException("a path found by the search cannot be replayed at arc " + a);
            }
            int link = g.topology().segment(a);
            if (step.preHub >= 0) {
                legs.add(hubLeg(step.preHub));
            }
            legs.add(moveLeg(link, node, step.head, step.linkWait, step.placeWait));
            if (step.postHub >= 0) {
                legs.add(hubLeg(step.postHub));
            }
            if (step.border >= 0) {
                legs.add(borderLeg(step.border, step.waitHours));
            }
            hours += step.hours;
            node = step.head;
            carried = step.carried;
        }
        Place from = g.place(g.placeIndex(q.query().fromId()));
        Place to = g.place(node);
        return Route.of(from, to, q.query().departure(), q.query().cargo(), legs);
    }

    /** A move along a link, with the waits for closed hours before entering it and its head place. */
    private Leg moveLeg(int link, int from, int to, TimedAccess.Wait linkWait, TimedAccess.Wait placeWait) {
        Link record = g.links().get(link);
        boolean reversed = g.linkFrom(link) != g.canonicalNode(from);
        LegTimes times = q.times;
        double hours = times.link(link);
        List<String> notes = new ArrayList<>(g.linkNotes(link));
        double waited = 0;
        if (linkWait != null) {
            notes.add(waitNote(linkWait, record.name()));
            waited += linkWait.hours();
        }
        if (placeWait != null) {
            notes.add(waitNote(placeWait, g.place(to).name()));
            waited += placeWait.hours();
        }
        Totals totals = new Totals(g.linkKm(link), hours + waited, g.linkCostUsdPerTonne(link) * q.tonnes,
                g.linkCo2KgPerTonne(link) * q.tonnes, g.linkRisk(link));
        Double speed = hours > 0 ? g.linkKm(link) / hours : null;
        TimeSource source = times.linkSource(link);
        String speedSource = times.linkObserved(link) ? source.describe().replaceFirst(" median", " median transit time")
                : g.speedSource(link, q.vehicleClass);
        return new Leg(Leg.Kind.MOVE, record, reversed, g.place(from), g.place(to), record.mode(), totals,
                notes, speed, speedSource, times.linkP95(link) + waited, source);
    }

    /**
     * "waits 12 h to enter Karachi: heavy_transport banned 06:00-22:00 (2025-12-23 to 2026-02-22)
     * Asia/Karachi time, rule karachi-daytime-heavy-2025-12 (sources)".
     */
    private static String waitNote(TimedAccess.Wait wait, String subject) {
        var rule = wait.rule();
        return "waits " + hoursText(Math.round(wait.hours() * 10) / 10.0) + " h to enter " + subject + ": "
                + rule.describe() + " " + rule.closedHours().zone() + " time, rule " + rule.id() + " ("
                + String.join("; ", rule.provenance().sourceIds()) + ")";
    }

    private Leg hubLeg(int hub) {
        List<String> notes = new ArrayList<>();
        boolean observed = q.times.dwellSource(hub).observed();
        if (g.dwellIsDefault(hub) && !observed) {
            notes.add("dwell: default " + hoursText(g.parameters().defaultDwellHours()) + " h (no dwell_hours published)");
        }
        if (g.handlingUnknown(hub)) {
            notes.add("handling cost: unknown, not counted");
        }
        Totals totals = new Totals(0, q.times.dwell(hub), g.handlingUsdPerTonne(hub) * q.tonnes, 0, 0);
        return new Leg(Leg.Kind.HUB, null, false, g.place(hub), g.place(hub), null, totals, notes, null, "",
                q.times.dwellP95(hub), q.times.dwellSource(hub));
    }

    private Leg borderLeg(int border, double waitHours) {
        List<String> notes = new ArrayList<>();
        if (waitHours > 0) {
            notes.add("waited " + hoursText(Math.round(waitHours * 10) / 10.0)
                    + " h for the crossing to open (closed on some days of the week)");
        }
        boolean observed = q.times.crossingSource(border).observed();
        if (g.crossingIsDefault(border) && !observed) {
            notes.add("crossing time: default " + hoursText(g.parameters().defaultCrossingHours())
                    + " h (no crossing_hours published)");
        }
        if (g.feeUnknown(border)) {
            notes.add("fees: unknown, not counted");
        }
        TruckRuleNote.of(g, border).ifPresent(notes::add);
        Totals totals = new Totals(0, waitHours + q.times.crossing(border), g.feeUsdPerTonne(border) * q.tonnes, 0, 0);
        return new Leg(Leg.Kind.BORDER, null, false, g.place(border), g.place(border), null, totals, notes, null, "",
                waitHours + q.times.crossingP95(border), q.times.crossingSource(border));
    }

    private static String hoursText(double hours) {
        return hours == Math.rint(hours) ? String.valueOf((long) hours) : String.valueOf(hours);
    }
}
