package corridor.monitor.trip;

import corridor.model.Dataset;
import corridor.model.geo.GreatCircle;
import corridor.model.network.Link;
import corridor.model.network.Place;
import corridor.monitor.ingest.MonitorSettings;
import corridor.monitor.match.CorridorMembership;
import corridor.monitor.match.RoadMatcher;
import corridor.monitor.match.MatchNetwork;
import corridor.monitor.track.TrackPoint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Link passes from a match on street-level roads: a trip's points are matched to the dataset's
 * OSM roads ({@link RoadMatcher}); each run of consecutive points on segments that belong to one
 * corridor link ({@link CorridorMembership}) is a pass of that link, with the km actually driven
 * on the roads, its times, and its stops. A pass is complete when it starts within the link-end
 * tolerance of one end place of the link and ends within it of the other. These passes replace
 * the passes of the same links from the match on the corridor's own geometry, which is coarser.
 *
 * <p>Not thread-safe (holds a {@link RoadMatcher}).
 */
public final class RoadTraversals {

    private final RoadMatcher matcher;
    private final CorridorMembership membership;
    private final Map<String, Place> places;
    private final double endToleranceKm;

    /**
     * @param dataset  a dataset with an OSM road layer ({@link Dataset#roads()} not empty)
     * @param settings the link-end tolerance
     */
    public RoadTraversals(Dataset dataset, MonitorSettings settings) {
        this.matcher = new RoadMatcher(MatchNetwork.of(dataset.roads()), RoadMatcher.Settings.defaults());
        this.membership = new CorridorMembership(dataset.roads(), dataset.links());
        this.places = dataset.placesById();
        this.endToleranceKm = settings.linkEndToleranceKm();
    }

    /** The trip with the passes found on the OSM roads in place of the corridor-geometry passes of those links. */
    public TripResult refine(TripResult trip, List<TrackPoint> points) {
        int n = points.size();
        double[] lat = new double[n];
        double[] lon = new double[n];
        for (int i = 0; i < n; i++) {
            lat[i] = points.get(i).lat();
            lon[i] = points.get(i).lon();
        }
        RoadMatcher.Match match = matcher.match(lat, lon);
        List<LinkTraversal> passes = new ArrayList<>();
        int i = 0;
        while (i < n) {
            Link link = match.segment()[i] < 0 ? null : membership.linkOf(match.segment()[i]);
            if (link == null) {
                i++;
                continue;
            }
            int j = i;
            double km = 0;
            double stops = points.get(i).stopSeconds();
            while (j + 1 < n && match.segment()[j + 1] >= 0 && !match.breakBefore()[j + 1]
                    && membership.linkOf(match.segment()[j + 1]) == link) {
                j++;
                km += match.kmFromPrevious()[j];
                stops += points.get(j).stopSeconds();
            }
            long entry = points.get(i).startEpochSecond();
            long exit = points.get(j).endEpochSecond();
            double moving = Math.max(0, exit - entry - stops);
            if (km >= 0.01) {
                passes.add(new LinkTraversal(link.id(), entry, exit, moving, stops, km, complete(link, match, i, j)));
            }
            i = j + 1;
        }
        if (passes.isEmpty()) {
            return trip;
        }
        Set<String> onRoads = new HashSet<>();
        passes.forEach(p -> onRoads.add(p.linkId()));
        List<LinkTraversal> merged = new ArrayList<>();
        trip.traversals().stream().filter(t -> !onRoads.contains(t.linkId())).forEach(merged::add);
        merged.addAll(passes);
        merged.sort(java.util.Comparator.comparingLong(LinkTraversal::entryEpochSecond));
        return new TripResult(trip.vehicleId(), trip.originId(), trip.destinationId(), trip.departureEpochSecond(),
                trip.arrivalEpochSecond(), trip.movingSeconds(), trip.distanceKm(), merged, trip.visits());
    }

    private boolean complete(Link link, RoadMatcher.Match match, int first, int last) {
        Place from = places.get(link.fromId());
        Place to = places.get(link.toId());
        if (from == null || to == null) {
            return false;
        }
        double[] a = matcher.position(match.segment()[first], match.offsetKm()[first]);
        double[] b = matcher.position(match.segment()[last], match.offsetKm()[last]);
        return near(a, from) && near(b, to) || near(a, to) && near(b, from);
    }

    private boolean near(double[] p, Place place) {
        return GreatCircle.distanceKm(p[0], p[1], place.location().latitude(), place.location().longitude())
                <= endToleranceKm;
    }
}
