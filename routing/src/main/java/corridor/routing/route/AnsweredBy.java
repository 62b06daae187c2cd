package corridor.routing.route;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which search answered the routes of a command that asks many ({@code compare}, {@code scenario},
 * {@code criticality}): how many the hierarchy answered, how many the A* router, and why the router answered
 * those the hierarchy was asked first ({@link RouteResult#engineNote()}, counted by reason). Immutable;
 * thread-safe.
 *
 * @param hierarchyRoutes routes from the hierarchy
 * @param routerRoutes    routes from the A* router
 * @param routerReasons   per reason the router answered instead of the hierarchy, how many routes (sorted)
 */
public record AnsweredBy(int hierarchyRoutes, int routerRoutes, Map<String, Integer> routerReasons) {

    /** No route answered yet. */
    public static final AnsweredBy NONE = new AnsweredBy(0, 0, Map.of());

    public AnsweredBy {
        routerReasons = java.util.Collections.unmodifiableMap(new TreeMap<>(routerReasons));
    }

    /** These counts with {@code result} counted. */
    public AnsweredBy plus(RouteResult result) {
        if (result.engine() == RouteEngine.HIERARCHY) {
            return new AnsweredBy(hierarchyRoutes + 1, routerRoutes, routerReasons);
        }
        Map<String, Integer> reasons = routerReasons;
        if (!result.engineNote().isEmpty()) {
            reasons = new TreeMap<>(routerReasons);
            reasons.merge(result.engineNote(), 1, Integer::sum);
        }
        return new AnsweredBy(hierarchyRoutes, routerRoutes + 1, reasons);
    }

    /** These counts and {@code other}'s. */
    public AnsweredBy plus(AnsweredBy other) {
        Map<String, Integer> reasons = new TreeMap<>(routerReasons);
        other.routerReasons.forEach((reason, n) -> reasons.merge(reason, n, Integer::sum));
        return new AnsweredBy(hierarchyRoutes + other.hierarchyRoutes, routerRoutes + other.routerRoutes, reasons);
    }

    /** The engine named in answers ({@code router}): the hierarchy when it answered any route, else the A* router. */
    public RouteEngine engine() {
        return hierarchyRoutes > 0 ? RouteEngine.HIERARCHY : RouteEngine.A_STAR;
    }

    /**
     * What to say of it ({@code router_note}): empty when one engine answered every route as asked; else how many
     * routes each answered and why the router answered, e.g. "412 routes from the hierarchy, 118 by the A* router:
     * several modes ... (118)".
     */
    public String note() {
        if (routerRoutes == 0 || hierarchyRoutes == 0 && routerReasons.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%d routes from the hierarchy, %d by the A* "
                + "router", hierarchyRoutes, routerRoutes));
        String separator = ": ";
        for (Map.Entry<String, Integer> reason : routerReasons.entrySet()) {
            text.append(separator).append(reason.getKey()).append(" (").append(reason.getValue()).append(')');
            separator = "; ";
        }
        return text.toString();
    }
}
