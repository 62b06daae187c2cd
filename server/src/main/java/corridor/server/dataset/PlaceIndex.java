package corridor.server.dataset;

import corridor.model.network.Place;
import corridor.routing.route.PlaceMatcher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds places by what a user typed, with the routing engine's {@link PlaceMatcher} rules (id,
 * then name or alias forgiving case and accents), but in constant time: names are normalized
 * once here instead of on every request. Anything not found uniquely goes to the matcher, whose
 * error lists the closest or the ambiguous places.
 */
public final class PlaceIndex {

    private final Map<String, Place> byId = new HashMap<>();
    private final Map<String, List<Place>> byName = new HashMap<>();
    private final PlaceMatcher matcher;

    PlaceIndex(List<Place> places) {
        this.matcher = new PlaceMatcher(places);
        for (Place place : places) {
            byId.putIfAbsent(place.id(), place);
            Set<String> keys = new LinkedHashSet<>();
            keys.add(PlaceMatcher.normalize(place.id()));
            keys.add(PlaceMatcher.normalize(place.name()));
            place.aliases().forEach(alias -> keys.add(PlaceMatcher.normalize(alias)));
            keys.forEach(key -> byName.computeIfAbsent(key, k -> new ArrayList<>()).add(place));
        }
    }

    /**
     * The place {@code text} names.
     *
     * @throws corridor.model.InputException naming {@code parameter} when none or several match
     */
    public Place match(String text, String parameter) {
        String typed = text == null ? "" : text.trim();
        Place exact = byId.get(typed);
        if (exact != null) {
            return exact;
        }
        List<Place> named = byName.get(PlaceMatcher.normalize(typed));
        if (named != null && named.size() == 1) {
            return named.get(0);
        }
        return matcher.match(typed, parameter);
    }
}
