package corridor.monitor.simulate;

import corridor.model.Dataset;
import corridor.model.geo.GreatCircle;
import corridor.model.network.Link;
import corridor.model.network.Mode;
import corridor.model.network.ModeDefaults;
import corridor.model.network.OpeningCalendar;
import corridor.model.network.Place;
import corridor.model.network.PlaceKind;
import corridor.monitor.ingest.MonitorSettings;
import corridor.monitor.match.RoadNetwork;
import corridor.monitor.trip.HubKind;
import corridor.monitor.trip.HubLocator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Simulates a fleet of trucks driving the corridor's road network and reports what their GPS
 * trackers would send, together with the ground truth of what happened.
 *
 * <p>Each truck repeats: dwell at a port or terminal (loading), drive the shortest road path to
 * another port or terminal, stopping at every border crossing on the way, resting on the road,
 * dwell at the destination
 * (unloading), tracker off for 12 to 36 hours. Drivers follow driving-time rules (EU Regulation
 * 561/2006's break rule): a break of 45 minutes after 4.5 hours of driving, and a daily rest of 9
 * hours after 11 hours of driving (calibrated to CPMM); a long enough hub stay counts as either. A
 * link's open-road speed is its own typical speed, else by terrain and road class
 * ({@link RoadSpeeds}: calibration parameters), else the road mode's default times a calibrated
 * open-road factor; a per-trip factor of ±10% applies, and speed is halved within 15 km of a city
 * (urban traffic). Dwell and crossing times come from the dataset, else the documented defaults,
 * drawn log-normally around them; at a border crossing the truck first waits for the gate to open
 * on a day the calendar opens it, and the time to clear depends on the hour and on whether the
 * day before was closed ({@link BorderQueue}). A trip that would reach a border crossing the
 * calendar keeps closed for more than a few days is not started (the truck takes another
 * destination or waits a day).
 *
 * <p>The tracker pings every {@code movingPingSeconds} while driving and every
 * {@code stationaryPingSeconds} while stopped, and on arrival and departure; it adds Gaussian
 * noise and drops out for a few minutes now and then while driving. Pure and deterministic: the
 * same dataset and settings give the same pings.
 */
public final class FleetSimulator {

    /** Receives simulated pings, in time order per truck, truck after truck. */
    public interface PingOutput {
        void ping(String vehicleId, long epochSecond, double latitude, double longitude, double speedKmh);
    }

    /** The break rule of EU Regulation 561/2006 (Art. 7): a 45-minute break after 4.5 h of driving. */
    static final double BREAK_AFTER_SECONDS = 4.5 * 3600;
    /** The break, seconds (plus up to a quarter of an hour). */
    static final double BREAK_SECONDS = 45 * 60;
    /**
     * Driving between daily rests: 11 h, calibrated to CPMM's speed with delay (the EU allows 9 h,
     * 10 h twice a week; Pakistan's truck drivers drive longer, see monitor/INDICATORS.md).
     */
    static final double DAILY_DRIVING_SECONDS = 11 * 3600;
    /** The daily rest, seconds (plus up to an hour): 9 h, the EU's reduced daily rest (Art. 8). */
    static final double DAILY_REST_SECONDS = 9 * 3600;
    /** Within this distance of a city, trucks meet urban traffic, km (a simulator default, not a fact). */
    static final double CITY_RADIUS_KM = corridor.model.vehicle.RoadSpeedModel.CITY_RADIUS_KM;
    /** Speed near a city relative to the open road (a simulator default, not a fact). */
    static final double CITY_SPEED_FACTOR = corridor.model.vehicle.RoadSpeedModel.CITY_SPEED_FACTOR;
    /**
     * Open-road speed relative to the road mode's default speed (CPMM's overall SWOD, cities
     * included), for a road link with no speed, road class nor terrain of its own (a calibration
     * parameter, monitor/INDICATORS.md, "The simulator against CPMM").
     */
    static final double OPEN_ROAD_FACTOR = 1.22;
    /**
     * A stay cut by the end of the simulation shorter than this, seconds, is left out of the truth of
     * an unfinished trip: the monitor's shortest stop ({@code MonitorSettings} default, 10 minutes).
     */
    static final long MIN_SHOWN_STAY_SECONDS = 600;
    /** A trip whose border crossing the calendar keeps closed longer than this, days, is not started. */
    static final int MAX_PLANNED_BORDER_WAIT_DAYS = 3;

    private final Dataset dataset;
    private final SimulationSettings settings;
    private final RoadNetwork network;
    private final HubLocator hubs;
    private final Map<String, Place> places;
    private final List<Integer> endpointHubs = new ArrayList<>();
    private final double modeSpeedKmh;
    private final List<corridor.model.geo.GeoPoint> cities = new ArrayList<>();

    public FleetSimulator(Dataset dataset, SimulationSettings settings) {
        this.dataset = dataset;
        this.settings = settings;
        MonitorSettings defaults = MonitorSettings.defaults(0);
        this.network = new RoadNetwork(dataset, defaults.candidateRadiusKm());
        this.hubs = new HubLocator(dataset, network, defaults);
        this.places = dataset.placesById();
        ModeDefaults road = dataset.modeDefaults().get(Mode.ROAD);
        this.modeSpeedKmh = road != null && road.speedKmh() != null ? road.speedKmh() : SimulationSettings.DEFAULT_SPEED_KMH;
        for (Place place : dataset.places()) {
            if (place.kind() == corridor.model.network.PlaceKind.CITY) {
                cities.add(place.location());
            }
        }
        for (int h = 0; h < hubs.size(); h++) {
            if (hubs.kind(h) != HubKind.BORDER_CROSSING && !nodesAt(hubs.hub(h).id()).isEmpty()) {
                endpointHubs.add(h);
            }
        }
    }

    /** Runs the whole simulation, reporting the truth of the trips the pings show to their end. */
    public void run(PingOutput pings, Consumer<TruthTrip> truth) {
        run(pings, truth, unfinished -> { });
    }

    /**
     * Runs the whole simulation.
     *
     * @param truth      the truth of every trip the pings show to its end
     * @param unfinished the truth of the trips still under way when the simulation ends, cut at
     *                   its end ({@link TruthTrip#finished()} false): the links left and the hub
     *                   stays begun before the end, stays cut at the end
     */
    public void run(PingOutput pings, Consumer<TruthTrip> truth, Consumer<TruthTrip> unfinished) {
        if (endpointHubs.size() < 2) {
            throw new corridor.model.InputException("dataset " + dataset.name(), "places",
                    "needs at least two ports or terminals on road links to simulate trips");
        }
        for (int truck = 0; truck < settings.trucks(); truck++) {
            SplittableRandom random = new SplittableRandom(settings.seed() * 0x9E3779B97F4A7C15L + truck);
            new Truck(String.format("truck-%04d", truck + 1), random, pings, truth, unfinished).run();
        }
    }

    private List<Integer> nodesAt(String placeId) {
        List<Integer> nodes = new ArrayList<>();
        for (int link = 0; link < network.linkCount(); link++) {
            for (int end = 0; end < 2; end++) {
                if (network.endPlace(link, end).equals(placeId)) {
                    nodes.add(2 * link + end);
                }
            }
        }
        return nodes;
    }

    /** The shortest node path between any link end at one place and any at another, or null. */
    private List<Integer> route(String from, String to) {
        double best = Double.POSITIVE_INFINITY;
        int[] pair = null;
        for (int a : nodesAt(from)) {
            for (int b : nodesAt(to)) {
                double d = network.nodeDistanceKm(a, b);
                if (d < best) {
                    best = d;
                    pair = new int[]{a, b};
                }
            }
        }
        return pair == null ? null : network.nodePath(pair[0], pair[1]);
    }

    /**
     * The places a trip between two places of one country must not pass: those of every other
     * country. A carrier does not take a domestic load abroad (through two customs posts) because
     * the road there is a few kilometres shorter. Empty for a trip between two countries.
     */
    private Set<String> abroad(String from, String to) {
        String country = places.get(from).country();
        if (country == null || !country.equals(places.get(to).country())) {
            return Set.of();
        }
        Set<String> abroad = new java.util.HashSet<>();
        for (Place place : dataset.places()) {
            if (place.country() != null && !place.country().equals(country)) {
                abroad.add(place.id());
            }
        }
        return abroad;
    }

    /** The shortest node path between the two places that passes none of {@code closed}, or null. */
    private List<Integer> routeAvoiding(String from, String to, Set<String> closed) {
        java.util.BitSet blocked = new java.util.BitSet();
        closed.forEach(id -> nodesAt(id).forEach(blocked::set));
        double best = Double.POSITIVE_INFINITY;
        List<Integer> bestPath = null;
        double[] km = new double[1];
        for (int a : nodesAt(from)) {
            for (int b : nodesAt(to)) {
                List<Integer> path = network.nodePathAvoiding(a, b, blocked, km);
                if (path != null && km[0] < best) {
                    best = km[0];
                    bestPath = path;
                }
            }
        }
        return bestPath;
    }

    /** Open road (1), or urban traffic within {@link #CITY_RADIUS_KM} of a city. */
    private double speedFactor(double lat, double lon) {
        return corridor.model.vehicle.RoadSpeedModel.cityFactor(lat, lon, cities);
    }

    private double speedKmh(Link link) {
        ModeDefaults mode = dataset.modeDefaults().get(link.mode());
        double unknown = (mode != null && mode.speedKmh() != null ? mode.speedKmh() : modeSpeedKmh) * OPEN_ROAD_FACTOR;
        return RoadSpeeds.openRoadKmh(link, unknown);
    }

    private double typicalHours(Place place, HubKind kind) {
        return switch (kind) {
            case BORDER_CROSSING -> place.border() != null && place.border().crossingHours() != null
                    ? place.border().crossingHours()
                    : place.hub() != null && place.hub().dwellHours() != null
                    ? place.hub().dwellHours() : SimulationSettings.DEFAULT_CROSSING_HOURS;
            case PORT -> place.hub() != null && place.hub().dwellHours() != null
                    ? place.hub().dwellHours() : SimulationSettings.DEFAULT_PORT_DWELL_HOURS;
            case TERMINAL -> place.hub() != null && place.hub().dwellHours() != null
                    ? place.hub().dwellHours() : SimulationSettings.DEFAULT_TERMINAL_DWELL_HOURS;
        };
    }

    /** One truck's life. */
    private final class Truck {
        private final String id;
        private final SplittableRandom random;
        private final PingOutput out;
        private final Consumer<TruthTrip> truth;
        private final Consumer<TruthTrip> unfinished;
        private final long end;
        private double t;
        private double nextPing;
        private double gapUntil = -1;
        private long lastEmitSecond = Long.MIN_VALUE;
        private double lat;
        private double lon;
        private double drivingSinceRest;
        private double drivingToday;
        // truth of the trip in progress
        private final List<TruthTrip.Link> links = new ArrayList<>();
        private final List<TruthTrip.Dwell> dwells = new ArrayList<>();
        private double tripMoving;
        private double tripDistance;
        private int tripRests;
        private double legMoving;
        private double legStops;

        Truck(String id, SplittableRandom random, PingOutput out, Consumer<TruthTrip> truth,
              Consumer<TruthTrip> unfinished) {
            this.unfinished = unfinished;
            this.id = id;
            this.random = random;
            this.out = out;
            this.truth = truth;
            this.t = settings.startEpochSecond() + random.nextDouble() * 86400;
            this.end = settings.startEpochSecond() + settings.days() * 86400L;
        }

        void run() {
            int hub = endpointHubs.get(random.nextInt(endpointHubs.size()));
            while (t < end) {
                Plan plan = plan(hub);
                if (plan == null) {
                    t += 86400;
                    continue;
                }
                trip(hub, plan);
                hub = plan.destination;
                t += (12 + random.nextDouble() * 24) * 3600;
                drivingSinceRest = 0; // the time off is longer than a daily rest
                drivingToday = 0;
            }
        }

        /** A destination and path whose border crossings are open when the truck would reach them. */
        private Plan plan(int origin) {
            for (int attempt = 0; attempt < 20; attempt++) {
                int dest = endpointHubs.get(random.nextInt(endpointHubs.size()));
                if (dest == origin) {
                    continue;
                }
                String from = hubs.hub(origin).id();
                String to = hubs.hub(dest).id();
                Set<String> abroad = abroad(from, to);
                List<Integer> path = abroad.isEmpty() ? route(from, to) : routeAvoiding(from, to, abroad);
                Set<String> closedPasses = path == null ? Set.of() : closedPasses(path);
                if (!closedPasses.isEmpty()) {
                    Set<String> avoid = new java.util.HashSet<>(abroad);
                    avoid.addAll(closedPasses);
                    path = routeAvoiding(from, to, avoid);
                }
                if (path == null || !bordersOpen(path)) {
                    continue;
                }
                return new Plan(dest, path);
            }
            return null;
        }

        /** Mountain passes (road junctions with a calendar) on the path that are closed when the truck would reach them. */
        private Set<String> closedPasses(List<Integer> path) {
            Set<String> closed = new java.util.LinkedHashSet<>();
            placesOnPath(path, (place, day) -> {
                if (place.kind() == PlaceKind.ROAD_JUNCTION && !place.calendar().rules().isEmpty()
                        && !place.calendar().isOpen(day)) {
                    closed.add(place.id());
                }
                return true;
            });
            return closed;
        }

        private boolean bordersOpen(List<Integer> path) {
            return placesOnPath(path, (place, day) -> hubs.kindOf(place.id()) != HubKind.BORDER_CROSSING
                    || place.calendar().nextOpenDay(day, MAX_PLANNED_BORDER_WAIT_DAYS).isPresent());
        }

        /**
         * Visits each place the path passes from one link to another with the day the truck would
         * reach it (an origin dwell of about a day, then some 40 km/h overall); stops, returning
         * false, at the first visit that returns false.
         */
        private boolean placesOnPath(List<Integer> path, java.util.function.BiPredicate<Place, LocalDate> visit) {
            double km = 0;
            for (int k = 0; k + 1 < path.size(); k++) {
                int u = path.get(k);
                int v = path.get(k + 1);
                if (u / 2 == v / 2) {
                    km += network.lengthKm(u / 2);
                } else {
                    Place place = places.get(network.endPlace(v / 2, v & 1));
                    long when = (long) (t + 86400 + km / 40 * 3600);
                    if (place != null && !visit.test(place, LocalDate.ofEpochDay(Math.floorDiv(when, 86400L)))) {
                        return false;
                    }
                }
            }
            return true;
        }

        private void trip(int origin, Plan plan) {
            links.clear();
            dwells.clear();
            tripMoving = 0;
            tripDistance = 0;
            tripRests = 0;
            List<Integer> path = plan.path;
            int firstNode = path.get(0);
            lat = network.endLat(firstNode);
            lon = network.endLon(firstNode);
            Place originPlace = hubs.hub(origin);
            stayAtHub(originPlace, hubs.kind(origin));
            long departure = Math.round(t);
            double factor = Math.max(0.8, Math.min(1.2, 1 + random.nextGaussian() * 0.1));
            nextPing = t + settings.movingPingSeconds();
            for (int k = 0; k + 1 < path.size(); k++) {
                int u = path.get(k);
                int v = path.get(k + 1);
                if (u / 2 == v / 2) {
                    driveLink(u / 2, (u & 1) == 0, factor);
                } else {
                    Place place = places.get(network.endPlace(u / 2, u & 1));
                    if (place != null && hubs.kindOf(place.id()) == HubKind.BORDER_CROSSING && k > 0) {
                        stayAtHub(place, HubKind.BORDER_CROSSING);
                        nextPing = t + settings.movingPingSeconds();
                    }
                    drive(network.endLat(u), network.endLon(u), network.endLat(v), network.endLon(v),
                            modeSpeedKmh * OPEN_ROAD_FACTOR * factor, false);
                }
            }
            long arrival = Math.round(t);
            Place destination = hubs.hub(plan.destination);
            stayAtHub(destination, hubs.kind(plan.destination));
            if (t > end) {
                // not seen to the end: what the pings show of it, cut at the end
                List<TruthTrip.Link> shown = links.stream().filter(l -> l.exitEpochSecond() <= end).toList();
                // a stay begun just before the end shows in no ping as a stop: it is not in what they show
                List<TruthTrip.Dwell> stays = dwells.stream()
                        .filter(d -> Math.min(d.dwellSeconds(), end - d.startEpochSecond()) >= MIN_SHOWN_STAY_SECONDS)
                        .map(d -> new TruthTrip.Dwell(d.placeId(), d.kind(), d.startEpochSecond(),
                                Math.min(d.dwellSeconds(), end - d.startEpochSecond()))).toList();
                unfinished.accept(new TruthTrip(id, originPlace.id(), destination.id(), departure, -1,
                        shown.stream().mapToDouble(TruthTrip.Link::movingSeconds).sum(),
                        shown.stream().mapToDouble(TruthTrip.Link::distanceKm).sum(), shown, stays, tripRests));
                return;
            }
            truth.accept(new TruthTrip(id, originPlace.id(), destination.id(), departure, arrival, tripMoving,
                    tripDistance, links, dwells, tripRests));
        }

        private void driveLink(int link, boolean forward, double factor) {
            Link road = network.link(link);
            double speed = speedKmh(road) * factor;
            double entry = t;
            legMoving = 0;
            legStops = 0;
            double before = tripDistance;
            // the geometry is a simplified line, shorter than the road: the truck moves along it but
            // takes the road's own length (what the router counts), so each km of line is stretched
            double geometryKm = road.geometry().lengthKm();
            double roadKmPerLineKm = geometryKm > 0 ? road.lengthKm() / geometryKm : 1;
            List<corridor.model.geo.GeoPoint> points = road.geometry().points();
            int m = points.size();
            for (int j = 0; j + 1 < m; j++) {
                corridor.model.geo.GeoPoint a = points.get(forward ? j : m - 1 - j);
                corridor.model.geo.GeoPoint b = points.get(forward ? j + 1 : m - 2 - j);
                drive(a.latitude(), a.longitude(), b.latitude(), b.longitude(), speed, roadKmPerLineKm, true);
            }
            links.add(new TruthTrip.Link(network.link(link).id(), Math.round(entry), Math.round(t), legMoving, legStops,
                    tripDistance - before));
        }

        /** Drives a straight segment, pinging and resting on the way. */
        private void drive(double lat1, double lon1, double lat2, double lon2, double speedKmh, boolean onLink) {
            drive(lat1, lon1, lat2, lon2, speedKmh, 1, onLink);
        }

        /**
         * Drives a straight segment that stands for {@code roadKmPerLineKm} times its length of road
         * (a link's simplified geometry), at {@code speedKmh} along the road.
         */
        private void drive(double lat1, double lon1, double lat2, double lon2, double speedKmh, double roadKmPerLineKm,
                           boolean onLink) {
            double km = GreatCircle.distanceKm(lat1, lon1, lat2, lon2);
            double doneKm = 0;
            while (doneKm < km) {
                double roadSpeed = speedKmh * speedFactor(lat, lon);
                double speed = roadSpeed / roadKmPerLineKm;
                double toPing = nextPing - t;
                double toRest = Math.min(BREAK_AFTER_SECONDS - drivingSinceRest, DAILY_DRIVING_SECONDS - drivingToday);
                double step = Math.min((km - doneKm) / speed * 3600, Math.min(Math.max(0, toPing), Math.max(0, toRest)));
                doneKm = Math.min(km, doneKm + speed * step / 3600);
                t += step;
                drivingSinceRest += step;
                drivingToday += step;
                tripMoving += step;
                if (onLink) {
                    legMoving += step;
                }
                double f = km == 0 ? 1 : doneKm / km;
                lat = lat1 + (lat2 - lat1) * f;
                lon = lon1 + (lon2 - lon1) * f;
                if (t >= nextPing) {
                    movingPing(roadSpeed);
                }
                if (drivingSinceRest >= BREAK_AFTER_SECONDS || drivingToday >= DAILY_DRIVING_SECONDS) {
                    if (hubs.hubWithin(lat, lon, 1) >= 0) {
                        // not at a hub nor at the edge of one (where a rest would read as a hub stay):
                        // rest ten minutes of driving later
                        drivingSinceRest = Math.min(drivingSinceRest, BREAK_AFTER_SECONDS - 600);
                        drivingToday = Math.min(drivingToday, DAILY_DRIVING_SECONDS - 600);
                    } else {
                        rest(onLink);
                    }
                }
            }
            tripDistance += km * roadKmPerLineKm;
        }

        private void movingPing(double speedKmh) {
            if (t >= gapUntil) {
                emit(speedKmh * (1 + random.nextGaussian() * 0.05));
                double chance = settings.gapsPerDrivingHour() * settings.movingPingSeconds() / 3600.0;
                if (settings.maxGapMinutes() > 0 && random.nextDouble() < chance) {
                    gapUntil = t + (5 + random.nextDouble() * Math.max(0, settings.maxGapMinutes() - 5)) * 60;
                }
            }
            double jitter = settings.movingPingSeconds() * 0.1 * (random.nextDouble() - 0.5);
            nextPing = t + settings.movingPingSeconds() + jitter;
        }

        /** A break, or the daily rest once the day's driving is done (EU Regulation 561/2006). */
        private void rest(boolean onLink) {
            tripRests++;
            boolean daily = drivingToday >= DAILY_DRIVING_SECONDS;
            double seconds = Math.round(daily ? DAILY_REST_SECONDS + random.nextDouble() * 3600
                    : BREAK_SECONDS + random.nextDouble() * 900);
            stay(seconds);
            if (onLink) {
                legStops += seconds;
            }
            rested(seconds);
            nextPing = t + settings.movingPingSeconds();
        }

        /** A stop this long counts as a break, or as the daily rest. */
        private void rested(double seconds) {
            if (seconds >= BREAK_SECONDS) {
                drivingSinceRest = 0;
            }
            if (seconds >= DAILY_REST_SECONDS) {
                drivingToday = 0;
            }
        }

        private void stayAtHub(Place place, HubKind kind) {
            double typical = typicalHours(place, kind);
            double sigma = 0.4;
            // the arrival ping needs a second of its own after the last moving ping
            long start = Math.max(Math.round(t), lastEmitSecond + 1);
            long waitSeconds = 0;
            if (kind == HubKind.BORDER_CROSSING) {
                OpeningCalendar calendar = place.calendar();
                long clearing = BorderQueue.clearingStarts(calendar, start).orElse(end + 86400L);
                waitSeconds = clearing - start;
                typical *= BorderQueue.queueFactor(calendar, clearing);
            }
            double hours = Math.max(0.5, typical * Math.exp(sigma * random.nextGaussian() - sigma * sigma / 2));
            long seconds = waitSeconds + Math.round(hours * 3600);
            t = start;
            dwells.add(new TruthTrip.Dwell(place.id(), kind, start, seconds));
            stay(seconds);
            rested(seconds);
        }

        /** Stays where the truck is, pinging on arrival, periodically and on departure. */
        private void stay(double seconds) {
            if (Math.round(t) <= lastEmitSecond) {
                t = lastEmitSecond + 1;
            }
            double until = t + seconds;
            emit(0);
            double next = t + settings.stationaryPingSeconds();
            while (next < until) {
                t = next;
                emit(0);
                next += settings.stationaryPingSeconds();
            }
            t = until;
            emit(0);
            gapUntil = -1;
        }

        private void emit(double speedKmh) {
            long second = Math.round(t);
            if (t >= end || second <= lastEmitSecond) {
                return;
            }
            lastEmitSecond = second;
            double noiseLat = settings.gpsNoiseKm() * random.nextGaussian() / 111.195;
            double noiseLon = settings.gpsNoiseKm() * random.nextGaussian() / (111.195 * Math.cos(Math.toRadians(lat)));
            out.ping(id, second, lat + noiseLat, lon + noiseLon, Math.max(0, speedKmh));
        }
    }

    private record Plan(int destination, List<Integer> path) {
    }
}
