package corridor.osm;

import corridor.model.network.RoadLayer;
import corridor.model.network.TurnRestrictions;
import org.openstreetmap.osmosis.osmbinary.Osmformat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the turn restrictions of an OSM PBF file ({@code type=restriction} relations with one
 * {@code from} way, one {@code via} node and one {@code to} way) and ties them to the segments of
 * a layer already imported from the same file: the from and to segments are the segments of those
 * ways that end at the via node's junction. Two passes over the file with the bare PBF parser
 * (relations, then the via nodes' coordinates), whichever {@link RoadSegmentSource} read the ways;
 * the via node's junction is found by its coordinates, which both sources keep exactly.
 *
 * <p>Whom a restriction binds: {@code restriction=*} every class of vehicle but those its
 * {@code except} names ({@code motorcar} cars, {@code goods} light transport, {@code hgv} heavy
 * transport, {@code motor_vehicle} or {@code vehicle} all three; {@code bicycle}, {@code psv} and
 * the like name none of ours); {@code restriction:motorcar}, {@code restriction:goods},
 * {@code restriction:hgv} that class alone (and take it out of {@code restriction=*}).
 * Restrictions via a way, of other types ({@code no_entry}, {@code no_exit}), bound to days or
 * hours, or on ways not imported are left out, counted by reason.
 *
 * <p>Stateless; thread-safe.
 */
final class TurnRestrictionReader {

    /** What the vehicle classes' OSM access keys mean as {@link TurnRestrictions#classMask} bits. */
    private static final Map<String, Integer> CLASS_BITS = Map.of("motorcar", 1, "goods", 2, "hgv", 4,
            "motor_vehicle", 7, "vehicle", 7);
    private static final Set<String> TIME_KEYS = Set.of("day_on", "day_off", "hour_on", "hour_off");

    /**
     * What was read.
     *
     * @param restrictions the restrictions kept, tied to the layer's segments
     * @param relations    the {@code type=restriction} relations in the file
     * @param kept         how many of them gave at least one restriction kept
     * @param skipped      the others, by reason, in the order first met
     */
    record Outcome(TurnRestrictions restrictions, int relations, int kept, Map<String, Integer> skipped) {

        /** "12 via a way, 3 on a way not imported", or "none". */
        String skippedText() {
            if (skipped.isEmpty()) {
                return "none";
            }
            List<String> parts = new ArrayList<>();
            skipped.forEach((reason, count) -> parts.add(count + " " + reason));
            return String.join(", ", parts);
        }
    }

    /** One relation as the file has it. */
    private record Relation(long id, Map<String, String> tags, List<Long> from, List<Long> viaNodes, int viaWays,
                            List<Long> to) {
    }

    private TurnRestrictionReader() {
    }

    /**
     * The restrictions of {@code file} between the segments of {@code layer} (imported from it).
     *
     * @throws InputException naming the file when it cannot be read as OSM PBF
     */
    static Outcome read(Path file, RoadLayer layer) {
        List<Relation> relations = new ArrayList<>();
        parse(file, new PbfPass() {
            @Override
            protected void parseRelations(List<Osmformat.Relation> list) {
                for (Osmformat.Relation r : list) {
                    Relation relation = relation(this, r);
                    if (relation != null) {
                        relations.add(relation);
                    }
                }
            }
        });
        Set<Long> viaIds = new HashSet<>();
        for (Relation r : relations) {
            viaIds.addAll(r.viaNodes());
        }
        Map<Long, int[]> viaAt = new HashMap<>();
        if (!viaIds.isEmpty()) {
            parse(file, new PbfPass() {
                @Override
                void node(long id, double lat, double lon) {
                    if (viaIds.contains(id)) {
                        viaAt.put(id, new int[] {e7(lat), e7(lon)});
                    }
                }
            });
        }
        return resolve(relations, viaAt, layer);
    }

    private static Relation relation(PbfPass parser, Osmformat.Relation r) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 0; i < r.getKeysCount(); i++) {
            tags.put(parser.text(r.getKeys(i)), parser.text(r.getVals(i)));
        }
        String type = tags.get("type");
        if (type == null || !(type.equals("restriction") || type.startsWith("restriction:"))) {
            return null;
        }
        List<Long> from = new ArrayList<>();
        List<Long> via = new ArrayList<>();
        List<Long> to = new ArrayList<>();
        int viaWays = 0;
        long member = 0;
        for (int i = 0; i < r.getMemidsCount(); i++) {
            member += r.getMemids(i);
            String role = parser.text(r.getRolesSid(i));
            Osmformat.Relation.MemberType kind = r.getTypes(i);
            if (role.equals("via")) {
                if (kind == Osmformat.Relation.MemberType.NODE) {
                    via.add(member);
                } else {
                    viaWays++;
                }
            } else if (kind == Osmformat.Relation.MemberType.WAY && role.equals("from")) {
                from.add(member);
            } else if (kind == Osmformat.Relation.MemberType.WAY && role.equals("to")) {
                to.add(member);
            }
        }
        return new Relation(r.getId(), tags, from, via, viaWays, to);
    }

    private static Outcome resolve(List<Relation> relations, Map<Long, int[]> viaAt, RoadLayer layer) {
        Set<Long> ways = new HashSet<>();
        for (Relation r : relations) {
            ways.addAll(r.from());
            ways.addAll(r.to());
        }
        Map<Long, List<Integer>> segmentsOfWay = new HashMap<>();
        for (int s = 0; s < layer.segmentCount(); s++) {
            if (ways.contains(layer.wayId(s))) {
                segmentsOfWay.computeIfAbsent(layer.wayId(s), w -> new ArrayList<>()).add(s);
            }
        }
        TurnRestrictions.Builder builder = new TurnRestrictions.Builder();
        Map<String, Integer> skipped = new LinkedHashMap<>();
        int kept = 0;
        for (Relation r : relations) {
            String reason = resolve(r, viaAt, layer, segmentsOfWay, builder);
            if (reason == null) {
                kept++;
            } else {
                skipped.merge(reason, 1, Integer::sum);
            }
        }
        return new Outcome(builder.build(), relations.size(), kept, skipped);
    }

    /** Adds the restrictions of one relation; returns why none was added, or null. */
    private static String resolve(Relation r, Map<Long, int[]> viaAt, RoadLayer layer,
                                  Map<Long, List<Integer>> segmentsOfWay, TurnRestrictions.Builder builder) {
        if (r.viaWays() > 0) {
            return "via a way";
        }
        if (r.from().size() != 1 || r.viaNodes().size() != 1 || r.to().size() != 1) {
            return "not one from way, one via node and one to way";
        }
        for (String key : TIME_KEYS) {
            if (r.tags().containsKey(key)) {
                return "bound to days or hours";
            }
        }
        Map<String, Integer> entries = entries(r.tags());
        if (entries.isEmpty()) {
            return "for no car or goods vehicle";
        }
        entries.keySet().removeIf(type -> !TurnRestrictions.TYPES.contains(type));
        if (entries.isEmpty()) {
            return "of a type not read (no_entry, no_exit)";
        }
        int[] at = viaAt.get(r.viaNodes().get(0));
        if (at == null) {
            return "via a node outside the extract";
        }
        int[] from = endAt(layer, segmentsOfWay.get(r.from().get(0)), at);
        int[] to = endAt(layer, segmentsOfWay.get(r.to().get(0)), at);
        if (from == null || to == null) {
            return "on a way not imported";
        }
        if (from[0] < 0 || to[0] < 0) {
            return "with a from or to way that does not end at the via node";
        }
        if (from[1] != to[1]) {
            return "on a way not imported";
        }
        for (Map.Entry<String, Integer> e : entries.entrySet()) {
            builder.add(from[0], from[1], to[0], e.getKey(), e.getValue(), r.id());
        }
        return null;
    }

    /**
     * The restriction values of a relation and the classes each binds: {@code restriction=*} less
     * the classes {@code except} names and those with a {@code restriction:<class>} of their own.
     */
    static Map<String, Integer> entries(Map<String, String> tags) {
        int except = 0;
        String exceptions = tags.get("except");
        if (exceptions != null) {
            for (String mode : exceptions.split(";")) {
                except |= CLASS_BITS.getOrDefault(mode.trim(), 0);
            }
        }
        Map<String, Integer> entries = new TreeMap<>();
        int specific = 0;
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            if (tag.getKey().startsWith("restriction:")) {
                Integer bits = CLASS_BITS.get(tag.getKey().substring("restriction:".length()));
                if (bits != null) {
                    specific |= bits;
                    add(entries, tag.getValue().trim(), bits & ~except);
                }
            }
        }
        String general = tags.get("restriction");
        if (general != null) {
            add(entries, general.trim(), TurnRestrictions.ALL_CLASSES & ~specific & ~except);
        }
        return entries;
    }

    private static void add(Map<String, Integer> entries, String type, int bits) {
        if (bits != 0) {
            entries.merge(type, bits, (a, b) -> a | b);
        }
    }

    /**
     * Of a way's segments, the one with an end at {@code at} (E7 degrees): {segment, junction};
     * {-1, junction} when the way passes through there (two segments end there, not a loop), and
     * null when none does.
     */
    private static int[] endAt(RoadLayer layer, List<Integer> segments, int[] at) {
        if (segments == null) {
            return null;
        }
        int found = -1;
        int junction = -1;
        int ends = 0;
        for (int s : segments) {
            for (int j : new int[] {layer.from(s), layer.to(s)}) {
                if (Math.abs(e7(layer.junctionLat(j)) - at[0]) <= 1 && Math.abs(e7(layer.junctionLon(j)) - at[1]) <= 1) {
                    found = s;
                    junction = j;
                    ends++;
                }
            }
        }
        if (found < 0) {
            return null;
        }
        boolean loop = ends == 2 && layer.from(found) == layer.to(found);
        return new int[] {ends == 1 || loop ? found : -1, junction};
    }

    private static int e7(double degrees) {
        return (int) Math.round(degrees * 1e7);
    }

    private static void parse(Path file, PbfPass pass) {
        PbfPass.run(file, pass, "its turn restrictions");
    }
}
