package corridor.evidence.claim;

import corridor.evidence.text.Clauses;
import corridor.evidence.text.Token;
import corridor.evidence.text.Tokenizer;
import corridor.model.Dataset;
import corridor.model.record.IndicatorValue;
import corridor.model.network.Link;
import corridor.model.record.Project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a figure in a sentence is about, resolved from the dataset's own measures, subjects and
 * names: every (subject, measure, unit) the indicators hold, the links' published lengths and the
 * projects' costs. A measure is named when its parts are written near the figure (for a bare
 * number, in the words after it; for other figures there, else in the words since the figure
 * before, else anywhere in the sentence), in the forms {@link Lexicon} knows; a subject other than the corridor as a whole ("cpec") must be named
 * by at least two words of its name (all of them when it has one). Immutable; thread-safe.
 */
final class MeasureVocabulary {

    private static final Pattern DIRECTION = Pattern.compile("([a-z]+)_to_([a-z]+)");
    private static final Set<String> NAME_STOPWORDS = Set.of("the", "of", "and", "project", "phase", "section",
            "to", "at", "in", "for", "new", "upgrade", "i", "ii", "iii", "power", "plant", "road", "cpec", "china",
            "chinese", "pakistan", "pakistani", "mw", "generation", "integrated");
    private static final int FOLLOWING_WORDS = 6;
    /** Units that say by themselves what is measured (a length, a weight, a capacity, an energy). */
    private static final Set<String> PHYSICAL_UNITS = Set.of("km", "tonnes", "MW", "kWh");
    /** Words of names too common to name a subject alone. */
    private static final Set<String> GENERIC_NAME_WORDS = Set.of("international", "airport", "line", "city", "industrial",
            "park", "zone", "special", "economic", "motorway", "highway", "railway", "expressway", "port", "metro",
            "train", "model", "steel", "mills", "marble", "coastal", "proposed", "realignment", "hydropower", "coal",
            "copper", "gold", "mine", "mineral", "refining", "export", "processing", "lead", "zinc", "land", "north",
            "south", "east", "west", "western", "eastern", "central", "upper", "lower", "river", "bridge", "tunnel",
            "terminal", "free", "dry", "sea", "lane", "corridor", "route", "section", "link", "road", "multipurpose");

    /** A measure of a subject in a unit that the data hold. */
    record Group(String subject, String measure, String unit) {
    }

    /** What a figure was resolved to: the subjects and measures (most specific first). */
    record Resolution(List<String> subjects, List<String> measures) {
        static final Resolution NONE = new Resolution(List.of(), List.of());

        boolean isEmpty() {
            return measures.isEmpty();
        }
    }

    private final List<Group> groups;
    private final Map<String, List<String>> subjectNames;
    /** Each measure's parts, split once. */
    private final Map<String, List<String>> partsOf = new HashMap<>();
    /** Each part's forms as one pattern. */
    private final Map<String, Pattern> partPatterns = new HashMap<>();
    /** Name words that belong to one subject only ("karot", "sahiwal"): written capitalised, they name it alone. */
    private final Map<String, String> uniqueWords;

    MeasureVocabulary(Dataset dataset) {
        Set<Group> all = new LinkedHashSet<>();
        for (IndicatorValue v : dataset.indicators()) {
            all.add(new Group(v.subject(), v.measure(), v.unit()));
        }
        for (Link link : dataset.links()) {
            if (link.hasPublishedLength()) {
                all.add(new Group(link.id(), Measures.LENGTH, "km"));
            }
        }
        for (Project p : dataset.projects()) {
            if (p.cost() != null) {
                all.add(new Group(p.id(), Measures.COST, p.cost().currency()));
            }
            if (p.jobs() != null) {
                all.add(new Group(p.id(), Measures.JOBS_TOTAL, "jobs"));
            }
            if (p.capacityValue() != null && "MW".equals(p.capacityUnit())) {
                all.add(new Group(p.id(), Measures.CAPACITY, "MW"));
            }

        }
        this.groups = List.copyOf(all);
        Map<String, List<String>> names = new LinkedHashMap<>();
        dataset.links().forEach(l -> names.put(l.id(), nameWords(l.name())));
        dataset.projects().forEach(p -> names.put(p.id(), nameWords(p.name())));
        for (Group g : groups) {
            names.computeIfAbsent(g.subject(), id -> nameWords(id.replace('-', ' ')));
        }
        this.subjectNames = Map.copyOf(names);
        Map<String, java.util.Set<String>> owners = new HashMap<>();
        names.forEach((id, words) -> words.forEach(w -> owners.computeIfAbsent(w, k -> new java.util.HashSet<>()).add(id)));
        // a province's name ("Khyber Pakhtunkhwa") names a region, never the one link that shares a word of it
        Set<String> regionWords = new java.util.HashSet<>();
        dataset.places().forEach(p -> regionWords.addAll(nameWords(p.province() == null ? "" : p.province())));
        Map<String, String> unique = new HashMap<>();
        owners.forEach((word, ids) -> {
            if (ids.size() == 1 && word.length() >= 4 && !GENERIC_NAME_WORDS.contains(word)
                    && !regionWords.contains(word)
                    && word.chars().allMatch(Character::isLetter)) {
                unique.put(word, ids.iterator().next());
            }
        });
        this.uniqueWords = Map.copyOf(unique);
        for (Group g : groups) {
            List<String> parts = partsOf.computeIfAbsent(g.measure(), MeasureVocabulary::parts);
            for (String part : parts) {
                if (!DIRECTION.matcher(part).matches()) {
                    partPatterns.computeIfAbsent(part, p -> Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|",
                            Lexicon.forms(p).stream().map(f -> Pattern.quote(spaced(f))).toList())
                            + ")(?:'s)?(?![\\p{L}\\p{N}])"));
                }
            }
        }
    }

    /** {@code phrase} as the joined tokens of a sentence write it: "贸易" is "贸 易", "Rare-earth" is "rare - earth". */
    static String spaced(String phrase) {
        StringBuilder s = new StringBuilder();
        for (Token t : Tokenizer.tokens(phrase)) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append(t.lower());
        }
        return s.toString();
    }

    /** Each Chinese or Urdu name form ({@link Lexicon#NAME_FORMS}) as a pattern over joined tokens, with the English word it writes. */
    private static final Map<String, Pattern> NAME_PATTERNS = namePatterns();

    private static Map<String, Pattern> namePatterns() {
        Map<String, Pattern> patterns = new HashMap<>();
        Lexicon.NAME_FORMS.forEach((english, forms) -> patterns.put(english, Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
                + String.join("|", forms.stream().map(f -> Pattern.quote(spaced(f))).toList()) + ")")));
        return Map.copyOf(patterns);
    }

    /** The groups the data hold. */
    List<Group> groups() {
        return groups;
    }

    private static List<String> nameWords(String name) {
        List<String> words = new ArrayList<>();
        for (Token t : Tokenizer.tokens(name)) {
            if (t.kind() == Token.Kind.WORD && !NAME_STOPWORDS.contains(t.lower()) && t.lower().length() > 1) {
                words.add(t.stem());
            }
        }
        return List.copyOf(words);
    }

    private static List<String> parts(String measure) {
        List<String> parts = new ArrayList<>();
        for (String dotted : measure.split("\\.")) {
            if (DIRECTION.matcher(dotted).matches()) {
                parts.add(dotted);
            } else {
                for (String p : dotted.split("_")) {
                    if (!p.equals("growth") && !p.isEmpty()) {
                        parts.add(p);
                    }
                }
            }
        }
        return parts;
    }

    /**
     * The measures {@code figure} may be about, in the sentence {@code tokens} that names the
     * subjects {@code named} ({@link #namedSubjects}); {@code previousEnd} and {@code nextStart} are
     * the token bounds of the figures around it.
     */
    Resolution resolve(List<Token> tokens, Map<String, Integer> named, Figure figure, int previousEnd, int nextStart) {
        if ("km".equals(figure.unit())) {
            named = distanceSubjects(tokens.subList(previousEnd, figure.firstToken()), named);
        }
        if ("tonnes".equals(figure.unit()) && consignment(tokens, figure)) {
            return Resolution.NONE;
        }
        int followingEnd = figure.endToken();
        while (followingEnd < Math.min(nextStart, figure.endToken() + FOLLOWING_WORDS)
                && !tokens.get(followingEnd).is(",", ";", ".", ":", "(", "\"")
                && !Clauses.isBoundary(tokens.get(followingEnd))) {
            followingEnd++;
        }
        List<Token> following = tokens.subList(figure.endToken(), Math.max(figure.endToken(), followingEnd));
        if (figure.isCount()) {
            // a bare number counts the noun that follows it ("eight key areas ... for REE exploration"):
            // a measure is named there, and scored on the words between the figures around it; Chinese may
            // write the noun first and only a measure word after the number ("能源合作项目12个")
            List<Token> naming = !following.isEmpty() && following.stream().allMatch(t -> t.is(CLASSIFIERS))
                    ? tokens.subList(previousEnd, figure.firstToken()) : following;
            return best(naming, tokens.subList(previousEnd, Math.max(previousEnd, nextStart)), figure, named);
        }
        // amounts and percentages may name their measure after them, before them ("trade reached
        // $23.1 billion") or anywhere in the sentence
        int[][] windows = {{figure.endToken(), followingEnd}, {previousEnd, figure.firstToken()}, {0, tokens.size()}};
        for (int[] w : windows) {
            List<Token> window = tokens.subList(w[0], Math.max(w[0], w[1]));
            Resolution r = best(window, window, figure, named);
            if (!r.isEmpty()) {
                // "总投资超过620亿美元", "7.878 ارب ڈالر کے تجارتی خسارہ": the words at the figure name a pledge or a
                // deficit, which no measure of the corridor's is, whatever else the sentence names
                boolean corridorOnly = r.subjects().equals(List.of(Measures.CORRIDOR));
                return corridorOnly && namesNotForm(tokens.subList(Math.max(previousEnd, figure.firstToken() - 4),
                        followingEnd)) ? Resolution.NONE : r;
            }
        }
        return Resolution.NONE;
    }

    /** Whether {@code window} writes a phrase of {@link Lexicon#NOT_FORMS}. */
    private static boolean namesNotForm(List<Token> window) {
        String text = joined(window);
        return Lexicon.NOT_FORMS.values().stream().flatMap(List::stream).anyMatch(p -> text.contains(spaced(p)));
    }

    /** Chinese measure words that may stand alone after a number whose noun came before it. */
    private static final String[] CLASSIFIERS = {"个", "家", "座", "项", "艘"};

    /** Words that say a length is a distance between places: 距 (from), 距离, فاصلہ, distance. */
    private static final Set<String> DISTANCE_WORDS = Set.of("距", "distance", "فاصلہ");

    /**
     * For a distance between places ("سکھر سے لاہور کا فاصلہ 700 کلو میٹر", "距伊斯兰堡868公里"), only the subjects
     * whose name holds every place the figure's clause names: a link between them, not another link one of
     * them lies on. Other lengths keep the subjects the sentence names.
     */
    private Map<String, Integer> distanceSubjects(List<Token> clause, Map<String, Integer> named) {
        if (clause.stream().noneMatch(t -> DISTANCE_WORDS.contains(t.lower()))) {
            return named;
        }
        Set<String> places = placeWords(clause);
        Map<String, Integer> kept = new HashMap<>();
        named.forEach((id, hits) -> {
            if (subjectNames.getOrDefault(id, List.of()).containsAll(places)) {
                kept.put(id, hits);
            }
        });
        return kept;
    }

    /** The place names {@code window} writes, as the English words of the data's names. */
    private Set<String> placeWords(List<Token> window) {
        Set<String> places = new java.util.HashSet<>();
        String joined = joined(window);
        NAME_PATTERNS.forEach((english, pattern) -> {
            if (PLACE_NAMES.contains(english) && pattern.matcher(joined).find()) {
                places.add(english);
            }
        });
        window.forEach(t -> {
            if (PLACE_NAMES.contains(t.stem())) {
                places.add(t.stem());
            }
        });
        return places;
    }

    /** The names in {@link Lexicon#NAME_FORMS} that are places (not kinds of works such as "port" or "coal"). */
    private static final Set<String> PLACE_NAMES = Set.of("gwadar", "karachi", "khunjerab", "thakot", "raikot",
            "multan", "sukkur", "peshawar", "lahore", "tashkurgan", "kashgar", "havelian", "islamabad");

    /** Words of a ship's hold: "جہاز میں 21,000 ٹن" (in the ship), "船上": a consignment, not a port's total. */
    private static boolean consignment(List<Token> tokens, Figure figure) {
        for (int k = figure.firstToken() - 1; k >= Math.max(0, figure.firstToken() - 3); k--) {
            if (tokens.get(k).is("جہاز", "جہازوں") && k + 1 < tokens.size() && tokens.get(k + 1).is("میں")) {
                return true;
            }
        }
        return false;
    }

    /** Words of a road (公路, سڑک) and of a railway (铁路, ریلوے): a sentence about one does not name the other. */
    private static final Set<String> ROAD_WORDS = Set.of("公 路", "高 速 公 路", "road", "highway", "motorway", "سڑک",
            "شاہراہ", "موٹروے");
    private static final Set<String> RAIL_WORDS = Set.of("铁 路", "railway", "rail", "railways", "train", "ریلوے",
            "ریل", "ٹرین", "列 车", "地 铁");

    /** The subjects the sentence names, with how many words of each name it writes. */
    Map<String, Integer> namedSubjects(List<Token> tokens) {
        Map<String, Integer> named = namedBy(tokens);
        String text = " " + joined(tokens) + " ";
        boolean road = ROAD_WORDS.stream().anyMatch(w -> text.contains(" " + w + " "));
        boolean rail = RAIL_WORDS.stream().anyMatch(w -> text.contains(" " + w + " "));
        if (road && !rail) {
            // "喀喇昆仑公路...北起喀什...红其拉甫...全长1224公里" is the road, not the proposed Kashgar-Khunjerab railway
            named.keySet().removeIf(id -> subjectNames.getOrDefault(id, List.of()).stream()
                    .anyMatch(w -> w.equals("railway") || w.equals("rail")));
        }
        return named;
    }

    private Map<String, Integer> namedBy(List<Token> tokens) {
        Set<String> words = new java.util.HashSet<>();
        tokens.forEach(t -> words.add(t.stem()));
        Set<String> translated = new java.util.HashSet<>();
        if (tokens.stream().anyMatch(t -> !t.lower().isEmpty() && t.lower().charAt(0) > '\u0600')) {
            String joined = joined(tokens);
            NAME_PATTERNS.forEach((english, pattern) -> {
                if (pattern.matcher(joined).find()) {
                    translated.add(english);
                }
            });
            words.addAll(translated);
        }
        Map<String, Integer> named = new HashMap<>();
        subjectNames.forEach((id, name) -> {
            int hits = (int) name.stream().distinct().filter(words::contains).count();
            if (!name.isEmpty() && hits >= Math.min(2, name.size())) {
                named.put(id, hits);
            }
        });
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String owner = uniqueWords.get(t.stem());
            if (owner != null && Character.isUpperCase(t.text().charAt(0))) {
                named.merge(owner, 1, Math::max);
            }
        }
        for (String word : translated) {
            String owner = uniqueWords.get(word); // a name in Chinese or Urdu is a name, as a capital says in English
            if (owner != null) {
                named.merge(owner, 1, Math::max);
            }
        }
        return named;
    }

    private Resolution best(List<Token> naming, List<Token> scoring, Figure figure,
                           Map<String, Integer> namedSubjects) {
        if (naming.isEmpty()) {
            return Resolution.NONE;
        }
        Map<String, Boolean> inNaming = new HashMap<>();
        Map<String, Boolean> inScoring = new HashMap<>();
        String namingText = joined(naming);
        String text = joined(scoring);
        String[] flow = direction(scoring);
        double bestScore = 0;
        List<Group> best = new ArrayList<>();
        for (Group g : groups) {
            if (!unitFits(g, figure)) {
                continue;
            }
            boolean corridor = g.subject().equals(Measures.CORRIDOR);
            if (!corridor && !namedSubjects.containsKey(g.subject())) {
                continue;
            }
            double score = score(g, figure, text, inScoring, flow);
            if (score <= 0 || (naming != scoring && score(g, figure, namingText, inNaming, null) <= 0
                    && !names(g, namingText, inNaming))) {
                continue;
            }
            // a named subject beats the corridor as a whole; the one whose name is written most fully wins
            score += corridor ? 0 : 2 + 0.1 * namedSubjects.get(g.subject());
            if (score > bestScore + 1e-9) {
                bestScore = score;
                best.clear();
            }
            if (Math.abs(score - bestScore) < 1e-9) {
                best.add(g);
            }
        }
        if (best.isEmpty()) {
            return Resolution.NONE;
        }
        Set<String> subjects = new LinkedHashSet<>();
        Set<String> measures = new LinkedHashSet<>();
        for (Group g : best) {
            subjects.add(g.subject());
            measures.add(figure.change() ? g.measure().replaceAll("\\.growth$", "") : g.measure());
        }
        return new Resolution(List.copyOf(subjects), List.copyOf(measures));
    }

    private static boolean unitFits(Group g, Figure figure) {
        if (figure.change()) {
            // a change is of a flow over periods; lengths, capacities and costs are not kept per period
            return !Measures.TIMELESS.contains(g.measure());
        }
        if (g.measure().endsWith(".growth")) {
            return false;
        }
        String unit = figure.unit();
        return switch (unit) {
            case "USD", "PKR", "CNY" -> g.unit().equals("USD") || g.unit().equals("PKR") || g.unit().equals("CNY");
            case "count" -> g.unit().equals("count") || g.unit().equals("jobs");
            default -> g.unit().equals(unit);
        };
    }

    /** How well the words name {@code g}'s measure; 0 when they do not. */
    private double score(Group g, Figure figure, String text, Map<String, Boolean> written, String[] flow) {
        List<String> parts = partsOf.get(g.measure());
        double score = 0;
        int matched = 0;
        boolean root = false;
        boolean physical = !figure.change() && PHYSICAL_UNITS.contains(g.unit()) && g.unit().equals(figure.unit());
        if (physical) {
            score += 1;
            matched++;
            root = true;
        }
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            Matcher d = DIRECTION.matcher(part);
            if (d.matches()) {
                if (flow == null) {
                    score -= 0.5;
                    continue;
                }
                if (flow[0].equals(d.group(1)) && flow[1].equals(d.group(2))) {
                    score += 1;
                    matched++;
                } else {
                    return 0;
                }
            } else if (written(part, text, written)) {
                score += 1;
                matched++;
                root |= i == 0;
            } else if (Lexicon.DEFAULT_PARTS.contains(part)) {
                score += 0.5;
            } else {
                score -= 0.5; // a part the words do not name makes the measure less likely
            }
        }
        return matched >= 1 && (root || matched >= 2) && score > 0 ? score : 0;
    }

    /** Whether any part of {@code g}'s measure is written in {@code text}. */
    private boolean names(Group g, String text, Map<String, Boolean> written) {
        return partsOf.get(g.measure()).stream().filter(p -> !DIRECTION.matcher(p).matches())
                .anyMatch(p -> written(p, text, written));
    }

    /** Whether a form of {@code part} is written in {@code text}; each part is looked for once per text. */
    private boolean written(String part, String text, Map<String, Boolean> cache) {
        return cache.computeIfAbsent(part, p -> partPatterns.get(p).matcher(without(p, text)).find());
    }

    /** {@code text} without the phrases that write {@code part}'s word in another sense ({@link Lexicon#NOT_FORMS}). */
    private static String without(String part, String text) {
        String out = text;
        for (String phrase : Lexicon.NOT_FORMS.getOrDefault(part, List.of())) {
            out = out.replace(spaced(phrase), " ");
        }
        return out;
    }

    private static String joined(List<Token> window) {
        StringBuilder s = new StringBuilder();
        for (Token t : window) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append(t.lower());
        }
        return s.toString().toLowerCase(Locale.ROOT);
    }

    private static final String CN = Lexicon.COUNTRY_PATTERNS.get("cn");
    private static final String PK = Lexicon.COUNTRY_PATTERNS.get("pk");
    private static final String ANY = "(?<c>" + CN + "|" + PK + ")";
    private static final String OTHER = "(?<d>" + CN + "|" + PK + ")";
    private static final String POSSESSIVE = "(?:کی|کے|کا)";
    private static final String GAP = "(?:\\S+ ){0,4}?";

    /**
     * How Chinese and Urdu write a flow's direction, over the joined tokens: {@code c} is the
     * exporter (or, in the last group, the importer) and {@code d} the other side; first match wins.
     */
    private record FlowPattern(Pattern pattern, boolean namesExporter, boolean namesImporter) {
    }

    private static final List<FlowPattern> FLOW_PATTERNS = List.of(
            // 中国对巴出口 / 中国向巴基斯坦出口: c exports to d
            new FlowPattern(Pattern.compile(ANY + " (?:对|向) " + OTHER + " (?:的 )?出 口"), true, true),
            // 对华出口 / 输华: exports to d
            new FlowPattern(Pattern.compile("(?:对|向) " + OTHER + " (?:的 )?出 口"), false, true),
            // پاکستان کی چین کو برآمدات: c exports to d
            new FlowPattern(Pattern.compile(ANY + " " + POSSESSIVE + " " + OTHER + " (?:کو|کے لیے) " + GAP + "برآمد"),
                    true, true),
            // چین کو برآمدات: exports to d
            new FlowPattern(Pattern.compile(OTHER + " (?:کو|کے لیے) " + GAP + "برآمد"), false, true),
            // 中国自巴进口: d imports from c -> c is the importer, written first
            new FlowPattern(Pattern.compile(OTHER + " (?:自|从) " + ANY + " (?:的 )?进 口"), true, true),
            // 自华进口 / چین سے درآمدات: imports from c
            new FlowPattern(Pattern.compile("(?:自|从) " + ANY + " (?:的 )?进 口"), true, false),
            new FlowPattern(Pattern.compile(OTHER + " " + POSSESSIVE + " " + ANY + " سے " + GAP + "درآمد"), true, true),
            new FlowPattern(Pattern.compile(ANY + " سے " + GAP + "درآمد"), true, false),
            // چین کی برآمدات / 中国出口: c's exports
            new FlowPattern(Pattern.compile(ANY + " (?:" + POSSESSIVE + " " + GAP + "برآمد|出 口)"), true, false),
            // پاکستانی برآمدات, قومی برآمدات (national exports): c's exports
            new FlowPattern(Pattern.compile(ANY + " برآمد"), true, false));

    /** The flow's exporter and importer as Chinese or Urdu words write it; null when they do not. */
    private static String[] otherScriptDirection(String joined) {
        String flows = without("exports", joined); // "چین کی پاکستان کو درآمدات اور برآمدات": trade, no one flow
        for (FlowPattern f : FLOW_PATTERNS) {
            Matcher m = f.pattern().matcher(flows);
            if (m.find()) {
                String c = f.namesExporter() ? code(m.group("c")) : null;
                String d = f.namesImporter() ? code(m.group("d")) : null;
                String exporter = c != null ? c : other(d);
                String importer = d != null ? d : other(c);
                if (exporter != null && importer != null && !exporter.equals(importer)) {
                    return new String[] {exporter, importer};
                }
            }
        }
        return null;
    }

    private static String code(String written) {
        return written.matches(CN) ? "cn" : written.matches(PK) ? "pk" : null;
    }

    /** The flow's exporter and importer country codes, when the words say; null otherwise. */
    static String[] direction(List<Token> window) {
        String[] written = window.stream().anyMatch(t -> !t.lower().isEmpty() && t.lower().charAt(0) > '\u0600')
                ? otherScriptDirection(joined(window)) : null;
        if (written != null) {
            return written;
        }
        for (int k = 0; k < window.size(); k++) {
            String stem = window.get(k).stem();
            boolean export = stem.startsWith("export") || stem.startsWith("shipment") || stem.equals("shipped");
            boolean importWord = stem.startsWith("import");
            if (!export && !importWord) {
                continue;
            }
            String owner = k > 0 ? country(window.get(k - 1).stem()) : null;
            String from = null;
            String to = null;
            for (int j = k + 1; j < Math.min(window.size() - 1, k + 6); j++) {
                if (window.get(j).is("from") && from == null) {
                    from = country(window.get(j + 1).stem());
                } else if (window.get(j).is("to") && to == null) {
                    to = country(window.get(j + 1).stem());
                }
            }
            String exporter = export ? (owner != null ? owner : from) : from;
            String importer = export ? to : (owner != null ? owner : to);
            if (exporter == null && importer == null) {
                continue;
            }
            if (exporter == null) {
                exporter = other(importer);
            }
            if (importer == null) {
                importer = other(exporter);
            }
            if (exporter != null && importer != null && !exporter.equals(importer)) {
                return new String[] {exporter, importer};
            }
        }
        return null;
    }

    private static String country(String word) {
        for (Map.Entry<String, List<String>> c : Lexicon.COUNTRIES.entrySet()) {
            if (c.getValue().contains(word)) {
                return c.getKey();
            }
        }
        return null;
    }

    private static String other(String code) {
        if (code == null) {
            return null;
        }
        return Lexicon.COUNTRIES.keySet().stream().filter(c -> !c.equals(code)).findFirst().orElse(null);
    }
}
