package corridor.routing.testing;

import corridor.model.network.BorderService;
import corridor.model.source.Confidence;
import corridor.model.Dataset;
import corridor.model.geo.GeoPoint;
import corridor.model.network.HubService;
import corridor.model.record.Incident;
import corridor.model.network.Link;
import corridor.model.network.LinkStatus;
import corridor.model.network.Mode;
import corridor.model.record.MineralArea;
import corridor.model.record.MineralStatus;
import corridor.model.network.ModeDefaults;
import corridor.model.network.OpeningCalendar;
import corridor.model.network.Place;
import corridor.model.network.PlaceKind;
import corridor.model.geo.Polyline;
import corridor.model.source.Provenance;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.search.Router;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A small hand-made network for tests (also of the {@code api} module, through the test jar). */
public final class Net {

    public static final Provenance P = new Provenance(List.of("test"), Confidence.REPORTED, "");
    public static final LocalDate REFERENCE = LocalDate.of(2024, 6, 1);

    public final List<Place> places = new ArrayList<>();
    public final List<Link> links = new ArrayList<>();
    public final List<Incident> incidents = new ArrayList<>();
    public final Map<Mode, ModeDefaults> defaults = new EnumMap<>(Mode.class);

    /** Road 50 km/h 0.1 $/tkm 0.1 kg/tkm; rail 40 km/h 0.05 $/tkm 0.03 kg/tkm; sea 25 km/h 0.01, 0.01; transfer 10 km/h. */
    public Net() {
        defaults.put(Mode.ROAD, new ModeDefaults(Mode.ROAD, 50.0, 0.1, 2024, 0.1, P));
        defaults.put(Mode.RAIL, new ModeDefaults(Mode.RAIL, 40.0, 0.05, 2024, 0.03, P));
        defaults.put(Mode.SEA, new ModeDefaults(Mode.SEA, 25.0, 0.01, 2024, 0.01, P));
        defaults.put(Mode.TRANSFER, new ModeDefaults(Mode.TRANSFER, 10.0, null, null, null, P));
    }

    public Net city(String id, double lat, double lon) {
        return place(id, PlaceKind.CITY, lat, lon, null, null);
    }

    public Net hub(String id, PlaceKind kind, double lat, double lon, Double dwellHours, Double handlingUsdPerTonne) {
        return place(id, kind, lat, lon, new HubService(dwellHours, handlingUsdPerTonne, 2024), null);
    }

    public Net border(String id, double lat, double lon, Double hours, Double feeUsdPerTonne, OpeningCalendar calendar) {
        return place(id, PlaceKind.BORDER_CROSSING, lat, lon, null, new BorderService(hours, feeUsdPerTonne, 2024, calendar));
    }

    public Net place(String id, PlaceKind kind, double lat, double lon, HubService hub, BorderService border) {
        places.add(new Place(id, id.toUpperCase(), List.of(), kind, new GeoPoint(lat, lon), "PK", "", hub, border, P));
        return this;
    }

    /** Moves the place {@code id} (added as in Pakistan) to {@code country}. */
    public Net inCountry(String id, String country) {
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            if (p.id().equals(id)) {
                places.set(i, new Place(p.id(), p.name(), p.aliases(), p.kind(), p.location(), country, p.province(),
                        p.hubService().orElse(null), p.borderService().orElse(null), p.provenance()));
            }
        }
        return this;
    }

    public Net link(String id, Mode mode, String from, String to, double km) {
        return link(id, mode, from, to, km, null, LinkStatus.EXISTING, List.of());
    }

    public Net link(String id, Mode mode, String from, String to, double km, Double speedKmh, LinkStatus status,
             List<String> supersededBy) {
        links.add(new Link(id, id, mode, from, to, km, speedKmh, null, null, null, status, "", supersededBy,
                Polyline.of(location(from), location(to)), P));
        return this;
    }

    public Net incident(String id, double lat, double lon, LocalDate date, Integer killed, Integer injured) {
        incidents.add(new Incident(id, date, id, new GeoPoint(lat, lon), killed, injured, "test", "", P));
        return this;
    }

    public GeoPoint location(String id) {
        return places.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow().location();
    }

    public Dataset dataset() {
        return new Dataset("test", List.of(), defaults, places, links, List.of(), List.of(), incidents, List.of());
    }

    public RoutingGraph graph() {
        return graph(NetworkFilter.EXISTING);
    }

    public RoutingGraph graph(NetworkFilter filter) {
        return RoutingGraph.build(dataset(), filter, RoutingParameters.defaults(REFERENCE));
    }

    public Router router() {
        return new Router(graph());
    }

    /**
     * A diamond: A to D by road through B (2 × 100 km) or by rail through C (2 × 150 km); an
     * incident at B (2 killed, 2 injured, on the reference date: weight 4) puts 4 risk points on
     * each road link.
     */
    public static Net diamond() {
        return new Net().city("a", 0, 0).city("b", 0.5, 0.5).city("c", -0.5, 0.5).city("d", 0, 1.0)
                .link("ab", Mode.ROAD, "a", "b", 100).link("bd", Mode.ROAD, "b", "d", 100)
                .link("ac", Mode.RAIL, "a", "c", 150).link("cd", Mode.RAIL, "c", "d", 150)
                .incident("attack", 0.5, 0.5, REFERENCE, 2, 2);
    }

    /**
     * The diamond with rail terminals at a and d (no dwell), plus a road spur d–e: losing de cuts a–e
     * off; losing ab or bd sends traffic by rail.
     */
    public static Net diamondWithSpur() {
        return new Net().hub("a", PlaceKind.RAIL_TERMINAL, 0, 0, 0.0, 0.0).city("b", 0.5, 0.5).city("c", -0.5, 0.5)
                .hub("d", PlaceKind.RAIL_TERMINAL, 0, 1.0, 0.0, 0.0).city("e", 0, 1.5)
                .link("ab", Mode.ROAD, "a", "b", 100).link("bd", Mode.ROAD, "b", "d", 100)
                .link("ac", Mode.RAIL, "a", "c", 150).link("cd", Mode.RAIL, "c", "d", 150)
                .link("de", Mode.ROAD, "d", "e", 60);
    }

    /**
     * Ways out for a mine 0.3° west of town T (off the network): from T a road over border crossing X
     * into China to K, and a road to seaport P, from which the sea goes to two Chinese ports, S near
     * and S2 far.
     */
    public static Net waysOut() {
        return new Net().city("t", 0, 0).border("x", 1, 0, null, null, null).city("k", 2, 0)
                .hub("p", PlaceKind.SEAPORT, 0, 0.5, null, null)
                .hub("s", PlaceKind.SEAPORT, 5, 5, null, null).hub("s2", PlaceKind.SEAPORT, 6, 6, null, null)
                .inCountry("k", "CN").inCountry("s", "CN").inCountry("s2", "CN")
                .link("tx", Mode.ROAD, "t", "x", 111).link("xk", Mode.ROAD, "x", "k", 111)
                .link("tp", Mode.ROAD, "t", "p", 56).link("ps", Mode.SEA, "p", "s", 800).link("ps2", Mode.SEA, "p", "s2", 1600);
    }

    /**
     * From a by road (100 km) to seaport h, whose dwell and handling are unknown, and on by sea (100 km)
     * to z: the route's cost leaves out the handling, and its dwell is the default.
     */
    public static Net throughAHub() {
        return new Net().city("a", 0, 0).hub("h", PlaceKind.SEAPORT, 0, 0.5, null, null).city("z", 0, 1.0)
                .link("ah", Mode.ROAD, "a", "h", 100).link("hz", Mode.SEA, "h", "z", 100);
    }

    /** A mine 0.3° west of town T of {@link #waysOut()}. */
    public static final MineralArea MINE = new MineralArea("mine", "Mine", List.of("copper"), MineralStatus.PRODUCTION,
            "", new GeoPoint(0, -0.3), List.of(), P);
}
