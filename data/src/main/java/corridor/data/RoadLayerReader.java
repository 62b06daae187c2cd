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
 * dataset, or an origin citing a source that is not, is an error. Stateless; thread-safe.
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
        return new DatasetLoad(load.dataset().withRoads(roads), problems, load.locations());
    }
}
