package corridor.monitor;

import corridor.model.BorderService;
import corridor.model.Confidence;
import corridor.model.CorridorSection;
import corridor.model.Dataset;
import corridor.model.GeoPoint;
import corridor.model.HubService;
import corridor.model.Link;
import corridor.model.LinkStatus;
import corridor.model.Mode;
import corridor.model.OpeningCalendar;
import corridor.model.OpeningRule;
import corridor.model.Place;
import corridor.model.PlaceKind;
import corridor.model.Polyline;
import corridor.model.Provenance;
import corridor.model.Source;
import corridor.model.PublisherType;

import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * A hand-made corridor shaped like CPEC's northern road: Kashgar, Khunjerab, Sost, Gilgit,
 * Islamabad, two parallel roads to Lahore (a motorway and a road 3 km beside it), and on to
 * Karachi; fixed sections Khunjerab–Islamabad and the motorway Islamabad–Lahore. Coordinates are rounded; the numbers are test values, not data.
 */
final class TestNetwork {

    static final Provenance TEST = new Provenance(List.of("test"), Confidence.APPROXIMATE, "test network");

    private TestNetwork() {
    }

    static Dataset dataset() {
        return dataset(OpeningCalendar.ALWAYS_OPEN);
    }

    static Dataset dataset(OpeningCalendar khunjerabCalendar) {
        List<Place> places = new ArrayList<>();
        places.add(place("kashgar", PlaceKind.DRY_PORT, 39.47, 75.99, new HubService(12.0, null, null), null));
        places.add(place("khunjerab", PlaceKind.BORDER_CROSSING, 36.85, 75.42, null,
                new BorderService(5.0, null, null, khunjerabCalendar)));
        places.add(place("sost", PlaceKind.DRY_PORT, 36.69, 74.82, new HubService(8.0, null, null), null));
        places.add(place("gilgit", PlaceKind.CITY, 35.92, 74.31, null, null));
        places.add(place("islamabad", PlaceKind.CITY, 33.69, 73.05, null, null));
        places.add(place("lahore", PlaceKind.DRY_PORT, 31.55, 74.34, new HubService(10.0, null, null), null));
        places.add(place("karachi", PlaceKind.SEAPORT, 24.85, 67.00, new HubService(30.0, null, null), null));
        List<Link> links = new ArrayList<>();
        links.add(road("kkh_cn", "kashgar", "khunjerab", 50, 39.47, 75.99, 38.5, 75.6, 37.77, 75.23, 36.85, 75.42));
        links.add(road("kkh_border", "khunjerab", "sost", 35, 36.85, 75.42, 36.75, 75.1, 36.69, 74.82));
        links.add(road("kkh_north", "sost", "gilgit", 40, 36.69, 74.82, 36.3, 74.6, 35.92, 74.31));
        links.add(road("kkh_south", "gilgit", "islamabad", 40, 35.92, 74.31, 35.2, 73.4, 34.2, 73.2, 33.69, 73.05));
        links.add(road("m2", "islamabad", "lahore", 80, 33.69, 73.05, 32.9, 73.3, 32.2, 73.9, 31.55, 74.34));
        links.add(road("gt_road", "islamabad", "lahore", 55, 33.69, 73.05, 32.9, 73.335, 32.2, 73.935, 31.55, 74.34));
        links.add(road("n5_south", "lahore", "karachi", 60, 31.55, 74.34, 30.2, 71.5, 27.7, 68.8, 24.85, 67.0));
        Source source = new Source("test", "Corridor tests", "Hand-made test network", "2026", null, "test",
                PublisherType.REFERENCE);
        List<CorridorSection> sections = List.of(
                new CorridorSection("khunjerab-islamabad", "Khunjerab–Islamabad", List.of("kkh_border", "kkh_north",
                        "kkh_south"), TEST),
                new CorridorSection("islamabad-lahore-motorway", "Islamabad–Lahore (M-2)", List.of("m2"), TEST));
        return new Dataset("test", List.of(source), Map.of(), places, links, List.of(), List.of(), List.of(), List.of(),
                sections);
    }

    /** Two roads from a to b that run 250 m apart for 45 km. */
    static Dataset closeParallel() {
        List<Place> places = List.of(place("a", PlaceKind.CITY, 30.0, 70.0, null, null),
                place("b", PlaceKind.CITY, 30.5, 70.0, null, null));
        List<Link> links = List.of(
                road("east", "a", "b", 60, 30.0, 70.0, 30.05, 70.0013, 30.45, 70.0013, 30.5, 70.0),
                road("west", "a", "b", 60, 30.0, 70.0, 30.05, 69.9987, 30.45, 69.9987, 30.5, 70.0));
        Source source = new Source("test", "Corridor tests", "Hand-made test network", "2026", null, "test",
                PublisherType.REFERENCE);
        return new Dataset("test", List.of(source), Map.of(), places, links, List.of(), List.of(), List.of(), List.of());
    }

    /** Khunjerab open April to November only. */
    static OpeningCalendar seasonal() {
        return new OpeningCalendar(List.of(new OpeningRule(YearMonth.of(2000, 1), null,
                EnumSet.range(Month.APRIL, Month.NOVEMBER), TEST)));
    }

    private static Place place(String id, PlaceKind kind, double lat, double lon, HubService hub, BorderService border) {
        return new Place(id, id, List.of(), kind, new GeoPoint(lat, lon), kind == PlaceKind.DRY_PORT && id.equals("kashgar")
                ? "CN" : "PK", "", hub, border, TEST);
    }

    private static Link road(String id, String from, String to, double speedKmh, double... latLon) {
        List<GeoPoint> points = new ArrayList<>();
        for (int i = 0; i < latLon.length; i += 2) {
            points.add(new GeoPoint(latLon[i], latLon[i + 1]));
        }
        return new Link(id, id, Mode.ROAD, from, to, null, speedKmh, null, null, null, LinkStatus.EXISTING, "",
                List.of(), new Polyline(points), TEST);
    }
}
