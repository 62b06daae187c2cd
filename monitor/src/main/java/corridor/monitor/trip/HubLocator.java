package corridor.monitor.trip;

import corridor.model.Dataset;
import corridor.model.geo.GreatCircle;
import corridor.model.network.Place;
import corridor.monitor.ingest.MonitorSettings;
import corridor.monitor.match.RoadNetwork;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the hub a position belongs to: the nearest border crossing, seaport, dry port or rail
 * terminal within its kind's radius. A hub is reached at its own location and at the ends of the
 * links that meet there, since dataset geometries end near, not exactly at, their places.
 * Hubs are numbered from 0 in the order of the dataset's places.
 *
 * <p>Immutable and thread-safe.
 */
public final class HubLocator {

    private final List<Hub> hubs = new ArrayList<>();
    private final double[] radiusKm = new double[HubKind.values().length];

    /** A hub, its kind and where it is reached: its location and its links' ends, as lat, lon pairs. */
    private record Hub(Place place, HubKind kind, double[] anchors) {
    }

    /**
     * @param dataset  the places (hubs by {@link HubKind#classify})
     * @param network  the link ends that meet at each hub
     * @param settings the radius of each kind of hub
     */
    public HubLocator(Dataset dataset, RoadNetwork network, MonitorSettings settings) {
        radiusKm[HubKind.BORDER_CROSSING.ordinal()] = settings.borderRadiusKm();
        radiusKm[HubKind.PORT.ordinal()] = settings.portRadiusKm();
        radiusKm[HubKind.TERMINAL.ordinal()] = settings.terminalRadiusKm();
        java.util.Map<String, HubKind> classified = HubKind.classify(dataset);
        for (Place place : dataset.places()) {
            HubKind kind = classified.get(place.id());
            if (kind == null) {
                continue;
            }
            List<Double> points = new ArrayList<>(List.of(place.location().latitude(), place.location().longitude()));
            for (int link = 0; link < network.linkCount(); link++) {
                for (int end = 0; end < 2; end++) {
                    if (network.endPlace(link, end).equals(place.id())) {
                        points.add(network.endLat(2 * link + end));
                        points.add(network.endLon(2 * link + end));
                    }
                }
            }
            hubs.add(new Hub(place, kind, points.stream().mapToDouble(Double::doubleValue).toArray()));
        }
    }

    /** Index of the hub the position lies at, or -1. */
    public int hubAt(double lat, double lon) {
        return hubWithin(lat, lon, 0);
    }

    /** Index of the hub whose radius, widened by {@code marginKm}, holds the position, or -1. */
    public int hubWithin(double lat, double lon, double marginKm) {
        int best = -1;
        double bestKm = Double.POSITIVE_INFINITY;
        for (int h = 0; h < hubs.size(); h++) {
            double limit = radiusKm[hubs.get(h).kind().ordinal()] + marginKm;
            double[] a = hubs.get(h).anchors();
            for (int i = 0; i < a.length; i += 2) {
                // cheap latitude filter before the haversine
                if (Math.abs(a[i] - lat) * 111.2 > limit) {
                    continue;
                }
                double km = GreatCircle.distanceKm(a[i], a[i + 1], lat, lon);
                if (km <= limit && km < bestKm) {
                    bestKm = km;
                    best = h;
                }
            }
        }
        return best;
    }

    /** Whether the position lies within the radius of hub {@code h}. */
    public boolean isAt(int h, double lat, double lon) {
        double limit = radiusKm[hubs.get(h).kind().ordinal()];
        double[] a = hubs.get(h).anchors();
        for (int i = 0; i < a.length; i += 2) {
            if (GreatCircle.distanceKm(a[i], a[i + 1], lat, lon) <= limit) {
                return true;
            }
        }
        return false;
    }

    /** The hub kind of a place, or null when it is no hub. */
    public HubKind kindOf(String placeId) {
        for (Hub hub : hubs) {
            if (hub.place().id().equals(placeId)) {
                return hub.kind();
            }
        }
        return null;
    }

    /** The place of hub {@code index}. */
    public Place hub(int index) {
        return hubs.get(index).place();
    }

    /** The kind of hub {@code index}. */
    public HubKind kind(int index) {
        return hubs.get(index).kind();
    }

    /** How many hubs the dataset has. */
    public int size() {
        return hubs.size();
    }
}
