package corridor.data;

import corridor.data.load.DatasetLoad;
import corridor.data.load.Problem;
import corridor.model.InputException;
import corridor.model.network.RoadLayer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the street-level road layer of a dataset directory ({@link RoadLayerFile}, {@code roads.bin})
 * and attaches it to the dataset read from the other files: a join to a place that is not in the
 * dataset, or an origin citing a source that is not, is an error. The junctions' order kept beside it
 * ({@link RoadOrderFile}) comes with it when it is an order of these roads; one that is not is left out
 * without a problem (the surfaces compute it again and say so). Stateless; thread-safe.
 */
final class RoadLayerReader {

    private RoadLayerReader() {
    }

    /** {@code load} with the roads of {@code file}; with an error (and no roads) when the file cannot be read. */
    static DatasetLoad attach(DatasetLoad load, Path file) {
        List<Problem> problems = new ArrayList<>(load.problems());
        RoadLayer roads;
        try {
            roads = RoadLayerFile.read(file);
        } catch (InputException e) {
            problems.add(Problem.error(RoadLayerFile.NAME, "", "", e.getMessage()));
            return new DatasetLoad(load.dataset(), problems, load.locations());
        }
        Set<String> placeIds = new HashSet<>();
        load.dataset().places().forEach(p -> placeIds.add(p.id()));
        for (int j = 0; j < roads.joinCount(); j++) {
            if (!placeIds.contains(roads.joinPlace(j))) {
                problems.add(Problem.error(RoadLayerFile.NAME, "join " + (j + 1), "place", "joins place '"
                        + roads.joinPlace(j) + "', which is not in places.geojson; import the OSM file again"));
            }
        }
        RoadLayer.Origin origin = roads.origin();
        if (origin != null && load.dataset().source(origin.sourceId()).isEmpty()) {
            problems.add(Problem.error(RoadLayerFile.NAME, "", "source", "cites source '" + origin.sourceId()
                    + "', which is not in sources.csv"));
        }
        // the junctions' contraction order kept beside the roads, when it is theirs; else the hierarchy orders them
        RoadOrderFile.Stored order = RoadOrderFile.read(file.resolveSibling(RoadOrderFile.NAME), roads);
        roads = order.usable() ? roads.withJunctionRanks(order.ranks()) : roads;
        return new DatasetLoad(load.dataset().withRoads(roads), problems, load.locations());
    }
}
