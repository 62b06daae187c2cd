package corridor.api.roads;

import corridor.model.network.RoadLayer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The counts of a street-level road layer.
 *
 * @param segments         road segments (junction to junction)
 * @param junctions        junctions
 * @param totalKm          length of every segment, km (a two-way segment counted once)
 * @param kmByClass        km per OSM highway class, in {@link RoadLayer#HIGHWAY_CLASSES} order, classes with
 *                         no segment left out
 * @param segmentsByClass  segments per highway class, same keys as {@code kmByClass}
 * @param oneWaySegments   segments usable one way only
 * @param closedToGoods    segments goods vehicles may not use
 * @param joins            the places joined to a junction, in the layer's order
 * @param origin           where the layer came from, or {@code null} for a layer without one
 * @param turnRestrictions the turn restrictions the import kept (OSM relations via a node)
 */
public record RoadLayerSummary(int segments, int junctions, double totalKm, Map<String, Double> kmByClass,
                               Map<String, Integer> segmentsByClass, int oneWaySegments, int closedToGoods,
                               List<Join> joins, RoadLayer.Origin origin, int turnRestrictions) {

    /**
     * A place joined to the roads.
     *
     * @param placeId    the place's id
     * @param junction   the junction's index in the layer
     * @param distanceM  great-circle distance from the place to the junction, metres
     */
    public record Join(String placeId, int junction, double distanceM) {
    }

    /** Counts {@code roads}; {@link RoadLayer#EMPTY} gives zeros. Stateless; thread-safe. */
    public static RoadLayerSummary of(RoadLayer roads) {
        List<String> classes = RoadLayer.HIGHWAY_CLASSES;
        double[] km = new double[classes.size()];
        int[] count = new int[classes.size()];
        int oneWay = 0;
        int closed = 0;
        double total = 0;
        for (int s = 0; s < roads.segmentCount(); s++) {
            int c = roads.highwayClass(s);
            double segmentKm = roads.lengthM(s) / 1000;
            if (c >= 0 && c < classes.size()) {
                km[c] += segmentKm;
                count[c]++;
            }
            total += segmentKm;
            oneWay += roads.isOneWay(s) ? 1 : 0;
            closed += roads.allowsGoodsVehicles(s) ? 0 : 1;
        }
        Map<String, Double> kmByClass = new LinkedHashMap<>();
        Map<String, Integer> segmentsByClass = new LinkedHashMap<>();
        for (int c = 0; c < classes.size(); c++) {
            if (count[c] > 0) {
                kmByClass.put(classes.get(c), km[c]);
                segmentsByClass.put(classes.get(c), count[c]);
            }
        }
        List<Join> joins = new ArrayList<>();
        for (int j = 0; j < roads.joinCount(); j++) {
            joins.add(new Join(roads.joinPlace(j), roads.joinJunction(j), roads.joinDistanceM(j)));
        }
        return new RoadLayerSummary(roads.segmentCount(), roads.junctionCount(), total,
                Collections.unmodifiableMap(kmByClass), Collections.unmodifiableMap(segmentsByClass), oneWay, closed,
                List.copyOf(joins), roads.origin(), roads.turnRestrictions().count());
    }

    /** Whether the dataset has no street-level roads. */
    public boolean isEmpty() {
        return segments == 0;
    }

    /**
     * The summary as the text {@code corridor info} prints: counts, km by class, the places joined
     * (at most {@code maxJoinsListed} of them named, nearest first) and the provenance.
     */
    public List<String> lines(int maxJoinsListed) {
        List<String> lines = new ArrayList<>();
        if (isEmpty()) {
            lines.add("Street-level roads: none (import an OpenStreetMap extract with corridor import osm)");
            return lines;
        }
        lines.add("Street-level roads (roads.bin)");
        lines.add(String.format(Locale.ROOT, "  %-24s %,9d", "segments", segments));
        lines.add(String.format(Locale.ROOT, "  %-24s %,9d", "junctions", junctions));
        lines.add(String.format(Locale.ROOT, "  %-24s %,11.1f", "km", totalKm));
        lines.add(String.format(Locale.ROOT, "  %-24s %,9d", "one-way segments", oneWaySegments));
        lines.add(String.format(Locale.ROOT, "  %-24s %,9d", "closed to goods vehicles", closedToGoods));
        lines.add(String.format(Locale.ROOT, "  %-24s %,9d", "turn restrictions", turnRestrictions));
        lines.add("");
        lines.add("Road km by class");
        kmByClass.forEach((c, km) -> lines.add(String.format(Locale.ROOT, "  %-24s %,11.1f km %,7d segments", c, km,
                segmentsByClass.get(c))));
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Places joined to junctions: %d", joins.size()));
        joins.stream().sorted(java.util.Comparator.comparingDouble(Join::distanceM)).limit(maxJoinsListed)
                .forEach(j -> lines.add(String.format(Locale.ROOT, "  %-24s junction %d, %.0f m", j.placeId(),
                        j.junction(), j.distanceM())));
        if (joins.size() > maxJoinsListed) {
            lines.add(String.format(Locale.ROOT, "  ... and %d more", joins.size() - maxJoinsListed));
        }
        lines.add("");
        if (origin == null) {
            lines.add("Roads from: unknown (the layer names no source)");
        } else {
            lines.add("Roads from: " + origin.fileName() + " (source " + origin.sourceId() + ")");
            lines.add("  sha256 " + origin.sha256());
            lines.add("  replication timestamp " + (origin.replicationTimestamp() == null ? "none in the file header"
                    : origin.replicationTimestamp()));
            lines.add("  " + origin.attribution());
        }
        return lines;
    }
}
