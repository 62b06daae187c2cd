package corridor.osm;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads road segments from an OpenStreetMap file: every accepted way cut at its junctions
 * (nodes shared with another accepted way, and the way's ends), with the way's tags and the
 * segment's full geometry. This is where OSM data enters Corridor; the implementation behind it
 * ({@link GraphHopperSegmentSource}) can be swapped without touching the importer.
 *
 * <p>Implementations need not be thread-safe; the sink is called from one thread.
 */
public interface RoadSegmentSource {

    /** Receives what a source reads. */
    interface Sink {
        /** A junction's location, in degrees, before or after the segments that use it. */
        void junction(int junction, double lat, double lon);

        /**
         * A segment from junction {@code from} to junction {@code to}; {@code lat}/{@code lon} hold
         * its {@code pointCount} points (the two junctions included), in the way's direction. The
         * arrays are reused after the call returns.
         */
        void segment(int from, int to, double[] lat, double[] lon, int pointCount, long wayId, Map<String, Object> tags);
    }

    /**
     * What the file's header said.
     *
     * @param replicationTimestamp the OSM replication timestamp, or {@code null} when the header has none
     */
    record Header(Instant replicationTimestamp) {
    }

    /**
     * Reads the ways whose tags {@code wayFilter} accepts.
     *
     * @throws corridor.model.InputException naming the file when it cannot be read as OSM
     */
    Header read(Path file, Predicate<Map<String, Object>> wayFilter, Sink sink);
}
