package corridor.api.roads;

import corridor.model.geo.GreatCircle;
import corridor.model.network.RoadLayer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks that a road layer holds together beyond what reading it checks (array lengths, junction
 * indexes): every coordinate on Earth, every segment's length positive and equal to its geometry's
 * (within float rounding), its speed positive and finite, its highway class known, no segment from a
 * junction to itself without a geometry, every junction used by a segment, every join's distance finite
 * and non-negative, and the layer naming its origin. Stateless; thread-safe.
 */
public final class RoadLayerIntegrity {

    /** The file errors are reported against. */
    public static final String FILE = "roads.bin";
    /** Errors listed before the rest are only counted. */
    static final int MAX_LISTED = 50;
    /** Stored length and geometry length may differ by this share (float rounding, 1e-7° coordinates). */
    private static final double LENGTH_TOLERANCE = 0.01;
    /** ... or by this many metres, for short segments. */
    private static final double LENGTH_TOLERANCE_M = 1;

    private RoadLayerIntegrity() {
    }

    /**
     * The integrity errors of {@code roads}, each "roads.bin WHERE: WHY"; at most {@value #MAX_LISTED} listed, then
     * one line counting the rest. Empty for a sound layer and for {@link RoadLayer#EMPTY}.
     */
    public static List<String> errors(RoadLayer roads) {
        List<String> errors = new ArrayList<>();
        int[] more = {0};
        if (roads.isEmpty()) {
            return errors;
        }
        if (roads.origin() == null) {
            add(errors, more, "", "names no origin (OSM file and source); import the OSM file again");
        }
        for (int j = 0; j < roads.junctionCount(); j++) {
            if (!onEarth(roads.junctionLat(j), roads.junctionLon(j))) {
                add(errors, more, "junction " + j, String.format(Locale.ROOT, "lies off the Earth (%.7f, %.7f)",
                        roads.junctionLat(j), roads.junctionLon(j)));
            }
        }
        boolean[] used = new boolean[roads.junctionCount()];
        for (int s = 0; s < roads.segmentCount(); s++) {
            used[roads.from(s)] = true;
            used[roads.to(s)] = true;
            checkSegment(roads, s, errors, more);
        }
        for (int j = 0; j < used.length; j++) {
            if (!used[j]) {
                add(errors, more, "junction " + j, "no segment starts or ends there");
            }
        }
        for (int j = 0; j < roads.joinCount(); j++) {
            double d = roads.joinDistanceM(j);
            if (!(d >= 0) || Double.isInfinite(d)) {
                add(errors, more, "join " + (j + 1), "place '" + roads.joinPlace(j) + "' is joined at a distance of "
                        + d + " m");
            }
        }
        if (more[0] > 0) {
            errors.add(FILE + ": " + more[0] + " more error" + (more[0] == 1 ? "" : "s"));
        }
        return errors;
    }

    private static void checkSegment(RoadLayer roads, int s, List<String> errors, int[] more) {
        String where = "segment " + s + " (way " + roads.wayId(s) + ")";
        int c = roads.highwayClass(s);
        if (c < 0 || c >= RoadLayer.HIGHWAY_CLASSES.size()) {
            add(errors, more, where, "has highway class number " + c + ", which is not one of the "
                    + RoadLayer.HIGHWAY_CLASSES.size() + " known");
        }
        double speed = roads.speedKmh(s);
        if (!(speed > 0) || Double.isInfinite(speed)) {
            add(errors, more, where, "has speed " + speed + " km/h");
        }
        double geometryM = 0;
        for (int k = 1; k < roads.pointCount(s); k++) {
            double lat = roads.pointLat(s, k);
            double lon = roads.pointLon(s, k);
            if (!onEarth(lat, lon)) {
                add(errors, more, where, String.format(Locale.ROOT, "has point %d off the Earth (%.7f, %.7f)", k, lat,
                        lon));
                return;
            }
            geometryM += GreatCircle.distanceKm(roads.pointLat(s, k - 1), roads.pointLon(s, k - 1), lat, lon) * 1000;
        }
        double lengthM = roads.lengthM(s);
        if (!(lengthM > 0) || Double.isInfinite(lengthM)) {
            add(errors, more, where, "has length " + lengthM + " m");
        } else if (Math.abs(lengthM - geometryM) > Math.max(LENGTH_TOLERANCE_M, LENGTH_TOLERANCE * geometryM)) {
            add(errors, more, where, String.format(Locale.ROOT,
                    "has length %.1f m but its geometry is %.1f m long", lengthM, geometryM));
        }
    }

    private static boolean onEarth(double lat, double lon) {
        return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
    }

    private static void add(List<String> errors, int[] more, String where, String why) {
        if (errors.size() < MAX_LISTED) {
            errors.add(FILE + (where.isEmpty() ? "" : " " + where) + ": " + why);
        } else {
            more[0]++;
        }
    }
}
