package corridor.evidence.claim;

import corridor.evidence.text.Clauses;
import corridor.evidence.text.Token;
import corridor.evidence.text.Tokenizer;
import corridor.model.network.Mode;
import corridor.model.network.Place;
import corridor.model.network.PlaceKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The places of the network a sentence names, to read a distance between two of them. A place is named by its
 * name without the words of its kind ("Khunjerab" for "Khunjerab Pass border crossing", "Gwadar" for "Gwadar Port"),
 * by an alias, or in Chinese or Urdu by {@link Lexicon#NAME_FORMS} and {@link #OTHER_SCRIPT_FORMS}. Where a name is
 * shared, a city is meant before a border crossing, a port or a station. Only cities, border crossings, ports, dry
 * ports and rail terminals are read: the ends of a road or a railway. Immutable; thread-safe.
 */
final class PlaceNames {

    /** Words of a place's kind, not of its name. */
    private static final Set<String> KIND_WORDS = Set.of("port", "of", "the", "border", "crossing", "pass", "dry",
            "railway", "station", "junction", "cantonment", "interchange", "bridge");
    private static final List<PlaceKind> PREFERENCE = List.of(PlaceKind.CITY, PlaceKind.BORDER_CROSSING,
            PlaceKind.SEAPORT, PlaceKind.DRY_PORT, PlaceKind.RAIL_TERMINAL);
    /** Chinese and Urdu names of places that {@link Lexicon#NAME_FORMS} does not hold (it names subjects). */
    static final Map<String, List<String>> OTHER_SCRIPT_FORMS = Map.of(
            "faisalabad", List.of("费萨拉巴德", "فیصل آباد"),
            "quetta", List.of("奎达", "کوئٹہ"),
            "hyderabad", List.of("海德拉巴", "حیدرآباد"),
            "rawalpindi", List.of("拉瓦尔品第", "راولپنڈی"),
            "gilgit", List.of("吉尔吉特", "گلگت"),
            "sost", List.of("苏斯特", "سوست"));
    /** Words that say a figure is a distance from a place named before it: 距 (from), 距离, فاصلہ, distance, from. */
    private static final Set<String> DISTANCE_WORDS = Set.of("距", "distance", "فاصلہ", "from", "away");
    /** Words of a railway: a distance "by rail" is measured on the rail network. */
    private static final Set<String> RAIL_WORDS = Set.of("铁 路", "rail", "railway", "railways", "train", "ml - 1",
            "ml1", "ریلوے", "ریل", "ٹرین", "列 车");

    /** A way of writing a place: its words as lower-case tokens. */
    private record Form(List<String> words, Place place) {
    }

    /** A place written at token {@code at}, up to {@code end}. */
    record Mention(Place place, int at, int end) {
    }

    /** Forms by their first word, longest first. */
    private final Map<String, List<Form>> byFirstWord;

    PlaceNames(List<Place> places) {
        Map<String, Place> byKey = new HashMap<>();
        for (Place p : places) {
            if (!PREFERENCE.contains(p.kind())) {
                continue;
            }
            List<String> keys = new ArrayList<>();
            keys.add(key(p.name()));
            p.aliases().forEach(a -> keys.add(key(a)));
            for (String k : keys) {
                if (!k.isEmpty()) {
                    byKey.merge(k, p, PlaceNames::preferred);
                }
            }
        }
        List<Form> forms = new ArrayList<>();
        byKey.forEach((k, p) -> forms.add(new Form(List.of(k.split(" ")), p)));
        Map<String, List<String>> otherScripts = new HashMap<>(OTHER_SCRIPT_FORMS);
        Lexicon.NAME_FORMS.forEach((english, written) -> {
            if (byKey.containsKey(english)) {
                otherScripts.put(english, written);
            }
        });
        otherScripts.forEach((english, written) -> {
            Place p = byKey.get(english);
            if (p != null) {
                written.forEach(w -> forms.add(new Form(words(w), p)));
            }
        });
        Map<String, List<Form>> index = new HashMap<>();
        forms.stream().sorted(Comparator.comparingInt((Form f) -> -f.words().size()))
                .forEach(f -> index.computeIfAbsent(f.words().get(0), w -> new ArrayList<>()).add(f));
        index.replaceAll((w, list) -> List.copyOf(list));
        this.byFirstWord = Map.copyOf(index);
    }

    private static Place preferred(Place a, Place b) {
        return PREFERENCE.indexOf(b.kind()) < PREFERENCE.indexOf(a.kind()) ? b : a;
    }

    /** A name without the words of its kind and what it holds in brackets: "Port of Shanghai (Yangshan)" is "shanghai". */
    private static String key(String name) {
        List<String> kept = new ArrayList<>();
        for (String w : words(name.replaceAll("\\(.*?\\)", " "))) {
            if (!KIND_WORDS.contains(w)) {
                kept.add(w);
            }
        }
        return String.join(" ", kept);
    }

    private static List<String> words(String text) {
        return Tokenizer.tokens(text).stream().map(Token::lower).toList();
    }

    /**
     * The two places a figure of km at tokens {@code [figureStart, figureEnd)} is a distance between: the two
     * places written in its clause (from the figure before it, {@code previousEnd}, to the next clause mark after it);
     * or, when the clause writes one place and a word of distance ("距伊斯兰堡868公里"), the first place of the
     * sentence and that one. Null when the clause writes no two places, or more than two.
     *
     * @param all the places {@code tokens} write ({@link #mentions})
     */
    PlacePair pair(List<Token> tokens, List<Mention> all, int previousEnd, int figureStart, int figureEnd) {
        int clauseEnd = figureEnd;
        while (clauseEnd < tokens.size() && !tokens.get(clauseEnd).is(",", ";", ".", ":", "\u060c", "۔")
                && !Clauses.isBoundary(tokens.get(clauseEnd))) {
            clauseEnd++;
        }
        int end = clauseEnd;
        List<Place> inClause = distinct(all.stream().filter(m -> m.at() >= previousEnd && m.end() <= end
                && (m.end() <= figureStart || m.at() >= figureEnd)).toList());
        Mode mode = namesRail(tokens) ? Mode.RAIL : Mode.ROAD;
        if (inClause.size() == 2) {
            return pair(inClause.get(0), inClause.get(1), mode);
        }
        if (inClause.size() == 1 && tokens.subList(previousEnd, end).stream()
                .anyMatch(t -> DISTANCE_WORDS.contains(t.lower()))) {
            List<Place> before = distinct(all.stream().filter(m -> m.end() <= previousEnd).toList());
            if (!before.isEmpty() && !before.get(0).id().equals(inClause.get(0).id())) {
                return pair(before.get(0), inClause.get(0), mode);
            }
        }
        return null;
    }

    private static PlacePair pair(Place from, Place to, Mode mode) {
        return new PlacePair(from.id(), from.name(), to.id(), to.name(), mode);
    }

    private static List<Place> distinct(List<Mention> mentions) {
        List<Place> places = new ArrayList<>();
        mentions.forEach(m -> {
            if (places.stream().noneMatch(p -> p.id().equals(m.place().id()))) {
                places.add(m.place());
            }
        });
        return places;
    }

    /** The places written in {@code tokens}, in order, the longest name at each token. */
    List<Mention> mentions(List<Token> tokens) {
        return TokenScan.all(tokens.size(), i -> at(tokens, i), Mention::end);
    }

    private Mention at(List<Token> tokens, int i) {
        for (Form f : byFirstWord.getOrDefault(tokens.get(i).lower(), List.of())) {
            int n = f.words().size();
            if (i + n > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < n && all; k++) {
                Token t = tokens.get(i + k);
                all = t.lower().equals(f.words().get(k)) || (n == 1 && t.stem().equals(f.words().get(k)));
            }
            if (all) {
                return new Mention(f.place(), i, i + n);
            }
        }
        return null;
    }

    /** Whether the sentence speaks of a railway. */
    private static boolean namesRail(List<Token> tokens) {
        StringBuilder s = new StringBuilder(" ");
        tokens.forEach(t -> s.append(t.lower()).append(' '));
        String text = s.toString();
        return RAIL_WORDS.stream().anyMatch(w -> text.contains(" " + w + " "));
    }
}
