package corridor.api.route.text;

import corridor.api.route.Instructions;
import corridor.routing.directions.Directions;
import corridor.routing.directions.DirectionsLeg;
import corridor.routing.directions.Step;
import corridor.routing.route.Leg;
import corridor.routing.route.Route;

import java.util.Locale;

/**
 * A route's turn-by-turn directions as text ({@code corridor route --format directions}): each corridor leg
 * with its distance and time, its steps numbered under it with their distance and time, then the totals.
 * Stateless; thread-safe.
 */
public final class DirectionsText {

    private DirectionsText() {
    }

    /** The directions of {@code route}. */
    public static String of(Route route, Directions directions) {
        StringBuilder out = new StringBuilder();
        out.append("Directions: ").append(route.from().name()).append(" → ").append(route.to().name())
                .append(", leaving ").append(route.departure()).append(", cargo ").append(route.cargo().label()).append('\n');
        String note = Instructions.note(directions);
        out.append(note.isEmpty() ? "on street-level roads, " + directions.attribution() : note).append('\n');
        int number = 0;
        int legNumber = 0;
        for (DirectionsLeg leg : directions.legs()) {
            out.append(String.format(Locale.ROOT, "%nleg %d  %-58s %9s %12s%n", ++legNumber, leg.description(),
                    leg.kind() == Leg.Kind.MOVE ? Instructions.distance(leg.totals().distanceKm()) : "",
                    Instructions.duration(leg.totals().hours())));
            for (Step step : leg.steps()) {
                boolean arrival = step.maneuver() == corridor.routing.directions.Maneuver.ARRIVE;
                out.append(String.format(Locale.ROOT, "%5d  %-58s %9s %12s%n", ++number, Instructions.of(step),
                        arrival ? "" : Instructions.distance(step.distanceKm()),
                        arrival ? "" : Instructions.duration(step.hours())));
            }
        }
        out.append(String.format(Locale.ROOT, "%ntotal %s, %s; arrival %s%n", Instructions.distance(route.totals()
                .distanceKm()), Instructions.duration(route.totals().hours()), route.arrival()));
        return out.toString();
    }
}
