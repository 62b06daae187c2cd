package corridor.routing.graph;

import corridor.model.network.Mode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The notes of a link's values that are not its own ("speed: road default from modes.csv"), made
 * from its flags and mode. The lists are immutable and shared by every route: one per
 * (flags, mode), filled on first use (a benign race: two threads may build equal lists).
 */
final class LinkNotes {

    private final Object[] cache = new Object[512];

    @SuppressWarnings("unchecked")
    List<String> of(int flags, Mode mode) {
        int key = (flags & 0x7f) << 2 | mode.ordinal();
        Object cached = cache[key];
        if (cached == null) {
            cached = List.copyOf(build(flags, mode));
            cache[key] = cached;
        }
        return (List<String>) cached;
    }

    private static List<String> build(int flags, Mode mode) {
        String name = mode.name().toLowerCase(Locale.ROOT);
        List<String> notes = new ArrayList<>();
        if ((flags & RoutingGraph.LENGTH_FROM_GEOMETRY) != 0) {
            notes.add("distance: length of the geometry (none published)");
        }
        if ((flags & RoutingGraph.TRANSFER_AT_HUB) != 0) {
            notes.add("time and cost: none of its own, counted in the hub's dwell and handling");
            return notes;
        }
        if ((flags & RoutingGraph.SPEED_FROM_MODE) != 0) {
            notes.add("speed: " + name + " default from modes.csv");
        }
        if ((flags & RoutingGraph.COST_FROM_MODE) != 0) {
            notes.add("cost: " + name + " default from modes.csv");
        }
        if ((flags & RoutingGraph.COST_UNKNOWN) != 0) {
            notes.add("cost: unknown, not counted");
        }
        if ((flags & RoutingGraph.CO2_FROM_MODE) != 0) {
            notes.add("co2: " + name + " default from modes.csv");
        }
        if ((flags & RoutingGraph.CO2_UNKNOWN) != 0) {
            notes.add("co2: unknown, not counted");
        }
        return notes;
    }
}
