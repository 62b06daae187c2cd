package corridor.routing.route;

import corridor.model.vehicle.AccessExclusion;

import java.util.List;
import java.util.Optional;

/**
 * The answer to a single-criterion search: the best route, if any, and the closed places the
 * search met on the way (which explain why no route, or a longer one, was found).
 *
 * @param route    the best route, or {@code null} when none exists
 * @param closures   closed places the search reached, first met first
 * @param exclusions access rules that kept the query's vehicle off a link or place the search reached:
 *                   with a route, those that changed it ({@link AccessExclusion#shaped()}); without one,
 *                   every one met, the rules in the way
 * @param engine     which search answered: the A* router's, or the hierarchy's path explained by the router
 * @param engineNote why the A* router answered a query the hierarchy was asked first (a closed calendar on the
 *                   hierarchy's path, several modes...); empty otherwise
 */
public record RouteResult(Route route, List<Closure> closures, List<AccessExclusion> exclusions, RouteEngine engine,
                          String engineNote) {

    /** A result no access rule touched, the A* router's. */
    public RouteResult(Route route, List<Closure> closures) {
        this(route, closures, List.of());
    }

    /** The A* router's result. */
    public RouteResult(Route route, List<Closure> closures, List<AccessExclusion> exclusions) {
        this(route, closures, exclusions, RouteEngine.A_STAR, "");
    }

    public RouteResult {
        closures = List.copyOf(closures);
        exclusions = List.copyOf(exclusions);
        java.util.Objects.requireNonNull(engine, "engine");
        java.util.Objects.requireNonNull(engineNote, "engineNote");
    }

    /** This result marked as answered by {@code by}, with why (empty when nothing to say). */
    public RouteResult answeredBy(RouteEngine by, String note) {
        return new RouteResult(route, closures, exclusions, by, note);
    }

    public Optional<Route> best() {
        return Optional.ofNullable(route);
    }

    public boolean found() {
        return route != null;
    }

    /** Why there is no route, in one paragraph. */
    public String whyNone() {
        if (route != null) {
            return "";
        }
        if (closures.isEmpty() && exclusions.isEmpty()) {
            return "no route connects the two places with the modes and network allowed";
        }
        StringBuilder text = new StringBuilder("no route: ");
        for (int i = 0; i < closures.size(); i++) {
            text.append(i == 0 ? "" : "; ").append(closures.get(i).describe());
        }
        for (int i = 0; i < exclusions.size(); i++) {
            text.append(i == 0 && closures.isEmpty() ? "" : "; ").append(exclusions.get(i).describe());
        }
        return text.toString();
    }
}
