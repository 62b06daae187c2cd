package corridor.monitor.match;

import corridor.model.geo.GeoPoint;
import corridor.model.network.Link;
import corridor.model.network.Mode;
import corridor.model.network.RoadLayer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which corridor link an OSM road segment belongs to, so that matches on street-level roads are
 * reported on the corridor's links. A segment belongs to the corridor road link that (1) carries
 * one of the segment's {@code ref} numbers in its id or name (compared without case and dashes:
 * OSM's "M-1" is the corridor's {@code m1-burhan-islamabad}, "N-5" its "N-5 National Highway"),
 * and (2) passes within {@link #BUFFER_KM} of the segment's middle point; when several do, the
 * nearest. Segments without a ref, or whose ref no corridor link carries nearby, belong to none:
 * city streets and side roads are matched but not reported on a corridor link.
 *
 * <p>Immutable; thread-safe.
 */
public final class CorridorMembership {

    /**
     * How far a corridor link's geometry may be from a segment's middle point, km: wide, because
     * corridor geometries are traced through a few towns (the built-in M-1 runs up to 10 km from
     * the real road), narrow enough that a national ref met in another city (N-5 in Islamabad and
     * in Karachi) does not match.
     */
    public static final double BUFFER_KM = 25.0;

    private final List<Link> links;
    private final int[] linkOfSegment;

    /** Assigns every segment of {@code roads} to one of {@code corridorLinks} (road links only) or none. */
    public CorridorMembership(RoadLayer roads, List<Link> corridorLinks) {
        this.links = corridorLinks.stream().filter(l -> l.mode() == Mode.ROAD).toList();
        List<List<String>> tokens = new ArrayList<>();
        for (Link link : links) {
            List<String> t = new ArrayList<>();
            for (String word : (link.id() + " " + link.name()).toLowerCase(Locale.ROOT).split("[^a-z0-9-]+")) {
                for (String part : word.split("-(?![0-9])")) {
                    t.add(part.replace("-", ""));
                }
                t.add(word.replace("-", ""));
            }
            tokens.add(t);
        }
        linkOfSegment = new int[roads.segmentCount()];
        for (int s = 0; s < roads.segmentCount(); s++) {
            linkOfSegment[s] = -1;
            String ref = roads.ref(s);
            if (ref.isEmpty()) {
                continue;
            }
            int mid = roads.pointCount(s) / 2;
            GeoPoint middle = new GeoPoint(roads.pointLat(s, mid), roads.pointLon(s, mid));
            double best = BUFFER_KM;
            for (int l = 0; l < links.size(); l++) {
                if (!carries(tokens.get(l), ref)) {
                    continue;
                }
                double km = links.get(l).geometry().distanceKm(middle);
                if (km <= best) {
                    best = km;
                    linkOfSegment[s] = l;
                }
            }
        }
    }

    private static boolean carries(List<String> linkTokens, String ref) {
        for (String r : ref.toLowerCase(Locale.ROOT).split("[;/,]")) {
            String token = r.trim().replace("-", "").replace(" ", "");
            if (!token.isEmpty() && linkTokens.contains(token)) {
                return true;
            }
        }
        return false;
    }


    /** The corridor link a segment belongs to, or {@code null}. */
    public Link linkOf(int segment) {
        int l = linkOfSegment[segment];
        return l < 0 ? null : links.get(l);
    }

    /** How many segments belong to some corridor link. */
    public int memberCount() {
        int count = 0;
        for (int l : linkOfSegment) {
            count += l >= 0 ? 1 : 0;
        }
        return count;
    }
}
