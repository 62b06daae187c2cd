package corridor.api.match;

import corridor.monitor.trace.TraceMatch;

import java.util.Locale;

/** The sentences a matched trace's answers share. Stateless; thread-safe. */
final class MatchText {

    private MatchText() {
    }

    /** Where a run of points has no road: "points 5-9 (42.6, 1.5) lie outside the extract". */
    static String offRoad(TraceMatch.OffRoad o) {
        String points = o.firstPoint() == o.lastPoint() ? "point " + o.firstPoint()
                : "points " + o.firstPoint() + "-" + o.lastPoint();
        return String.format(Locale.ROOT, "%s, from (%.5f, %.5f), %s", points, o.lat(), o.lon(),
                o.outsideExtract() ? "lie outside the extract's roads: the trace ran off the extract"
                        : "have no road within reach");
    }

    /** Where the chain breaks. */
    static String breakAt(TraceMatch.Break b) {
        return String.format(Locale.ROOT, "break between points %d and %d (%.3f km apart): no plausible road path "
                + "joins them", b.afterPoint(), b.beforePoint(), b.gapKm());
    }
}
