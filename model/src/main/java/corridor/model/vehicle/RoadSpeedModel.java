package corridor.model.vehicle;

import corridor.model.geo.GeoPoint;
import corridor.model.geo.GreatCircle;
import corridor.model.geo.Polyline;
import corridor.model.network.RoadClass;
import corridor.model.network.Terrain;

import java.util.List;

/**
 * The one model of road speeds that the router and the fleet simulator share: the open-road speed
 * of a vehicle class by road class and terrain, and the slowdown near cities. Pure; thread-safe.
 *
 * <p>Heavy transport vehicles' speeds are <b>calibration parameters</b>: CPMM publishes speeds by
 * country and corridor, not by road class, so they keep a plausible order (motorway above national
 * highway above other roads; mountain roads slowest whatever their class) and were scaled together
 * so that the simulated month lands on CPMM's Pakistan speed without delay (monitor/INDICATORS.md);
 * the network-weighted fit is in routing/README.md. Cars and light transport vehicles go faster by
 * the ratio of the speed limits posted for them and for heavy vehicles by the National Highways
 * and Motorway Police: 120 against 110 km/h on motorways (UrduPoint, 27 Feb 2025), 100 against 90
 * km/h on national highways (Daily Pakistan, NHMP notification restoring the limits); the
 * national-highway ratio stands for other and mountain roads, where no limit by class was found.
 */
public final class RoadSpeedModel {

    /** Within this distance of a city, traffic is urban, km (a calibration, not a fact). */
    public static final double CITY_RADIUS_KM = 15;
    /** Speed in urban traffic relative to the open road (a calibration, not a fact). */
    public static final double CITY_SPEED_FACTOR = 0.5;

    /** Heavy transport vehicle on a motorway, km/h (calibration). */
    public static final double HEAVY_MOTORWAY_KMH = 43;
    /** Heavy transport vehicle on a national highway, km/h (calibration). */
    public static final double HEAVY_NATIONAL_HIGHWAY_KMH = 30.5;
    /** Heavy transport vehicle on another road, km/h (calibration). */
    public static final double HEAVY_OTHER_ROAD_KMH = 24.5;
    /** Heavy transport vehicle on a mountain road, whatever its class, km/h (calibration). */
    public static final double HEAVY_MOUNTAIN_KMH = 19;

    /** Posted motorway limits, cars and LTVs over HTVs: 120 / 110 km/h (source ids in {@link #SOURCE_IDS}). */
    static final double MOTORWAY_LIGHT_OVER_HEAVY = 120.0 / 110.0;
    /** Posted national-highway limits, cars and LTVs over HTVs: 100 / 90 km/h. */
    static final double HIGHWAY_LIGHT_OVER_HEAVY = 100.0 / 90.0;

    /** The sources (ids in the built-in sources.csv) of the posted limits and of CPMM's speed. */
    public static final List<String> SOURCE_IDS = List.of("adb-cpmm-2022-pakistan",
            "urdupoint-2025-02-27-nhmp-speed-limits", "dailypakistan-nhmp-speed-limits-restored");

    /** The kinds of road the model tells apart; {@link #ordinal()} indexes tables. */
    public enum RoadKind {
        MOTORWAY("motorway"), NATIONAL_HIGHWAY("national highway"), OTHER_ROAD("other road"),
        MOUNTAIN("mountain road");

        private final String label;

        RoadKind(String label) {
            this.label = label;
        }

        /** "national highway". */
        public String label() {
            return label;
        }

        /** The kind of a road of this class and terrain ({@code null}: none stated); null when the class is unknown. */
        public static RoadKind of(RoadClass roadClass, Terrain terrain) {
            if (terrain == Terrain.MOUNTAIN) {
                return MOUNTAIN;
            }
            if (roadClass == null) {
                return null;
            }
            return switch (roadClass) {
                case MOTORWAY -> MOTORWAY;
                case NATIONAL_HIGHWAY -> NATIONAL_HIGHWAY;
                case OTHER_ROAD -> OTHER_ROAD;
            };
        }
    }

    private RoadSpeedModel() {
    }

    /** The open-road speed of {@code vehicleClass} on a road of {@code kind}, km/h. */
    public static double kmh(RoadKind kind, VehicleClass vehicleClass) {
        double heavy = switch (kind) {
            case MOTORWAY -> HEAVY_MOTORWAY_KMH;
            case NATIONAL_HIGHWAY -> HEAVY_NATIONAL_HIGHWAY_KMH;
            case OTHER_ROAD -> HEAVY_OTHER_ROAD_KMH;
            case MOUNTAIN -> HEAVY_MOUNTAIN_KMH;
        };
        if (vehicleClass == VehicleClass.HEAVY_TRANSPORT) {
            return heavy;
        }
        return heavy * (kind == RoadKind.MOTORWAY ? MOTORWAY_LIGHT_OVER_HEAVY : HIGHWAY_LIGHT_OVER_HEAVY);
    }

    /** Where {@link #kmh} comes from, in a few words, for a leg's "speed source". */
    public static String source(RoadKind kind, VehicleClass vehicleClass) {
        String base = "speed model: " + vehicleClass.code() + " on a " + kind.label()
                + " (calibrated to CPMM's Pakistan speed without delay";
        if (vehicleClass == VehicleClass.HEAVY_TRANSPORT) {
            return base + "), half speed within " + (int) CITY_RADIUS_KM + " km of a city";
        }
        return base + ", times the ratio of posted limits for light and heavy vehicles, "
                + (kind == RoadKind.MOTORWAY ? "120/110 km/h on motorways" : "100/90 km/h on national highways")
                + "), half speed within " + (int) CITY_RADIUS_KM + " km of a city";
    }

    /** The speed factor at a point: {@link #CITY_SPEED_FACTOR} within {@link #CITY_RADIUS_KM} of a city, else 1. */
    public static double cityFactor(double lat, double lon, List<GeoPoint> cities) {
        for (GeoPoint city : cities) {
            if (Math.abs(city.latitude() - lat) < 0.2
                    && GreatCircle.distanceKm(lat, lon, city.latitude(), city.longitude()) < CITY_RADIUS_KM) {
                return CITY_SPEED_FACTOR;
            }
        }
        return 1;
    }

    /**
     * The share of a line's length within {@link #CITY_RADIUS_KM} of a city, 0 to 1: the line is
     * walked in pieces of at most 1 km, each counted by its middle.
     */
    public static double urbanShare(Polyline line, List<GeoPoint> cities) {
        List<GeoPoint> points = line.points();
        double total = 0;
        double urban = 0;
        for (int i = 1; i < points.size(); i++) {
            GeoPoint a = points.get(i - 1);
            GeoPoint b = points.get(i);
            double km = GreatCircle.distanceKm(a.latitude(), a.longitude(), b.latitude(), b.longitude());
            int pieces = Math.max(1, (int) Math.ceil(km));
            for (int k = 0; k < pieces; k++) {
                double t = (k + 0.5) / pieces;
                double lat = a.latitude() + t * (b.latitude() - a.latitude());
                double lon = a.longitude() + t * (b.longitude() - a.longitude());
                if (cityFactor(lat, lon, cities) < 1) {
                    urban += km / pieces;
                }
            }
            total += km;
        }
        return total > 0 ? urban / total : 0;
    }

    /**
     * Hours for {@code vehicleClass} to drive {@code km} of a road of {@code kind} whose
     * {@code urbanShare} lies near a city.
     */
    public static double hours(double km, RoadKind kind, VehicleClass vehicleClass, double urbanShare) {
        double kmh = kmh(kind, vehicleClass);
        return km * (1 - urbanShare) / kmh + km * urbanShare / (kmh * CITY_SPEED_FACTOR);
    }
}
