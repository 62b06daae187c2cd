package corridor.routing.graph;

import corridor.model.network.BorderService;
import corridor.model.Dataset;
import corridor.model.geo.GeoPoint;
import corridor.model.geo.GreatCircle;
import corridor.model.graph.CompactGraph;
import corridor.model.network.HubService;
import corridor.model.InputException;
import corridor.model.vehicle.AccessRule;
import corridor.model.vehicle.RoadSpeedModel.RoadKind;
import corridor.model.vehicle.RoadSpeedModel;
import corridor.model.vehicle.Vehicle;
import corridor.model.vehicle.VehicleClass;
import corridor.model.network.Link;
import corridor.model.network.Mode;
import corridor.model.network.ModeDefaults;
import corridor.model.network.OpeningCalendar;
import corridor.model.network.Place;
import corridor.model.network.PlaceKind;
import corridor.model.network.RoadLayer;
import corridor.model.network.TurnRestrictions;
import java.time.Month;
import java.util.BitSet;
import java.util.HashMap;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A compact, immutable routing graph built from a dataset: places are nodes, every link gives two
 * arcs (one each way; one for a one-way road), held as the engines' {@link CompactGraph} ({@link #topology()}:
 * each arc's segment is its link, its length the link's km), and per-link and per-place values sit in
 * primitive arrays beside it. Values the data leaves empty are filled from the mode defaults or from the
 * {@link RoutingParameters}, and flagged so that routes can say so.
 *
 * <p>Thread-safe to share; searches ({@code corridor.routing.search.Router}) hold their working memory of their own.
 */
public final class RoutingGraph {

    private static final int TRANSFER = Mode.TRANSFER.ordinal();
    private static final Mode[] MODES = Mode.values();

    /** Link flags: where a value came from. */
    static final int SPEED_FROM_MODE = 1;
    static final int COST_FROM_MODE = 2;
    static final int COST_UNKNOWN = 4;
    static final int CO2_FROM_MODE = 8;
    static final int CO2_UNKNOWN = 16;
    static final int LENGTH_FROM_GEOMETRY = 32;
    /** A transfer with no speed or cost of its own or of its mode: both are counted at the hub. */
    static final int TRANSFER_AT_HUB = 64;
    /** A link usable only from its from-place to its to-place (one-way OSM roads). */
    static final int ONE_WAY = 128;

    /** Place flags. */
    private static final int HUB = 1;
    private static final int BORDER = 2;
    private static final int DWELL_DEFAULT = 4;
    private static final int HANDLING_UNKNOWN = 8;
    private static final int CROSSING_DEFAULT = 16;
    private static final int FEE_UNKNOWN = 32;
    private static final int SEASONAL = 64;

    private final List<Place> places;
    private final List<Link> links;
    /** The street-level part of the graph ({@link RoadPart#NONE} without OSM roads). */
    private final RoadPart roads;
    /** The groups of destination-only streets, found on first use (a benign race: equal values). */
    private volatile DestinationStreets destinationStreets;
    private final RoutingParameters parameters;
    private final NetworkFilter filter;
    private final IdIndex placeIndex;
    private final IdIndex linkIndex;

    private final double[] lat;
    private final double[] lon;
    private final byte[] placeFlags;
    private final double[] dwellHours;
    private final double[] handlingUsdPerTonne;
    private final double[] crossingHours;
    private final double[] feeUsdPerTonne;
    private final OpeningCalendar[] calendars;

    private final byte[] linkMode;
    private final byte[] linkFlags;
    private final int[] linkFrom;
    private final int[] linkTo;
    private final double[] linkKm;
    /** Hours for a heavy transport vehicle (and for every vehicle on links whose speed is not the speed model's). */
    private final double[] linkHours;
    /** Hours for a car or light transport vehicle on the corridor's links (not the OSM segments). */
    private final double[] linkHoursLight;
    /** The speed model's road kind of a corridor link whose speed it gives, else -1 (indexes {@link RoadKind}). */
    private final byte[] linkRoadKind;
    private final List<AccessRule> accessRules;
    private final double[] linkCostPerTonne;
    private final double[] linkCo2PerTonne;
    private final double[] linkRisk;

    private final LinkNotes linkNotes = new LinkNotes();
    /** What {@link #access} gave, by vehicle and month (immutable answers of an immutable graph). */
    private final BoundedCache<AccessKey, VehicleAccess> accessCache = new BoundedCache<>(ACCESS_CACHE_ENTRIES);
    /** What {@link #timedRules} gave, by vehicle. */
    private final BoundedCache<Vehicle, TimedAccess> timedCache = new BoundedCache<>(ACCESS_CACHE_ENTRIES);
    /** Vehicles and months whose access is kept: the dataset's few profiles for every month, with room to spare. */
    private static final int ACCESS_CACHE_ENTRIES = 1024;

    /** The arcs: segment = link index (backwards when against the link's geometry), length = the link's km. */
    private final CompactGraph topology;
    /** Junction nodes split for turn restrictions: their copies come after the other nodes. */
    private final TurnSplit turns;
    /** Per vehicle class (by ordinal), the arcs its turn restrictions close. */
    private final BitSet[] turnClosedArcs;
    /** Per vehicle class, why each closed arc into a junction itself is closed, by {@link VehicleAccess#arcKey}. */
    private final List<Map<Integer, corridor.model.vehicle.AccessExclusion>> turnReasons;

    /** Bounds for goal-directed search: per great-circle km, the least any link takes. */
    private final double hoursPerGcKm;
    private final double hoursPerGcKmLight;
    private final double costPerTonneGcKm;
    private final double co2PerTonneGcKm;

    private RoutingGraph(Dataset dataset, NetworkFilter filter, RoutingParameters parameters) {
        this.parameters = parameters;
        this.filter = filter;
        List<Place> datasetPlaces = dataset.places();
        List<Link> corridorLinks = filter.select(dataset.links());
        placeIndex = IdIndex.of(datasetPlaces, Place::id, i -> {
            throw new InputException("places", "id", "duplicate place id '" + datasetPlaces.get(i).id() + "'");
        });
        this.roads = RoadPart.of(dataset.roads(), datasetPlaces, placeIndex, corridorLinks.size());
        List<Place> basePlaces = roads.places(datasetPlaces);
        this.turns = TurnSplit.of(roads, basePlaces.size());
        this.places = withCopies(basePlaces, turns);
        this.links = roads.links(corridorLinks, places);
        int n = places.size();
        int m = links.size();
        lat = new double[n];
        lon = new double[n];
        placeFlags = new byte[n];
        dwellHours = new double[n];
        handlingUsdPerTonne = new double[n];
        crossingHours = new double[n];
        feeUsdPerTonne = new double[n];
        calendars = new OpeningCalendar[n];
        for (int i = 0; i < datasetPlaces.size(); i++) {
            readPlace(i, datasetPlaces.get(i));
        }
        for (int i = datasetPlaces.size(); i < n; i++) {
            lat[i] = roads.junctionLat(turns.original(i));
            lon[i] = roads.junctionLon(turns.original(i));
        }
        int indexed = roads.roadBase();
        linkIndex = new IdIndex(indexed, i -> links.get(i).id(), i -> {
            throw new InputException("link " + links.get(i).id(), "id", "duplicate link id");
        });
        linkMode = new byte[m];
        linkFlags = new byte[m];
        linkFrom = new int[m];
        linkTo = new int[m];
        linkKm = new double[m];
        linkHours = new double[m];
        linkCostPerTonne = new double[m];
        linkCo2PerTonne = new double[m];
        Map<Mode, ModeDefaults> defaults = dataset.modeDefaults();
        int base = roads.roadBase();
        linkHoursLight = new double[base];
        linkRoadKind = new byte[base];
        List<GeoPoint> cities = datasetPlaces.stream().filter(p -> p.kind() == PlaceKind.CITY).map(Place::location)
                .toList();
        for (int i = 0; i < base; i++) {
            readLink(i, links.get(i), defaults, cities);
        }
        accessRules = dataset.accessRules();
        for (int i = base; i < m; i++) {
            readRoadSegment(i, i - base, defaults.get(Mode.ROAD));
        }
        RiskModel risk = RiskModel.of(parameters);
        linkRisk = Arrays.copyOf(risk.linkRisks(links.subList(0, base), dataset.incidents()), m);
        risk.addRoadRisks(dataset.roads(), dataset.incidents(), linkRisk, base);
        turnClosedArcs = new BitSet[VehicleClass.values().length];
        topology = buildArcs(n, arcs(n));
        turnReasons = turnReasons();
        double[] bounds = goalBounds(m);
        hoursPerGcKm = bounds[0];
        costPerTonneGcKm = bounds[1];
        co2PerTonneGcKm = bounds[2];
        hoursPerGcKmLight = bounds[3];
    }

    /**
     * Builds the graph of {@code dataset}'s links that {@code filter} keeps.
     *
     * @throws InputException when a link names a place that does not exist, or a link has no
     *                        speed and its mode has no default speed either
     */
    public static RoutingGraph build(Dataset dataset, NetworkFilter filter, RoutingParameters parameters) {
        return new RoutingGraph(dataset, filter, parameters);
    }

    private void readPlace(int i, Place place) {
        lat[i] = place.location().latitude();
        lon[i] = place.location().longitude();
        int flags = 0;
        HubService hub = place.hub();
        if (place.kind().isModalHub()) {
            flags |= HUB;
            Double dwell = hub == null ? null : hub.dwellHours();
            Double handling = hub == null ? null : hub.handlingCostUsdPerTonne();
            dwellHours[i] = dwell != null ? dwell : parameters.defaultDwellHours();
            flags |= dwell == null ? DWELL_DEFAULT : 0;
            handlingUsdPerTonne[i] = handling != null ? handling : 0;
            flags |= handling == null ? HANDLING_UNKNOWN : 0;
        }
        BorderService border = place.border();
        // a mountain pass (a road junction) may carry a calendar without any crossing service
        if (place.kind() == PlaceKind.BORDER_CROSSING
                || border != null && (border.crossingHours() != null || border.feesUsdPerTonne() != null)) {
            flags |= BORDER;
            Double hours = border == null ? null : border.crossingHours();
            Double fee = border == null ? null : border.feesUsdPerTonne();
            crossingHours[i] = hours != null ? hours : parameters.defaultCrossingHours();
            flags |= hours == null ? CROSSING_DEFAULT : 0;
            feeUsdPerTonne[i] = fee != null ? fee : 0;
            flags |= fee == null ? FEE_UNKNOWN : 0;
        }
        OpeningCalendar calendar = place.calendar();
        if (!calendar.rules().isEmpty()) {
            flags |= SEASONAL;
            calendars[i] = calendar;
        }
        placeFlags[i] = (byte) flags;
    }

    private void readLink(int i, Link link, Map<Mode, ModeDefaults> defaults, List<GeoPoint> cities) {
        String where = "link " + link.id();
        linkFrom[i] = requirePlace(link.fromId(), where, "from");
        linkTo[i] = requirePlace(link.toId(), where, "to");
        linkMode[i] = (byte) link.mode().ordinal();
        ModeDefaults modeDefaults = defaults.get(link.mode());
        int flags = link.hasPublishedLength() ? 0 : LENGTH_FROM_GEOMETRY;
        linkKm[i] = link.lengthKm();
        if (!(linkKm[i] >= 0) || Double.isInfinite(linkKm[i])) {
            throw new InputException(where, "distance_km", "is " + linkKm[i] + ": a length is a finite number of km, 0 or more");
        }
        Double speed = link.speedKmh();
        RoadKind kind = link.mode() == Mode.ROAD && speed == null ? RoadKind.of(link.roadClass(), link.terrain()) : null;
        linkRoadKind[i] = (byte) (kind == null ? -1 : kind.ordinal());
        if (kind != null) {
            // the one speed model the simulator drives with: by vehicle class, road and terrain, slower near cities
            double urbanShare = RoadSpeedModel.urbanShare(link.geometry(), cities);
            linkHours[i] = RoadSpeedModel.hours(linkKm[i], kind, VehicleClass.HEAVY_TRANSPORT, urbanShare);
            linkHoursLight[i] = RoadSpeedModel.hours(linkKm[i], kind, VehicleClass.LIGHT_TRANSPORT, urbanShare);
            readCostAndCo2(i, link, modeDefaults, flags);
            return;
        }
        if (speed == null) {
            speed = modeDefaults == null ? null : modeDefaults.speedKmh();
            flags |= SPEED_FROM_MODE;
        }
        if (speed == null && link.mode() == Mode.TRANSFER) {
            readTransferWithoutValues(i, link, flags);
            return;
        }
        if (speed == null || !(speed > 0)) {
            throw new InputException(where, "speed_kmh", "the link has no speed and modes.csv gives no positive speed for "
                    + link.mode().name().toLowerCase() + "; add one to either");
        }
        linkHours[i] = linkKm[i] / speed;
        linkHoursLight[i] = linkHours[i];
        readCostAndCo2(i, link, modeDefaults, flags);
    }

    private void readCostAndCo2(int i, Link link, ModeDefaults modeDefaults, int flags) {
        Double cost = link.costUsdPerTonneKm();
        if (cost == null) {
            cost = modeDefaults == null ? null : modeDefaults.costUsdPerTonneKm();
            flags |= cost == null ? COST_UNKNOWN : COST_FROM_MODE;
        }
        linkCostPerTonne[i] = cost == null ? 0 : cost * linkKm[i];
        Double co2 = link.co2KgPerTonneKm();
        if (co2 == null) {
            co2 = modeDefaults == null ? null : modeDefaults.co2KgPerTonneKm();
            flags |= co2 == null ? CO2_UNKNOWN : CO2_FROM_MODE;
        }
        linkCo2PerTonne[i] = co2 == null ? 0 : co2 * linkKm[i];
        linkFlags[i] = (byte) flags;
    }

    /**
     * A transfer that neither it nor modes.csv gives values for: as DATASET.md says, its time and
     * cost are the dwell and handling of the hub it serves, so the move itself takes nothing.
     */
    private void readTransferWithoutValues(int i, Link link, int flags) {
        linkHours[i] = 0;
        linkCostPerTonne[i] = link.costUsdPerTonneKm() == null ? 0 : link.costUsdPerTonneKm() * linkKm[i];
        linkCo2PerTonne[i] = link.co2KgPerTonneKm() == null ? 0 : link.co2KgPerTonneKm() * linkKm[i];
        linkFlags[i] = (byte) ((flags & LENGTH_FROM_GEOMETRY) | TRANSFER_AT_HUB);
    }

    /** A road segment of the OSM layer, read from its arrays (no record is made). */
    private void readRoadSegment(int i, int segment, ModeDefaults road) {
        RoadLayer layer = roads.layer();
        linkFrom[i] = roads.nodeOfJunction(layer.from(segment));
        linkTo[i] = roads.nodeOfJunction(layer.to(segment));
        linkMode[i] = (byte) Mode.ROAD.ordinal();
        linkKm[i] = layer.lengthM(segment) / 1000;
        linkHours[i] = linkKm[i] / layer.speedKmh(segment);
        int flags = layer.isOneWay(segment) ? ONE_WAY : 0;
        Double cost = road == null ? null : road.costUsdPerTonneKm();
        flags |= cost == null ? COST_UNKNOWN : COST_FROM_MODE;
        linkCostPerTonne[i] = cost == null ? 0 : cost * linkKm[i];
        Double co2 = road == null ? null : road.co2KgPerTonneKm();
        flags |= co2 == null ? CO2_UNKNOWN : CO2_FROM_MODE;
        linkCo2PerTonne[i] = co2 == null ? 0 : co2 * linkKm[i];
        linkFlags[i] = (byte) flags;
    }

    private int requirePlace(String id, String where, String field) {
        int index = placeIndex.indexOf(id);
        if (index < 0) {
            throw new InputException(where, field, "no place with id '" + id + "'");
        }
        return index;
    }

    /** The places of the graph's nodes: a junction's copy is the junction's record. */
    private static List<Place> withCopies(List<Place> places, TurnSplit turns) {
        if (turns.copyCount() == 0) {
            return places;
        }
        int base = places.size();
        return new java.util.AbstractList<>() {
            @Override
            public Place get(int index) {
                return places.get(index < base ? index : turns.original(index));
            }

            @Override
            public int size() {
                return base + turns.copyCount();
            }
        };
    }

    /**
     * Arcs in the order they are made: the graph's builder, and beside it each arc's tail and the vehicle classes
     * (bits) it is closed to, which {@link #buildArcs} carries to the arc's place in the built rows.
     */
    private static final class ArcList {
        final CompactGraph.Builder graph;
        int[] tail = new int[16];
        byte[] closed = new byte[16];
        int size;

        ArcList(int nodes) {
            graph = CompactGraph.builder(nodes);
        }

        void add(int from, int to, int move, double km, int closedTo) {
            graph.addArc(from, to, km, move >> 1, (move & 1) != 0);
            if (size == tail.length) {
                tail = Arrays.copyOf(tail, size * 2);
                closed = Arrays.copyOf(closed, size * 2);
            }
            tail[size] = from;
            closed[size] = (byte) closedTo;
            size++;
        }
    }

    /**
     * Every arc: each usable link one way, or both unless one-way; an arc into a junction that turn
     * restrictions bind also into each copy of it ({@link TurnSplit}), and each copy's arcs on.
     */
    private ArcList arcs(int n) {
        ArcList arcs = new ArcList(n);
        for (int i = 0; i < linkFrom.length; i++) {
            if (!roads.usable(i)) {
                continue;
            }
            addMove(arcs, linkFrom[i], 2 * i);
            if ((linkFlags[i] & ONE_WAY) == 0) {
                addMove(arcs, linkTo[i], 2 * i + 1);
            }
        }
        for (int k = 0; k < turns.copyCount(); k++) {
            int copy = placeCount() - turns.copyCount() + k;
            for (int move : turns.copyMoves(copy)) {
                addMove(arcs, copy, move);
            }
        }
        return arcs;
    }

    /** The arcs of a move (link {@code move / 2}, against its geometry when odd) from {@code tail}. */
    private void addMove(ArcList arcs, int tail, int move) {
        int link = move >> 1;
        int head = (move & 1) == 0 ? linkTo[link] : linkFrom[link];
        TurnSplit.Entrance entrance = turns.entrance(move);
        if (entrance == null) {
            arcs.add(tail, head, move, linkKm[link], 0);
            return;
        }
        arcs.add(tail, head, move, linkKm[link], entrance.closedOriginal());
        for (int k = 0; k < entrance.copies().length; k++) {
            arcs.add(tail, entrance.copies()[k], move, linkKm[link],
                    TurnRestrictions.ALL_CLASSES & ~entrance.copyClasses()[k]);
        }
    }

    /**
     * The arcs in compressed sparse rows by tail, and the turn closures by class at each arc's place there: the
     * builder keeps the order arcs were made in among those of one tail, so the k-th arc made from a node is its
     * k-th row entry.
     */
    private CompactGraph buildArcs(int n, ArcList arcs) {
        CompactGraph graph = arcs.graph.build();
        for (int c = 0; c < turnClosedArcs.length; c++) {
            turnClosedArcs[c] = new BitSet();
        }
        int[] next = new int[n];
        for (int v = 0; v < n; v++) {
            next[v] = graph.firstArc(v);
        }
        for (int a = 0; a < arcs.size; a++) {
            int at = next[arcs.tail[a]]++;
            for (int c = 0; c < turnClosedArcs.length; c++) {
                if ((arcs.closed[a] & (1 << c)) != 0) {
                    turnClosedArcs[c].set(at);
                }
            }
        }
        return graph;
    }

    /** Per class, why each arc into a split junction itself is closed (the arcs into its copies need none). */
    private List<Map<Integer, corridor.model.vehicle.AccessExclusion>> turnReasons() {
        List<Map<Integer, corridor.model.vehicle.AccessExclusion>> reasons = new java.util.ArrayList<>();
        for (int c = 0; c < turnClosedArcs.length; c++) {
            Map<Integer, corridor.model.vehicle.AccessExclusion> byArc = new HashMap<>();
            for (int a = turnClosedArcs[c].nextSetBit(0); a >= 0; a = turnClosedArcs[c].nextSetBit(a + 1)) {
                int link = topology.segment(a);
                int head = topology.head(a);
                if (head >= placeCount() - turns.copyCount()) {
                    continue; // an arc into a copy, closed to the classes the copy is not for
                }
                int move = 2 * link + (linkTo[link] == head ? 0 : 1);
                TurnSplit.Entrance entrance = turns.entrance(move);
                if (entrance != null) {
                    byArc.put(VehicleAccess.arcKey(a), TurnSplit.reason(roads, entrance, c));
                }
            }
            reasons.add(Map.copyOf(byArc));
        }
        return List.copyOf(reasons);
    }

    /**
     * The least hours, cost and CO2 per tonne that any link takes per great-circle km between its
     * end places. By the triangle inequality, great-circle distance to the target times these is
     * a lower bound on what remains, whatever the data.
     */
    private double[] goalBounds(int m) {
        double hours = Double.POSITIVE_INFINITY;
        double hoursLight = Double.POSITIVE_INFINITY;
        double cost = Double.POSITIVE_INFINITY;
        double co2 = Double.POSITIVE_INFINITY;
        for (int i = 0; i < m; i++) {
            double gc = gcKm(linkFrom[i], linkTo[i]);
            if (gc > 1e-9) {
                hours = Math.min(hours, (linkHours[i] + transferDwellFloor(i)) / gc);
                hoursLight = Math.min(hoursLight, (linkHours(i, VehicleClass.CAR) + transferDwellFloor(i)) / gc);
                cost = Math.min(cost, linkCostPerTonne[i] / gc);
                co2 = Math.min(co2, linkCo2PerTonne[i] / gc);
            }
        }
        return new double[] {finiteOrZero(hours), finiteOrZero(cost), finiteOrZero(co2), finiteOrZero(hoursLight)};
    }

    /**
     * The least dwell a search charges for taking link {@code i}: a transfer with a modal hub at an
     * end always has that hub's dwell added (the search's rules of a move), so its time is at least the smaller
     * dwell of its hub ends; 0 for other links. Counting it keeps the bound exact while a
     * zero-time transfer between hubs no longer brings the bound down to nothing.
     */
    private double transferDwellFloor(int i) {
        if (linkMode[i] != TRANSFER) {
            return 0;
        }
        boolean fromHub = has(linkFrom[i], HUB);
        boolean toHub = has(linkTo[i], HUB);
        if (fromHub && toHub) {
            return Math.min(dwellHours[linkFrom[i]], dwellHours[linkTo[i]]);
        }
        return fromHub ? dwellHours[linkFrom[i]] : toHub ? dwellHours[linkTo[i]] : 0;
    }

    private static double finiteOrZero(double value) {
        return Double.isFinite(value) ? value : 0;
    }

    /** The number of places (nodes). */
    public int placeCount() {
        return places.size();
    }

    /** The number of links in the graph (each gives two arcs). */
    public int linkCount() {
        return links.size();
    }

    /** The links the graph holds, after the status filter. */
    public List<Link> links() {
        return links;
    }

    public List<Place> places() {
        return places;
    }

    public RoutingParameters parameters() {
        return parameters;
    }

    public NetworkFilter filter() {
        return filter;
    }

    /** The node of a place id (or of an OSM junction, {@code osm-j<index>}), or -1. */
    public int placeIndex(String id) {
        int index = placeIndex.indexOf(id);
        return index >= 0 ? index : roads.nodeOfJunctionId(id);
    }

    /** The index of a link id (or of an OSM road segment, {@code osm-s<index>}) in {@link #links()}, or -1. */
    public int linkIndex(String id) {
        int index = linkIndex.indexOf(id);
        return index >= 0 ? index : roads.linkOfSegmentId(id);
    }

    /** Whether {@code node} is a junction of the OSM roads ({@code osm-j<index>}) rather than a place of the dataset. */
    public boolean isRoadJunction(int node) {
        return roads.isJunctionNode(node);
    }

    /** The street-level roads the graph holds ({@link RoadLayer#EMPTY} without any). */
    public RoadLayer roadLayer() {
        return roads.layer();
    }

    /**
     * The node of junction {@code junction} of {@link #roadLayer()}: the place joined to it, else its own
     * node ({@code osm-j<junction>}); its copies, when turn restrictions split it, are {@link #copiesOf} it.
     */
    public int junctionNode(int junction) {
        return roads.nodeOfJunction(junction);
    }

    /** The number of links that are OSM road segments (the last ones of {@link #links()}). */
    public int roadSegmentCount() {
        return links.size() - roads.roadBase();
    }

    /** Hours to travel link {@code link} (index into {@link #links()}). */
    public double linkHours(int link) {
        return linkHours[link];
    }

    /**
     * Hours for a vehicle of {@code vehicleClass} to travel link {@code link}: the speed model's
     * by class where it gives the link's speed, else the same for every vehicle.
     */
    public double linkHours(int link, VehicleClass vehicleClass) {
        return vehicleClass == VehicleClass.HEAVY_TRANSPORT || link >= linkHoursLight.length ? linkHours[link]
                : linkHoursLight[link];
    }

    /**
     * Where a link's speed comes from for {@code vehicleClass}, in a few words: the speed model's row,
     * the link's own typical speed, the mode's default, or the OSM tags.
     */
    public String speedSource(int link, VehicleClass vehicleClass) {
        if (link >= linkRoadKind.length) {
            return "OpenStreetMap: maxspeed:hgv or maxspeed tag, else the highway class's speed (roads.bin)";
        }
        if (linkRoadKind[link] >= 0) {
            return RoadSpeedModel.source(RoadKind.values()[linkRoadKind[link]], vehicleClass);
        }
        if ((linkFlags[link] & TRANSFER_AT_HUB) != 0) {
            return "none: counted in the hub's dwell";
        }
        if ((linkFlags[link] & SPEED_FROM_MODE) != 0) {
            return MODES[linkMode[link]].name().toLowerCase() + " default from modes.csv";
        }
        return "the link's own typical speed (links.geojson), for every vehicle";
    }

    /** The dataset's access rules (all of them, also those on links or places not in this graph). */
    public List<AccessRule> accessRules() {
        return accessRules;
    }

    /**
     * What the dataset's access rules and the OSM roads' {@code maxweight}, {@code maxheight} and {@code maxlength}
     * keep {@code vehicle} off in {@code month}. Rules on links or places not in this graph are
     * ignored (a link the network filter left out).
     */
    public VehicleAccess access(Vehicle vehicle, Month month) {
        // made once per vehicle and month: a route request asked it anew, and on streets it walks every
        // destination-only and limited segment
        return accessCache.get(new AccessKey(vehicle, month), key -> resolveAccess(key.vehicle(), key.month()));
    }

    /**
     * The timed access rules ({@link TimedAccess}) that bind {@code vehicle}, on no clock yet: made once per
     * vehicle, put on a departure's clock by {@link TimedAccess#of}.
     */
    TimedAccess timedRules(Vehicle vehicle) {
        return timedCache.get(vehicle, v -> TimedAccess.binding(this, v));
    }

    private record AccessKey(Vehicle vehicle, Month month) {
    }

    private VehicleAccess resolveAccess(Vehicle vehicle, Month month) {
        BitSet links = new BitSet();
        BitSet nodes = new BitSet();
        Map<Integer, corridor.model.vehicle.AccessExclusion> reasons = new HashMap<>();
        for (AccessRule rule : accessRules) {
            String reason = rule.excludes(vehicle, month);
            if (reason == null) {
                continue;
            }
            int link = linkIndex.indexOf(rule.subjectId());
            int node = link >= 0 ? -1 : placeIndex.indexOf(rule.subjectId());
            String name = link >= 0 ? links().get(link).name() : node >= 0 ? places.get(node).name() : null;
            var exclusion = new corridor.model.vehicle.AccessExclusion(rule.id(), rule.subjectId(), name, reason,
                    rule.provenance().sourceIds(), false);
            if (link >= 0 && !links.get(link)) {
                links.set(link);
                reasons.put(link, exclusion);
            } else if (node >= 0 && !nodes.get(node)) {
                nodes.set(node);
                reasons.put(-1 - node, exclusion);
            }
        }
        roads.blockByTags(vehicle, links, reasons);
        int c = vehicle.vehicleClass().ordinal();
        if (links.isEmpty() && nodes.isEmpty() && turnClosedArcs[c].isEmpty()) {
            return VehicleAccess.NONE;
        }
        return new VehicleAccess(links, nodes, reasons, turnClosedArcs[c], turnReasons.get(c));
    }

    /**
     * The destination-only streets ({@code hgv=destination} and the like, which {@link #access} closes to heavy
     * vehicles as through traffic) that a route starting or ending at {@code nodes} may use again: those joined,
     * street to street, to one of those nodes. Keys for {@link VehicleAccess#without}; empty for most nodes and on
     * graphs without such streets. Thread-safe (the streets' groups are found once, on first use).
     */
    public List<Integer> destinationStreets(int... nodes) {
        if (!roads.hasDestinationOnly()) {
            return List.of();
        }
        DestinationStreets groups = destinationStreets;
        if (groups == null) {
            groups = new DestinationStreets(this);
            destinationStreets = groups;
        }
        return groups.at(nodes);
    }

    /** Whether {@code link} is a street heavy vehicles may use only to reach a destination on it. */
    public boolean isDestinationOnly(int link) {
        return roads.isDestinationOnly(link);
    }

    /**
     * The node a route ending at {@code node} ends at: a junction for the copies turn restrictions
     * made of it (see {@link #copiesOf}), else the node itself.
     */
    public int canonicalNode(int node) {
        return turns.original(node);
    }

    /**
     * The copies of a junction node that its turn restrictions made: nodes at the same place, each
     * entered by a restricted approach and left only by the moves allowed from it. A route to the
     * junction may end at any of them; a place avoided is avoided with them. Empty for most nodes;
     * the array is shared and must not be changed.
     */
    public int[] copiesOf(int node) {
        return turns.copiesOf(node);
    }

    /**
     * The arcs turn restrictions close to a vehicle of {@code vehicleClass} (a copy: the caller may change it).
     * {@link #access} blocks them too, with the restriction as the reason where the arc is the unrestricted one.
     */
    public BitSet turnClosedArcs(VehicleClass vehicleClass) {
        return (BitSet) turnClosedArcs[vehicleClass.ordinal()].clone();
    }

    /** Turn restrictions of the road layer that the graph does not apply (at a place's node, on a closed segment). */
    public int turnRestrictionsNotApplied() {
        return turns.notApplied();
    }

    /** The node at the start of a link's geometry. */
    public int linkFrom(int link) {
        return linkFrom[link];
    }

    /** The node at the end of a link's geometry. */
    public int linkTo(int link) {
        return linkTo[link];
    }

    /** The risk points of a link (see {@link RiskModel}). */
    public double linkRisk(int link) {
        return linkRisk[link];
    }

    /** The place of a node (a record made on demand for an OSM junction). */
    public Place place(int node) {
        return places.get(node);
    }

    private boolean has(int node, int flag) {
        return (placeFlags[node] & flag) != 0;
    }

    /** Latitude of a node, in degrees (WGS 84). */
    public double latitude(int node) {
        return lat[node];
    }

    /** Longitude of a node, in degrees (WGS 84). */
    public double longitude(int node) {
        return lon[node];
    }

    /** Great-circle distance between two nodes, in km. */
    public double gcKm(int a, int b) {
        return GreatCircle.distanceKm(lat[a], lon[a], lat[b], lon[b]);
    }

    /**
     * The graph's arcs, which every search walks: the arcs leaving node u are {@code firstArc(u)} to
     * {@code endArc(u) - 1}; an arc's segment is the link it travels (index into {@link #links()}), backwards
     * when against the link's geometry; its length the link's km ({@link #linkKm}). Nodes below
     * {@link #placeCount()}, junction copies of turn restrictions included.
     */
    public CompactGraph topology() {
        return topology;
    }

    /** The mode of a link, as the ordinal of its {@link Mode}. */
    public int linkModeIndex(int link) {
        return linkMode[link];
    }

    /** Length of a link, in km. */
    public double linkKm(int link) {
        return linkKm[link];
    }

    /** US dollars to move one tonne along a link (0 when unknown: see {@link #linkNotes}). */
    public double linkCostUsdPerTonne(int link) {
        return linkCostPerTonne[link];
    }

    /** kg of CO2 to move one tonne along a link (0 when unknown: see {@link #linkNotes}). */
    public double linkCo2KgPerTonne(int link) {
        return linkCo2PerTonne[link];
    }

    /**
     * Where a link's values came from when not from its record ("speed: road default from
     * modes.csv", "cost: unknown, not counted"); an immutable list, empty when all are its own.
     */
    public List<String> linkNotes(int link) {
        return linkNotes.of(linkFlags[link], MODES[linkMode[link]]);
    }

    /** Whether goods may change mode at a node: a seaport, dry port or rail terminal. */
    public boolean isModalHub(int node) {
        return has(node, HUB);
    }

    /** Whether passing a node is a border crossing, with its time and fees. */
    public boolean isBorder(int node) {
        return has(node, BORDER);
    }

    /** Whether a node has an opening calendar ({@link #calendar}). */
    public boolean hasCalendar(int node) {
        return has(node, SEASONAL);
    }

    /** The opening calendar of a node, or {@code null} when it is always open. */
    public OpeningCalendar calendar(int node) {
        return calendars[node];
    }

    /** Dwell at a modal hub, in hours (the default when none is published); 0 elsewhere. */
    public double dwellHours(int node) {
        return dwellHours[node];
    }

    /** Whether a hub's dwell is {@link RoutingParameters#defaultDwellHours()} for want of a published one. */
    public boolean dwellIsDefault(int node) {
        return has(node, DWELL_DEFAULT);
    }

    /** Handling at a modal hub, in US dollars per tonne (0 when unknown or elsewhere). */
    public double handlingUsdPerTonne(int node) {
        return handlingUsdPerTonne[node];
    }

    /** Whether a hub's handling cost is unknown (and counted as 0). */
    public boolean handlingUnknown(int node) {
        return has(node, HANDLING_UNKNOWN);
    }

    /** Time to cross at a border, in hours (the default when none is published); 0 elsewhere. */
    public double crossingHours(int node) {
        return crossingHours[node];
    }

    /** Whether a border's crossing time is {@link RoutingParameters#defaultCrossingHours()} for want of a published one. */
    public boolean crossingIsDefault(int node) {
        return has(node, CROSSING_DEFAULT);
    }

    /** Fees at a border, in US dollars per tonne (0 when unknown or elsewhere). */
    public double feeUsdPerTonne(int node) {
        return feeUsdPerTonne[node];
    }

    /** Whether a border's fees are unknown (and counted as 0). */
    public boolean feeUnknown(int node) {
        return has(node, FEE_UNKNOWN);
    }

    /** The least hours any link takes per great-circle km: the A* bound on time (heavy transport vehicles). */
    public double hoursPerGcKm() {
        return hoursPerGcKm;
    }

    /** The least hours any link takes per great-circle km for a vehicle of {@code vehicleClass}. */
    public double hoursPerGcKm(VehicleClass vehicleClass) {
        return vehicleClass == VehicleClass.HEAVY_TRANSPORT ? hoursPerGcKm : hoursPerGcKmLight;
    }

    /** The least US dollars per tonne any link takes per great-circle km. */
    public double costPerTonneGcKm() {
        return costPerTonneGcKm;
    }

    /** The least kg of CO2 per tonne any link takes per great-circle km. */
    public double co2PerTonneGcKm() {
        return co2PerTonneGcKm;
    }

    /** Whether a link id names a segment of the OSM road layer ({@code osm-s<index>}), which tables merge by road. */
    public static boolean isRoadSegmentId(String linkId) {
        return linkId.startsWith(RoadPart.SEGMENT_PREFIX);
    }

    /**
     * The index in the dataset's {@link RoadLayer} of the segment a link id names ({@code osm-s<index>}),
     * or -1 when the id names no road segment (a corridor link, a connector).
     */
    public static int roadSegmentOf(String linkId) {
        return RoadPart.segmentOfId(linkId);
    }

    /** Whether a place id names a junction of the OSM road layer ({@code osm-j<index>}) rather than a dataset place. */
    public static boolean isRoadJunctionId(String placeId) {
        return placeId.startsWith(RoadPart.JUNCTION_PREFIX) && RoadPart.junctionOfId(placeId) >= 0;
    }

    /**
     * Bytes of heap held by the graph's own arrays and id indexes (array headers included, 16
     * bytes each), not counting the dataset's records it refers to for names and geometry.
     */
    public long arrayBytes() {
        long bytes = 0;
        for (double[] a : new double[][] {lat, lon, dwellHours, handlingUsdPerTonne, crossingHours, feeUsdPerTonne,
                linkKm, linkHours, linkHoursLight, linkCostPerTonne, linkCo2PerTonne, linkRisk}) {
            bytes += 16 + 8L * a.length;
        }
        for (int[] a : new int[][] {linkFrom, linkTo}) {
            bytes += 16 + 4L * a.length;
        }
        bytes += topology.arrayBytes();
        bytes += 16 + placeFlags.length + 16 + linkMode.length + 16 + linkFlags.length + 16 + linkRoadKind.length;
        bytes += 16 + 4L * calendars.length;
        for (BitSet closed : turnClosedArcs) {
            bytes += 16 + closed.size() / 8;
        }
        return bytes + placeIndex.bytes() + linkIndex.bytes() + roads.arrayBytes();
    }
}
