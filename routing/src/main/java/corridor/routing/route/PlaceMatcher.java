package corridor.routing.route;

import corridor.model.InputException;
import corridor.model.network.Place;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds a place from what a user typed: its id, name or an alias, forgiving case, accents,
 * punctuation and spacing ("KASHI", "Kashgar", "khunjerab pass", "Sost" for Sust).
 */
public final class PlaceMatcher {

    private static final int SUGGESTIONS = 5;

    private final List<Place> places;

    public PlaceMatcher(List<Place> places) {
        this.places = List.copyOf(places);
    }

    /**
     * The place {@code text} names.
     *
     * @param parameter the option it came from, for the error ("--from")
     * @throws InputException when no place matches (listing the closest names) or several do
     *                        (listing them with their ids)
     */
    public Place match(String text, String parameter) {
        String typed = text == null ? "" : text.trim();
        for (Place place : places) {
            if (place.id().equals(typed)) {
                return place;
            }
        }
        String key = normalize(typed);
        Set<Place> matches = new LinkedHashSet<>();
        for (Place place : places) {
            if (names(place).stream().anyMatch(n -> normalize(n).equals(key))) {
                matches.add(place);
            }
        }
        if (matches.size() == 1) {
            return matches.iterator().next();
        }
        if (matches.size() > 1) {
            throw InputException.ofParameter(parameter, "'" + typed + "' matches several places: "
                    + describe(new ArrayList<>(matches)) + "; give the id");
        }
        throw InputException.ofParameter(parameter, "no place named '" + typed + "'; closest: "
                + describe(closest(key)));
    }

    private List<Place> closest(String key) {
        return places.stream()
                .sorted(Comparator.comparingInt((Place p) -> names(p).stream()
                        .mapToInt(n -> distance(key, normalize(n))).min().orElse(Integer.MAX_VALUE))
                        .thenComparing(Place::id))
                .limit(SUGGESTIONS).toList();
    }

    private static List<String> names(Place place) {
        List<String> names = new ArrayList<>();
        names.add(place.id());
        names.add(place.name());
        names.addAll(place.aliases());
        return names;
    }

    private static String describe(List<Place> list) {
        return String.join(", ", list.stream().map(p -> p.name() + " (" + p.id() + ")").toList());
    }

    /** Lower case, accents removed, anything but letters and digits turned to single spaces. */
    public static String normalize(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** Levenshtein edit distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
