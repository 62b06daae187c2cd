package corridor.osm;

import com.graphhopper.reader.ReaderElement;
import com.graphhopper.reader.ReaderNode;
import com.graphhopper.reader.ReaderWay;
import com.graphhopper.reader.osm.OSMInput;
import com.graphhopper.reader.osm.OSMInputFile;
import corridor.model.GreatCircle;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The OSM file's own ways and nodes, read element by element (no segmenting, no graph), to check
 * lengths against: the length of a way between two of its nodes is the sum of the great-circle
 * distances between consecutive nodes.
 */
final class RawOsmWays {

    private final Map<Long, double[]> nodes = new HashMap<>();
    private final Map<Long, long[]> ways = new HashMap<>();

    RawOsmWays(Path pbf) throws Exception {
        try (OSMInput in = new OSMInputFile(pbf.toFile()).setWorkerThreads(1).open()) {
            ReaderElement e;
            while ((e = in.getNext()) != null) {
                if (e instanceof ReaderNode n) {
                    nodes.put(n.getId(), new double[] {n.getLat(), n.getLon()});
                } else if (e instanceof ReaderWay w && w.getTag("highway") != null) {
                    long[] ids = new long[w.getNodes().size()];
                    for (int i = 0; i < ids.length; i++) {
                        ids[i] = w.getNodes().get(i);
                    }
                    ways.put(w.getId(), ids);
                }
            }
        }
    }

    /**
     * The length, in km, of way {@code wayId} between its nodes nearest to the two points (within
     * 1 m), or NaN when the way does not pass both.
     */
    double lengthBetweenKm(long wayId, double lat1, double lon1, double lat2, double lon2) {
        long[] ids = ways.get(wayId);
        if (ids == null) {
            return Double.NaN;
        }
        int a = indexAt(ids, lat1, lon1);
        int b = indexAt(ids, lat2, lon2);
        if (a < 0 || b < 0) {
            return Double.NaN;
        }
        double km = 0;
        for (int i = Math.min(a, b) + 1; i <= Math.max(a, b); i++) {
            double[] p = nodes.get(ids[i - 1]);
            double[] q = nodes.get(ids[i]);
            km += GreatCircle.distanceKm(p[0], p[1], q[0], q[1]);
        }
        return km;
    }

    private int indexAt(long[] ids, double lat, double lon) {
        for (int i = 0; i < ids.length; i++) {
            double[] p = nodes.get(ids[i]);
            if (p != null && GreatCircle.distanceKm(p[0], p[1], lat, lon) < 0.001) {
                return i;
            }
        }
        return -1;
    }
}
