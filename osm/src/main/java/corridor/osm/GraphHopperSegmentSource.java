package corridor.osm;

import com.graphhopper.reader.osm.WaySegmentParser;
import com.graphhopper.storage.RAMDirectory;
import com.graphhopper.util.PointAccess;
import com.graphhopper.util.PointList;
import corridor.model.InputException;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Map;
import java.util.function.Predicate;

/**
 * {@link RoadSegmentSource} on GraphHopper 11.0's {@code WaySegmentParser}: two passes over the
 * PBF (junctions, then segments), junction coordinates kept in GraphHopper's compact node store,
 * without building a GraphHopper graph. Barriers do not split segments here.
 *
 * <p>Not thread-safe; one read at a time.
 */
public final class GraphHopperSegmentSource implements RoadSegmentSource {

    private final int workerThreads;

    /** @param workerThreads threads GraphHopper decodes PBF blocks with (at least 1) */
    public GraphHopperSegmentSource(int workerThreads) {
        this.workerThreads = Math.max(1, workerThreads);
    }

    @Override
    public Header read(Path file, Predicate<Map<String, Object>> wayFilter, Sink sink) {
        Junctions junctions = new Junctions(sink);
        double[] lat = new double[64];
        double[] lon = new double[64];
        double[][] buffers = {lat, lon};
        WaySegmentParser parser = new WaySegmentParser.Builder(junctions, new RAMDirectory())
                .setWayFilter(way -> way.getTags() != null && wayFilter.test(way.getTags()))
                .setEdgeHandler((from, to, points, way, nodeTags) -> {
                    int count = points.size();
                    if (buffers[0].length < count) {
                        buffers[0] = new double[count * 2];
                        buffers[1] = new double[count * 2];
                    }
                    copy(points, buffers[0], buffers[1]);
                    sink.segment(from, to, buffers[0], buffers[1], count, way.getId(), way.getTags());
                })
                .setWorkerThreads(workerThreads)
                .build();
        try {
            parser.readOSM(file.toFile());
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            String message = cause.getMessage() == null ? "" : ": " + cause.getMessage();
            String hint = message.contains("must not be negative") ? " (objects an editor created and saved into the "
                    + "extract; read it with --reader plain)" : "";
            throw new InputException(file.toString(), "", "cannot read it as OpenStreetMap PBF: "
                    + cause.getClass().getSimpleName() + message + hint);
        }
        Date timestamp = parser.getTimestamp();
        // a header without osmosis_replication_timestamp reads as 0 (protobuf's default): no timestamp
        return new Header(timestamp == null || timestamp.getTime() <= 0 ? null : Instant.ofEpochMilli(timestamp.getTime()));
    }

    private static void copy(PointList points, double[] lat, double[] lon) {
        for (int i = 0; i < points.size(); i++) {
            lat[i] = points.getLat(i);
            lon[i] = points.getLon(i);
        }
    }

    /** Junction (GraphHopper "tower node") coordinates, passed on to the sink as they are set. */
    private static final class Junctions implements PointAccess {
        private final Sink sink;
        private double[] lat = new double[1024];
        private double[] lon = new double[1024];

        Junctions(Sink sink) {
            this.sink = sink;
        }

        @Override
        public boolean is3D() {
            return false;
        }

        @Override
        public int getDimension() {
            return 2;
        }

        @Override
        public void ensureNode(int nodeId) {
            if (nodeId >= lat.length) {
                int capacity = Math.max(nodeId + 1, lat.length * 2);
                lat = Arrays.copyOf(lat, capacity);
                lon = Arrays.copyOf(lon, capacity);
            }
        }

        @Override
        public void setNode(int nodeId, double latitude, double longitude, double ele) {
            ensureNode(nodeId);
            lat[nodeId] = latitude;
            lon[nodeId] = longitude;
            sink.junction(nodeId, latitude, longitude);
        }

        @Override
        public double getLat(int nodeId) {
            return lat[nodeId];
        }

        @Override
        public double getLon(int nodeId) {
            return lon[nodeId];
        }

        @Override
        public double getEle(int nodeId) {
            return Double.NaN;
        }
    }
}
