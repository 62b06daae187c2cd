package corridor.bench.routing;

import corridor.model.network.BorderService;
import corridor.model.source.Confidence;
import corridor.model.Dataset;
import corridor.model.geo.GeoPoint;
import corridor.model.geo.GreatCircle;
import corridor.model.network.HubService;
import corridor.model.record.Incident;
import corridor.model.network.Link;
import corridor.model.network.LinkStatus;
import corridor.model.network.Mode;
import corridor.model.network.ModeDefaults;
import corridor.model.network.OpeningCalendar;
import corridor.model.network.OpeningRule;
import corridor.model.network.Place;
import corridor.model.network.PlaceKind;
import corridor.model.geo.Polyline;
import corridor.model.source.Provenance;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A synthetic network with the structure of the built-in one, at any size: a road layer (a grid of
 * places, each joined to its right and lower neighbours), a rail layer (every {@value #RAIL_EVERY}th
 * place in each direction is a rail terminal, joined by rail to the next), a sea layer (seaports
 * every {@value #PORT_EVERY} places along the southern and eastern edges, joined by sea lanes to
 * the next and to the port opposite), and a north–south column of seasonal border crossings.
 * Hubs have dwell and handling; speeds vary at random (seeded) so routes are not straight.
 */
public final class GeneratedNetwork {

    static final int RAIL_EVERY = 5;
    static final int PORT_EVERY = 5;
    private static final Provenance SYNTHETIC = new Provenance(List.of("synthetic"), Confidence.APPROXIMATE,
            "generated for benchmarks");
    private static final double LAT0 = 20;
    private static final double LON0 = 60;
    private static final double DLAT = 0.02;
    private static final double DLON = 0.03;

    private GeneratedNetwork() {
    }

    /** A grid with about {@code 2 × side²} road links, plus rail and sea. */
    public static Dataset grid(int side, long seed) {
        Random random = new Random(seed);
        List<Place> places = new ArrayList<>(side * side);
        OpeningCalendar aprilToNovember = new OpeningCalendar(List.of(new OpeningRule(YearMonth.of(1985, 1), null,
                EnumSet.range(Month.APRIL, Month.NOVEMBER), SYNTHETIC)));
        int borderColumn = side / 2;
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                places.add(place(r, c, side, borderColumn, aprilToNovember, random));
            }
        }
        List<Link> links = new ArrayList<>(2 * side * side + side * side / 10);
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                if (c + 1 < side) {
                    links.add(link("r" + r + "_" + c + "e", Mode.ROAD, places, side, r, c, r, c + 1, 30 + random.nextDouble() * 60));
                }
                if (r + 1 < side) {
                    links.add(link("r" + r + "_" + c + "s", Mode.ROAD, places, side, r, c, r + 1, c, 30 + random.nextDouble() * 60));
                }
                if (r % RAIL_EVERY == 0 && c % RAIL_EVERY == 0) {
                    if (c + RAIL_EVERY < side) {
                        links.add(link("t" + r + "_" + c + "e", Mode.RAIL, places, side, r, c, r, c + RAIL_EVERY, null));
                    }
                    if (r + RAIL_EVERY < side) {
                        links.add(link("t" + r + "_" + c + "s", Mode.RAIL, places, side, r, c, r + RAIL_EVERY, c, null));
                    }
                }
            }
        }
        addSeaLanes(links, places, side);
        return new Dataset("generated", List.of(), modeDefaults(), places, links, List.of(), List.of(),
                incidents(side, random), List.of());
    }

    private static Place place(int r, int c, int side, int borderColumn, OpeningCalendar calendar, Random random) {
        GeoPoint at = new GeoPoint(LAT0 + r * DLAT, LON0 + c * DLON);
        String id = "n" + r + "_" + c;
        boolean port = isPort(r, c, side);
        if (port) {
            return new Place(id, id, List.of(), PlaceKind.SEAPORT, at, "XX", "", new HubService(12.0 + random.nextInt(60),
                    5.0 + random.nextInt(10), 2024), null, SYNTHETIC);
        }
        if (r % RAIL_EVERY == 0 && c % RAIL_EVERY == 0) {
            // Every other terminal publishes no dwell: the router uses its documented default there.
            Double dwell = random.nextBoolean() ? null : (double) (6 + random.nextInt(30));
            return new Place(id, id, List.of(), PlaceKind.RAIL_TERMINAL, at, "XX", "", new HubService(dwell, 3.0, 2024),
                    null, SYNTHETIC);
        }
        if (c == borderColumn) {
            return new Place(id, id, List.of(), PlaceKind.BORDER_CROSSING, at, "XX", "",
                    null, new BorderService(2.0 + random.nextInt(8), 1.0, 2024, calendar), SYNTHETIC);
        }
        return new Place(id, id, List.of(), PlaceKind.CITY, at, "XX", "", null, null, SYNTHETIC);
    }

    static boolean isPort(int r, int c, int side) {
        return (r == 0 && c % PORT_EVERY == 0) || (c == side - 1 && r % PORT_EVERY == 0);
    }

    private static void addSeaLanes(List<Link> links, List<Place> places, int side) {
        List<int[]> ports = new ArrayList<>();
        for (int c = 0; c < side; c += PORT_EVERY) {
            ports.add(new int[] {0, c});
        }
        for (int r = PORT_EVERY; r < side; r += PORT_EVERY) {
            ports.add(new int[] {r, side - 1});
        }
        for (int i = 0; i + 1 < ports.size(); i++) {
            int[] a = ports.get(i);
            int[] b = ports.get(i + 1);
            links.add(link("s" + i, Mode.SEA, places, side, a[0], a[1], b[0], b[1], null));
            // A longer lane skipping ahead, so the sea layer has choices too.
            if (i + 4 < ports.size()) {
                int[] d = ports.get(i + 4);
                links.add(link("s" + i + "x", Mode.SEA, places, side, a[0], a[1], d[0], d[1], null));
            }
        }
    }

    private static Link link(String id, Mode mode, List<Place> places, int side, int r1, int c1, int r2, int c2,
                             Double speedKmh) {
        Place a = places.get(r1 * side + c1);
        Place b = places.get(r2 * side + c2);
        double km = GreatCircle.distanceKm(a.location(), b.location()) * 1.2;
        return new Link(id, id, mode, a.id(), b.id(), km, speedKmh, null, null, null, LinkStatus.EXISTING, "", List.of(),
                Polyline.of(a.location(), b.location()), SYNTHETIC);
    }

    private static List<Incident> incidents(int side, Random random) {
        List<Incident> incidents = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            GeoPoint at = new GeoPoint(LAT0 + random.nextDouble() * side * DLAT, LON0 + random.nextDouble() * side * DLON);
            incidents.add(new Incident("i" + i, LocalDate.of(2020 + random.nextInt(4), 1 + random.nextInt(12), 1), "x", at,
                    random.nextInt(10), random.nextInt(10), "synthetic", "", SYNTHETIC));
        }
        return incidents;
    }

    private static Map<Mode, ModeDefaults> modeDefaults() {
        Map<Mode, ModeDefaults> defaults = new EnumMap<>(Mode.class);
        defaults.put(Mode.ROAD, new ModeDefaults(Mode.ROAD, 50.0, 0.055, 2022, 0.09, SYNTHETIC));
        defaults.put(Mode.RAIL, new ModeDefaults(Mode.RAIL, 45.0, 0.03, 2022, 0.03, SYNTHETIC));
        defaults.put(Mode.SEA, new ModeDefaults(Mode.SEA, 30.0, 0.01, 2022, 0.015, SYNTHETIC));
        return defaults;
    }

    /** The id of the place at row {@code r}, column {@code c}. */
    static String id(int r, int c) {
        return "n" + r + "_" + c;
    }
}
