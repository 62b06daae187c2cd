package corridor.monitor;

import corridor.model.Dataset;
import corridor.model.InputException;
import corridor.monitor.indicator.Aggregates;
import corridor.monitor.ingest.CargoRecord;
import corridor.monitor.ingest.CostRecord;
import corridor.monitor.ingest.MonitorSettings;
import corridor.monitor.ingest.Ping;
import corridor.monitor.ingest.PingSink;
import corridor.monitor.ingest.RejectReason;
import corridor.monitor.ingest.Rejection;
import corridor.monitor.match.RoadMatcher;
import corridor.monitor.match.RoadNetwork;
import corridor.monitor.track.TrackPoint;
import corridor.monitor.track.TrackSink;
import corridor.monitor.track.VehicleStream;
import corridor.monitor.trip.HubLocator;
import corridor.monitor.trip.RoadTraversals;
import corridor.monitor.trip.SectionMatcher;
import corridor.monitor.trip.TripAnalyzer;
import corridor.monitor.trip.TripResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The monitoring engine: receives pings from a reader (it is their {@link PingSink}), checks,
 * orders, cuts, matches and analyses them per vehicle, and keeps the {@link Aggregates}.
 *
 * <p>Memory is bounded by the fleet, not by the input: per vehicle, the pings of one reorder
 * window and the track points of the current trip. A fully unsorted input of unbounded length
 * would need an external sort first ({@code sort -t, -k1,1 -k2,2} on a CSV with one zone); pings
 * older than a vehicle's released pings are rejected as {@link RejectReason#OUT_OF_ORDER}, never
 * dropped silently.
 *
 * <p>Not thread-safe: one engine per thread; merge their aggregates.
 */
public final class MonitorEngine implements PingSink {

    private final MonitorSettings settings;
    private final RoadMatcher matcher;
    private final TripAnalyzer analyzer;
    /** Passes found on the dataset's OSM roads, or null when it has none. */
    private final RoadTraversals roads;
    private final Map<String, VehicleStream> vehicles = new HashMap<>();
    private final Map<String, List<CostRecord>> costsByVehicle = new HashMap<>();
    private final Map<String, List<CargoRecord>> cargoByVehicle = new HashMap<>();
    private final SectionMatcher sections;
    private final TrackSink tracks = new Tracks();
    private long cargoRecords;
    private long attributedCargo;
    private long costRecords;
    private long attributedCosts;
    private final Aggregates aggregates = new Aggregates();
    private final boolean strict;
    private Consumer<Rejection> rejectionListener = r -> { };
    private Consumer<TripResult> tripListener = t -> { };
    private String input = "input";
    private boolean finished;

    /**
     * @param network  the prepared road network of the dataset (shareable between engines)
     * @param dataset  the dataset the network was built from (for hubs)
     * @param settings thresholds
     * @param strict   whether the first rejected ping stops ingestion with an {@link InputException}
     */
    public MonitorEngine(RoadNetwork network, Dataset dataset, MonitorSettings settings, boolean strict) {
        this.settings = settings;
        this.strict = strict;
        this.matcher = new RoadMatcher(network.matchNetwork(), RoadMatcher.Settings.corridor(settings));
        this.analyzer = new TripAnalyzer(network, new HubLocator(dataset, network, settings), settings);
        this.sections = new SectionMatcher(dataset.sections());
        this.roads = dataset.roads().isEmpty() ? null : new RoadTraversals(dataset, settings);
    }

    /** An engine with its own network. */
    public MonitorEngine(Dataset dataset, MonitorSettings settings, boolean strict) {
        this(new RoadNetwork(dataset, settings.candidateRadiusKm()), dataset, settings, strict);
    }

    /** Calls {@code listener} with every rejected ping (to print or write them). */
    public MonitorEngine onRejection(Consumer<Rejection> listener) {
        this.rejectionListener = listener;
        return this;
    }

    /** Calls {@code listener} with every analysed trip. */
    public MonitorEngine onTrip(Consumer<TripResult> listener) {
        this.tripListener = listener;
        return this;
    }

    /** Cost records to attribute to trips and border crossings. */
    public MonitorEngine withCosts(List<CostRecord> costs) {
        for (CostRecord cost : costs) {
            costsByVehicle.computeIfAbsent(cost.vehicleId(), v -> new ArrayList<>()).add(cost);
        }
        costRecords += costs.size();
        return this;
    }

    /** Cargo records: the cargo of the trips that span their times (for TFI3). */
    public MonitorEngine withCargo(List<CargoRecord> cargo) {
        for (CargoRecord record : cargo) {
            cargoByVehicle.computeIfAbsent(record.vehicleId(), v -> new ArrayList<>()).add(record);
        }
        cargoRecords += cargo.size();
        return this;
    }

    /** Cargo records that fell within no trip of their vehicle (after {@link #finish}): counted, not used. */
    public long unattributedCargoRecords() {
        return cargoRecords - attributedCargo;
    }

    /** Names the input the following pings come from, for rejections found later (teleports). */
    public void beginInput(String name) {
        this.input = name;
    }

    @Override
    public void accept(Ping ping) {
        if (finished) {
            throw new IllegalStateException("the engine has finished");
        }
        vehicles.computeIfAbsent(ping.vehicleId(), v -> new VehicleStream(v, settings, tracks)).add(ping);
    }

    @Override
    public void reject(Rejection rejection) {
        aggregates.countRejected(rejection.reason());
        rejectionListener.accept(rejection);
        if (strict) {
            throw new InputException(rejection.where() + " line " + rejection.line(), rejection.reason().label(),
                    rejection.detail());
        }
    }

    /** Processes every buffered ping and open trip; returns the aggregates. */
    public Aggregates finish() {
        if (!finished) {
            finished = true;
            for (VehicleStream stream : vehicles.values()) {
                stream.finish();
            }
            vehicles.clear();
        }
        return aggregates;
    }

    /** Cost records that fell within no trip of their vehicle (after {@link #finish}): counted, not used. */
    public long unattributedCostRecords() {
        return costRecords - attributedCosts;
    }

    /** Pings waiting in reorder buffers now. */
    public long bufferedPings() {
        return vehicles.values().stream().mapToLong(VehicleStream::buffered).sum();
    }

    /** What the vehicles' streams find: counted, rejected with the current input's name, or analysed. */
    private final class Tracks implements TrackSink {

        @Override
        public void accepted(Ping ping) {
            aggregates.countAccepted();
        }

        @Override
        public void rejected(Ping ping, RejectReason reason, String detail) {
            reject(new Rejection(input, ping.line(), ping.vehicleId(), reason, detail));
        }

        @Override
        public void trip(String vehicleId, List<TrackPoint> points) {
            analyse(vehicleId, points);
        }
    }

    private void analyse(String vehicleId, List<TrackPoint> points) {
        TripResult result = analyzer.analyze(vehicleId, points, matcher.matchTrack(points));
        if (roads != null) {
            result = roads.refine(result, points);
        }
        if (result.originId().isEmpty()) {
            aggregates.countUnmatchedTrip();
        }
        long from = points.get(0).startEpochSecond();
        long to = points.get(points.size() - 1).endEpochSecond();
        List<CostRecord> costs = during(costsByVehicle.get(vehicleId), CostRecord::epochSecond, from, to);
        List<CargoRecord> cargo = during(cargoByVehicle.get(vehicleId), CargoRecord::epochSecond, from, to);
        attributedCargo += cargo.size();
        Double cargoTonnes = cargo.isEmpty() ? null : cargo.stream().mapToDouble(CargoRecord::cargoTonnes).sum();
        attributedCosts += aggregates.addTrip(result, sections.passes(result.traversals()), costs, cargoTonnes);
        tripListener.accept(result);
    }

    private static <T> List<T> during(List<T> all, java.util.function.ToLongFunction<T> time, long from, long to) {
        if (all == null) {
            return List.of();
        }
        return all.stream().filter(c -> time.applyAsLong(c) >= from && time.applyAsLong(c) <= to).toList();
    }
}
