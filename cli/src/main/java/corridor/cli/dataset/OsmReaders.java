package corridor.cli.dataset;

import corridor.model.InputException;
import corridor.osm.GraphHopperSegmentSource;
import corridor.osm.OsmosisSegmentSource;
import corridor.osm.RoadSegmentSource;

/** The {@code --reader} option of the OSM commands: graphhopper (default) or plain. */
final class OsmReaders {

    static final String DESCRIPTION = "graphhopper (default; GraphHopper 11's reader, for files of any size) or plain "
            + "(the bare PBF block parser, for extracts holding objects with negative ids, which GraphHopper refuses)";

    private OsmReaders() {
    }

    /** The segment source a {@code --reader} value names. */
    static RoadSegmentSource source(String reader) {
        return switch (reader) {
            case "graphhopper" -> new GraphHopperSegmentSource(Runtime.getRuntime().availableProcessors());
            case "plain" -> new OsmosisSegmentSource();
            default -> throw new InputException("--reader", "", "'" + reader + "' is not a reader; use graphhopper or plain");
        };
    }
}
