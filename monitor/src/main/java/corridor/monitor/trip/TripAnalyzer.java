package corridor.monitor.trip;

import corridor.model.geo.GreatCircle;
import corridor.monitor.ingest.MonitorSettings;
import corridor.monitor.match.RoadMatcher;
import corridor.monitor.match.RoadNetwork;
import corridor.monitor.track.TrackPoint;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns one trip's matched track points into link traversals, hub visits and trip totals.
 *
 * <p>Time between two consecutive points is moving time. It is shared among the links on the
 * network path between the two matched positions in proportion to distance, so a link's entry
 * and exit times are interpolated even across gaps of several links. A stop at a hub is dwell of
 * that hub and counts to no link (a link that ends at the hub is left when the stay begins and one
 * that begins there entered when it ends); any other stop counts to the link it is matched to.
 *
 * <p>Not thread-safe (keeps a scratch buffer): one analyzer per engine.
 */
public final class TripAnalyzer {

    private final RoadNetwork network;
    private final HubLocator hubs;
    private final double endToleranceKm;
    private final int[] ends = new int[2];

    /**
     * @param network  the network the points were matched on
     * @param hubs     the dataset's hubs
     * @param settings the link-end tolerance
     */
    public TripAnalyzer(RoadNetwork network, HubLocator hubs, MonitorSettings settings) {
        this.network = network;
        this.hubs = hubs;
        this.endToleranceKm = settings.linkEndToleranceKm();
    }

    /** The trip's result; with empty origin and destination when no point matched a link. */
    public TripResult analyze(String vehicleId, List<TrackPoint> points, RoadMatcher.Match match) {
        int n = points.size();
        int[] hubOf = hubAssignments(points);
        List<HubVisit> visits = visits(points, hubOf);
        int firstMatched = -1;
        int lastMatched = -1;
        for (int i = 0; i < n; i++) {
            if (match.segment()[i] >= 0) {
                lastMatched = i;
                if (firstMatched < 0) {
                    firstMatched = i;
                }
            }
        }
        TrackPoint first = points.get(0);
        TrackPoint last = points.get(n - 1);
        long departure = isModalHubStop(first, hubOf[0]) ? first.endEpochSecond() : first.startEpochSecond();
        long arrival = isModalHubStop(last, hubOf[n - 1]) ? last.startEpochSecond() : last.endEpochSecond();
        if (firstMatched < 0) {
            // off the network: only the hub visits are known
            return new TripResult(vehicleId, "", "", departure, Math.max(departure, arrival), 0, 0, List.of(), visits);
        }
        String origin = hubOf[0] >= 0 ? hubs.hub(hubOf[0]).id() : nearestEndPlace(match, firstMatched);
        String destination = hubOf[n - 1] >= 0 ? hubs.hub(hubOf[n - 1]).id() : nearestEndPlace(match, lastMatched);

        Walk walk = new Walk();
        int previous = -1;
        double skippedStopSeconds = 0;
        double skippedRoadStopSeconds = 0;
        for (int i = 0; i < n; i++) {
            TrackPoint p = points.get(i);
            if (i > 0) {
                walk.tripMovingSeconds += p.startEpochSecond() - points.get(i - 1).endEpochSecond();
            }
            double roadStopSeconds = p.stop() && hubOf[i] < 0 ? p.stopSeconds() : 0;
            int link = match.segment()[i];
            if (link < 0) {
                // off the network (an outlier, a stop beside the road): time passes, the chain goes on
                skippedStopSeconds += p.stop() ? p.stopSeconds() : 0;
                skippedRoadStopSeconds += roadStopSeconds;
                if (previous < 0 && i > 0) {
                    walk.tripDistanceKm += straightKm(points.get(i - 1), p);
                }
                continue;
            }
            boolean hubStop = p.stop() && hubOf[i] >= 0;
            if (previous >= 0) {
                TrackPoint a = points.get(previous);
                double seconds = p.startEpochSecond() - a.endEpochSecond() - skippedStopSeconds;
                walk.interval(a, p, seconds, match.segment()[previous], match.offsetKm()[previous], link, match.offsetKm()[i],
                        match.breakBefore()[i], points.get(previous).stop() && hubOf[previous] >= 0);
                if (hubStop && link != match.segment()[previous] && walk.link == link && walk.entryEnd >= 0) {
                    // a stay at the hub where this link begins: the link is entered when the stay ends
                    walk.entryTime = Math.max(walk.entryTime, p.endEpochSecond());
                }
            } else if (i > 0) {
                walk.tripDistanceKm += straightKm(points.get(i - 1), p);
            }
            if (walk.link != link) {
                walk.open(link, entryEnd(link, match.offsetKm()[i]), p.endEpochSecond());
            }
            walk.stopSeconds += roadStopSeconds + skippedRoadStopSeconds;
            skippedStopSeconds = 0;
            skippedRoadStopSeconds = 0;
            previous = i;
        }
        for (int i = lastMatched + 1; i < n; i++) {
            walk.tripDistanceKm += straightKm(points.get(i - 1), points.get(i));
        }
        walk.close(entryEnd(match.segment()[lastMatched], match.offsetKm()[lastMatched]), points.get(lastMatched).startEpochSecond());
        return new TripResult(vehicleId, origin, destination, departure, arrival, walk.tripMovingSeconds,
                walk.tripDistanceKm, walk.traversals, visits);
    }

    private static double straightKm(TrackPoint a, TrackPoint b) {
        return GreatCircle.distanceKm(a.lat(), a.lon(), b.lat(), b.lon());
    }

    private boolean isModalHubStop(TrackPoint p, int hub) {
        return p.stop() && hub >= 0 && hubs.kind(hub) != HubKind.BORDER_CROSSING;
    }

    /** The end (0 or 1) a position is within tolerance of, or -1. */
    private int entryEnd(int link, double offsetKm) {
        if (offsetKm <= endToleranceKm) {
            return 0;
        }
        if (network.lengthKm(link) - offsetKm <= endToleranceKm) {
            return 1;
        }
        return -1;
    }

    private String nearestEndPlace(RoadMatcher.Match match, int i) {
        int link = match.segment()[i];
        return network.endPlace(link, match.offsetKm()[i] <= network.lengthKm(link) / 2 ? 0 : 1);
    }

    /** The hub each point belongs to: stops by search, other points only while they stay at the hub of a visit. */
    private int[] hubAssignments(List<TrackPoint> points) {
        int[] hubOf = new int[points.size()];
        int current = -1;
        for (int i = 0; i < points.size(); i++) {
            TrackPoint p = points.get(i);
            int h = p.stop() ? hubs.hubAt(p.lat(), p.lon()) : -1;
            if (!p.stop() && current >= 0 && hubs.isAt(current, p.lat(), p.lon())) {
                h = current;
            }
            hubOf[i] = h;
            current = h;
        }
        return hubOf;
    }

    private List<HubVisit> visits(List<TrackPoint> points, int[] hubOf) {
        List<HubVisit> visits = new ArrayList<>();
        int i = 0;
        while (i < points.size()) {
            int h = hubOf[i];
            int j = i;
            long firstStop = -1;
            long lastStop = -1;
            while (j < points.size() && hubOf[j] == h) {
                TrackPoint p = points.get(j);
                if (h >= 0 && p.stop()) {
                    if (firstStop < 0) {
                        firstStop = p.startEpochSecond();
                    }
                    lastStop = p.endEpochSecond();
                }
                j++;
            }
            if (h >= 0 && firstStop >= 0) {
                visits.add(new HubVisit(hubs.hub(h).id(), hubs.kind(h), firstStop, lastStop - firstStop));
            }
            i = j;
        }
        return visits;
    }

    /** The running state of one pass over a trip's points. */
    private final class Walk {
        final List<LinkTraversal> traversals = new ArrayList<>();
        double tripMovingSeconds;
        double tripDistanceKm;
        int link = -1;
        int entryEnd;
        double entryTime;
        double movingSeconds;
        double stopSeconds;
        double distanceKm;

        void open(int newLink, int end, double time) {
            link = newLink;
            entryEnd = end;
            entryTime = time;
            movingSeconds = 0;
            stopSeconds = 0;
            distanceKm = 0;
        }

        void close(int exitEnd, double time) {
            if (link < 0) {
                return;
            }
            if (distanceKm < 0.01 && stopSeconds == 0) {
                // a stationary point at a junction matched to the next link: no pass at all
                link = -1;
                return;
            }
            boolean complete = entryEnd >= 0 && exitEnd >= 0 && entryEnd != exitEnd;
            traversals.add(new LinkTraversal(network.link(link).id(), Math.round(entryTime), Math.round(time),
                    movingSeconds, stopSeconds, distanceKm, complete));
            link = -1;
        }

        /**
         * Moving time {@code dt} between two matched points, shared along the network path between
         * them; {@code aHubStop}: {@code a} is a stay at a hub, which a link ending there leaves out.
         */
        void interval(TrackPoint a, TrackPoint b, double dt, int linkA, double offA, int linkB, double offB,
                      boolean broken, boolean aHubStop) {
            double t0 = a.endEpochSecond();
            if (broken) {
                tripDistanceKm += straightKm(a, b);
                close(-1, t0);
                return;
            }
            double routeKm = network.routeKm(linkA, offA, linkB, offB, ends);
            tripDistanceKm += routeKm;
            if (linkA == linkB) {
                movingSeconds += dt;
                distanceKm += routeKm;
                return;
            }
            double perKm = routeKm > 0 ? dt / routeKm : 0;
            int exitNode = ends[0];
            int entryNode = ends[1];
            double toExit = (exitNode & 1) == 0 ? offA : network.lengthKm(linkA) - offA;
            movingSeconds += toExit * perKm;
            distanceKm += toExit;
            double t = t0 + toExit * perKm;
            // a link that ends at the hub where the truck stayed is left when the stay begins
            close(exitNode & 1, aHubStop && toExit <= endToleranceKm ? a.startEpochSecond() : t);
            List<Integer> path = network.nodePath(exitNode, entryNode);
            for (int k = 0; k + 1 < path.size(); k++) {
                int u = path.get(k);
                int v = path.get(k + 1);
                double legKm = u / 2 == v / 2 ? network.lengthKm(u / 2)
                        : GreatCircle.distanceKm(network.endLat(u), network.endLon(u), network.endLat(v), network.endLon(v));
                if (u / 2 == v / 2) {
                    // a link crossed entirely between two pings
                    open(u / 2, u & 1, t);
                    movingSeconds = legKm * perKm;
                    distanceKm = legKm;
                    close(v & 1, t + legKm * perKm);
                }
                t += legKm * perKm;
            }
            open(linkB, entryNode & 1, t);
            double fromEntry = (entryNode & 1) == 0 ? offB : network.lengthKm(linkB) - offB;
            movingSeconds += fromEntry * perKm;
            distanceKm += fromEntry;
        }
    }
}
