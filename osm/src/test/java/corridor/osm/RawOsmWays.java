package corridor.osm;

import org.openstreetmap.osmosis.osmbinary.Osmformat;
import corridor.model.geo.GreatCircle;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The OSM file's own ways and nodes, read block by block with the bare PBF parser ({@link PbfPass}: no
 * segmenting, no graph, neither import reader), to check
 * lengths against: the length of a way between two of its nodes is the sum of the great-circle
 * distances between consecutive nodes.
 */
final class RawOsmWays {

    private final Map<Long, double[]> nodes = new HashMap<>();
    private final Map<Long, long[]> ways = new HashMap<>();

    RawOsmWays(Path pbf) {
        PbfPass.run(pbf, new PbfPass() {
            @Override
            void node(long id, double lat, double lon) {
                nodes.put(id, new double[] {lat, lon});
            }

            @Override
            protected void parseWays(List<Osmformat.Way> list) {
                for (Osmformat.Way w : list) {
                    long[] ids = new long[w.getRefsCount()];
                    long ref = 0;
                    for (int i = 0; i < ids.length; i++) {
                        ref += w.getRefs(i);
                        ids[i] = ref;
                    }
                    ways.put(w.getId(), ids);
                }
            }
        }, "it");
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
