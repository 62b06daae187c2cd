package corridor.routing.route;

import java.util.List;
import java.util.Optional;

/**
 * The answer to a single-criterion search: the best route, if any, and the closed places the
 * search met on the way (which explain why no route, or a longer one, was found).
 *
 * @param route    the best route, or {@code null} when none exists
 * @param closures closed places the search reached, first met first
 */
public record RouteResult(Route route, List<Closure> closures) {

    public RouteResult {
        closures = List.copyOf(closures);
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
        if (closures.isEmpty()) {
            return "no route connects the two places with the modes and network allowed";
        }
        StringBuilder text = new StringBuilder("no route: ");
        for (int i = 0; i < closures.size(); i++) {
            text.append(i == 0 ? "" : "; ").append(closures.get(i).describe());
        }
        return text.toString();
    }
}
