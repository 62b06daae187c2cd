package corridor.osm;

import corridor.model.network.RoadLayer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a way's OSM tags say for freight: highway class, speed, one-way, goods-vehicle access and
 * limits. Speeds: {@code maxspeed:hgv}, else {@code maxspeed} (km/h, or mph converted), else the
 * highway-class table {@link #CLASS_SPEED_KMH}, which is GraphHopper 11.0's default car speed per
 * class ({@code CarAverageSpeedParser}); a tagged {@code maxspeed} is a legal limit, so routes on
 * tagged roads are as fast as the law allows (documented in osm/README.md).
 *
 * <p>Stateless; thread-safe.
 */
public final class RoadTags {

    /** Speed per class of {@link RoadLayer#HIGHWAY_CLASSES}, in km/h (GraphHopper 11.0 CarAverageSpeedParser). */
    public static final Map<String, Integer> CLASS_SPEED_KMH = Map.ofEntries(Map.entry("motorway", 100),
            Map.entry("motorway_link", 70), Map.entry("trunk", 70), Map.entry("trunk_link", 65),
            Map.entry("primary", 65), Map.entry("primary_link", 60), Map.entry("secondary", 60),
            Map.entry("secondary_link", 50), Map.entry("tertiary", 50), Map.entry("tertiary_link", 40),
            Map.entry("unclassified", 30), Map.entry("residential", 30), Map.entry("living_street", 6),
            Map.entry("service", 20), Map.entry("road", 20));

    /** The classes imported when none are asked for: motorways to tertiary roads and their links. */
    public static final List<String> DEFAULT_CLASSES = List.of("motorway", "motorway_link", "trunk", "trunk_link",
            "primary", "primary_link", "secondary", "secondary_link", "tertiary", "tertiary_link");

    private static final Pattern NUMBER = Pattern.compile("^\\s*([0-9]+(?:[.,][0-9]+)?)\\s*([a-z/ ]*)\\s*$");

    private RoadTags() {
    }

    /** The highway class index into {@link RoadLayer#HIGHWAY_CLASSES}, or -1 when not a road class. */
    public static int highwayClass(Map<String, Object> tags) {
        Object highway = tags.get("highway");
        return highway == null ? -1 : RoadLayer.HIGHWAY_CLASSES.indexOf(highway.toString());
    }

    /** The speed, in km/h, and whether it came from the class table (second element 1). */
    public static double[] speedKmh(Map<String, Object> tags, int highwayClass) {
        Double tagged = speedTag(tags.get("maxspeed:hgv"));
        if (tagged == null) {
            tagged = speedTag(tags.get("maxspeed"));
        }
        if (tagged != null) {
            return new double[] {tagged, 0};
        }
        return new double[] {CLASS_SPEED_KMH.get(RoadLayer.HIGHWAY_CLASSES.get(highwayClass)), 1};
    }

    /** A {@code maxspeed} value in km/h, or null when absent or not a number ("none", "signals", ...). */
    static Double speedTag(Object value) {
        if (value == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(value.toString().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        double number = Double.parseDouble(m.group(1).replace(',', '.'));
        String unit = m.group(2).trim();
        if (unit.equals("mph")) {
            number *= 1.609344;
        } else if (!unit.isEmpty() && !unit.equals("km/h") && !unit.equals("kmh") && !unit.equals("kph")) {
            return null;
        }
        return number > 0 && number <= 200 ? number : null;
    }

    /**
     * +1 when the way is one-way in its drawn direction, -1 when one-way against it
     * ({@code oneway=-1}), 0 when two-way. Motorways and roundabouts are one-way unless tagged
     * {@code oneway=no}.
     */
    public static int oneWay(Map<String, Object> tags) {
        Object oneway = tags.get("oneway");
        String value = oneway == null ? "" : oneway.toString();
        switch (value) {
            case "yes", "true", "1":
                return 1;
            case "-1", "reverse":
                return -1;
            case "no", "false", "0":
                return 0;
            default:
                break;
        }
        if (roundabout(tags) || "motorway".equals(tags.get("highway"))) {
            return 1;
        }
        return 0;
    }

    /** Whether the way is a roundabout: {@code junction=roundabout} or {@code junction=circular}. */
    public static boolean roundabout(Map<String, Object> tags) {
        Object junction = tags.get("junction");
        return "roundabout".equals(junction) || "circular".equals(junction);
    }

    /**
     * {@link RoadLayer#NO_GOODS_VEHICLES} and {@link RoadLayer#GOODS_DESTINATION_ONLY} flags from access tags:
     * {@code hgv} first, else the first of {@code motor_vehicle}, {@code vehicle}, {@code access} tagged
     * ({@code no|private} closes, {@code destination|delivery} flags).
     */
    public static int goodsAccess(Map<String, Object> tags) {
        String hgv = string(tags.get("hgv"));
        if (hgv.equals("no")) {
            return RoadLayer.NO_GOODS_VEHICLES;
        }
        if (hgv.equals("destination") || hgv.equals("delivery")) {
            return RoadLayer.GOODS_DESTINATION_ONLY;
        }
        if (hgv.equals("yes") || hgv.equals("designated")) {
            return 0;
        }
        for (String key : List.of("motor_vehicle", "vehicle", "access")) {
            String value = string(tags.get(key));
            if (value.equals("no") || value.equals("private")) {
                return RoadLayer.NO_GOODS_VEHICLES;
            }
            if (value.equals("destination") || value.equals("delivery")) {
                return RoadLayer.GOODS_DESTINATION_ONLY;
            }
            if (!value.isEmpty()) {
                return 0;
            }
        }
        return 0;
    }

    /** {@code maxweight} in tonnes (plain number or "t"), else NaN. */
    public static float maxWeightTonnes(Map<String, Object> tags) {
        Matcher m = NUMBER.matcher(string(tags.get("maxweight")));
        if (!m.matches()) {
            return Float.NaN;
        }
        String unit = m.group(2).trim();
        double v = Double.parseDouble(m.group(1).replace(',', '.'));
        if (unit.isEmpty() || unit.equals("t")) {
            return (float) v;
        }
        return unit.equals("kg") ? (float) (v / 1000) : Float.NaN;
    }

    /** {@code maxheight} in metres (plain number or "m"), else NaN. */
    public static float maxHeightM(Map<String, Object> tags) {
        return metres(tags.get("maxheight"));
    }

    /** {@code maxlength} in metres (plain number or "m"), else NaN. */
    public static float maxLengthM(Map<String, Object> tags) {
        return metres(tags.get("maxlength"));
    }

    /** A tag's value in metres (plain number or "m"), else NaN. */
    private static float metres(Object value) {
        Matcher m = NUMBER.matcher(string(value));
        if (!m.matches()) {
            return Float.NaN;
        }
        String unit = m.group(2).trim();
        return unit.isEmpty() || unit.equals("m") ? (float) Double.parseDouble(m.group(1).replace(',', '.')) : Float.NaN;
    }

    private static String string(Object value) {
        return value == null ? "" : value.toString().trim().toLowerCase(Locale.ROOT);
    }
}
