package corridor.osm;

import corridor.model.geo.GreatCircle;
import corridor.model.network.Place;
import corridor.model.network.PlaceKind;
import corridor.model.network.RoadLayer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins a dataset's places to a road layer: each place is joined to the nearest <em>suitable</em>
 * junction within {@code boundKm} (great-circle), where suitable means that goods vehicles may
 * use a segment at the junction and that the junction is in the layer's largest strongly connected
 * part (so a place is not joined to a fragment, or to a carriageway end, that an extract cut off). Places farther than the bound,
 * and sea waypoints, are not joined: they stay on the corridor's own links.
 *
 * <p>Stateless; thread-safe.
 */
public final class PlaceJoiner {

    private PlaceJoiner() {
    }

    /** The layer with its joins set for {@code places}. */
    public static RoadLayer join(RoadLayer layer, List<Place> places, double boundKm) {
        boolean[] suitable = suitableJunctions(layer);
        Grid grid = new Grid(layer, suitable, boundKm);
        List<String> joined = new ArrayList<>();
        List<Integer> junctions = new ArrayList<>();
        List<Float> distances = new ArrayList<>();
        for (Place place : places) {
            if (place.kind() == PlaceKind.SEA_WAYPOINT) {
                continue;
            }
            double lat = place.location().latitude();
            double lon = place.location().longitude();
            int best = -1;
            double bestKm = boundKm;
            for (int j : grid.near(lat, lon)) {
                double km = GreatCircle.distanceKm(lat, lon, layer.junctionLat(j), layer.junctionLon(j));
                if (km <= bestKm) {
                    bestKm = km;
                    best = j;
                }
            }
            if (best >= 0) {
                joined.add(place.id());
                junctions.add(best);
                distances.add((float) (bestKm * 1000));
            }
        }
        int[] j = junctions.stream().mapToInt(Integer::intValue).toArray();
        float[] d = new float[distances.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = distances.get(i);
        }
        return layer.withJoins(joined.toArray(new String[0]), j, d);
    }

    /**
     * Junctions in the largest strongly connected component of the goods-usable segments (one-way
     * segments count one way): from such a junction a truck can reach, and come back from, most
     * of the network; the ends of carriageways cut off by the extract are left out.
     */
    static boolean[] suitableJunctions(RoadLayer layer) {
        int n = layer.junctionCount();
        int m = layer.segmentCount();
        int[] outStart = new int[n + 1];
        int[] inStart = new int[n + 1];
        for (int s = 0; s < m; s++) {
            if (layer.allowsGoodsVehicles(s)) {
                outStart[layer.from(s) + 1]++;
                inStart[layer.to(s) + 1]++;
                if (!layer.isOneWay(s)) {
                    outStart[layer.to(s) + 1]++;
                    inStart[layer.from(s) + 1]++;
                }
            }
        }
        for (int v = 0; v < n; v++) {
            outStart[v + 1] += outStart[v];
            inStart[v + 1] += inStart[v];
        }
        int[] out = new int[outStart[n]];
        int[] in = new int[inStart[n]];
        int[] outNext = Arrays.copyOf(outStart, n);
        int[] inNext = Arrays.copyOf(inStart, n);
        for (int s = 0; s < m; s++) {
            if (layer.allowsGoodsVehicles(s)) {
                out[outNext[layer.from(s)]++] = layer.to(s);
                in[inNext[layer.to(s)]++] = layer.from(s);
                if (!layer.isOneWay(s)) {
                    out[outNext[layer.to(s)]++] = layer.from(s);
                    in[inNext[layer.from(s)]++] = layer.to(s);
                }
            }
        }
        // Kosaraju, iteratively: finishing order on the graph, then components on the reverse graph
        int[] order = new int[n];
        int ordered = 0;
        boolean[] seen = new boolean[n];
        int[] stack = new int[n];
        int[] edge = new int[n];
        for (int root = 0; root < n; root++) {
            if (seen[root]) {
                continue;
            }
            int top = 0;
            stack[top] = root;
            edge[root] = outStart[root];
            seen[root] = true;
            while (top >= 0) {
                int v = stack[top];
                if (edge[v] < outStart[v + 1]) {
                    int w = out[edge[v]++];
                    if (!seen[w]) {
                        seen[w] = true;
                        edge[w] = outStart[w];
                        stack[++top] = w;
                    }
                } else {
                    order[ordered++] = v;
                    top--;
                }
            }
        }
        int[] component = new int[n];
        Arrays.fill(component, -1);
        int components = 0;
        int largest = -1;
        int largestSize = 0;
        for (int k = n - 1; k >= 0; k--) {
            int root = order[k];
            if (component[root] >= 0) {
                continue;
            }
            int size = 0;
            int top = 0;
            stack[0] = root;
            component[root] = components;
            while (top >= 0) {
                int v = stack[top--];
                size++;
                for (int e = inStart[v]; e < inStart[v + 1]; e++) {
                    int w = in[e];
                    if (component[w] < 0) {
                        component[w] = components;
                        stack[++top] = w;
                    }
                }
            }
            if (size > largestSize) {
                largestSize = size;
                largest = components;
            }
            components++;
        }
        boolean[] suitable = new boolean[n];
        for (int v = 0; v < n; v++) {
            suitable[v] = component[v] == largest && outStart[v + 1] > outStart[v];
        }
        return suitable;
    }

    /** Suitable junctions bucketed in cells of about {@code boundKm}. */
    private static final class Grid {
        private final double cellDeg;
        private final Map<Long, int[]> cells = new HashMap<>();

        Grid(RoadLayer layer, boolean[] suitable, double boundKm) {
            this.cellDeg = Math.max(1e-4, boundKm / 111.0);
            Map<Long, List<Integer>> lists = new HashMap<>();
            for (int j = 0; j < layer.junctionCount(); j++) {
                if (suitable[j]) {
                    lists.computeIfAbsent(key(cell(layer.junctionLat(j)), cell(layer.junctionLon(j))),
                            k -> new ArrayList<>()).add(j);
                }
            }
            lists.forEach((k, v) -> cells.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        }

        private long cell(double degrees) {
            return (long) Math.floor(degrees / cellDeg);
        }

        private static long key(long row, long col) {
            return row * 1_000_003L + col;
        }

        /** Junctions in the cells within the bound of a point (longitude cells widened by latitude). */
        List<Integer> near(double lat, double lon) {
            List<Integer> out = new ArrayList<>();
            long row = cell(lat);
            long col = cell(lon);
            int span = (int) Math.ceil(1 / Math.max(0.05, Math.cos(Math.toRadians(lat))));
            for (long r = row - 1; r <= row + 1; r++) {
                for (long c = col - span; c <= col + span; c++) {
                    int[] in = cells.get(key(r, c));
                    if (in != null) {
                        Arrays.stream(in).forEach(out::add);
                    }
                }
            }
            return out;
        }
    }
}
