package corridor.bench.osm;

import com.graphhopper.GraphHopper;
import com.graphhopper.config.CHProfile;
import com.graphhopper.config.LMProfile;
import com.graphhopper.config.Profile;
import com.graphhopper.json.Statement;
import com.graphhopper.util.CustomModel;
import corridor.data.DatasetReader;
import corridor.model.Dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * The OSM extracts the OSM benchmarks run on, both sides from the same file: Corridor's dataset
 * directory made by {@code corridor import osm FILE --into DIR} (every highway class), and
 * GraphHopper's own import of the same PBF with its car profile. The directory holding
 * {@code NAME.osm.pbf} and {@code NAME/} comes from the environment variable
 * {@code CORRIDOR_BENCH_OSM} (see bench/README.md).
 */
final class OsmBenchData {

    private OsmBenchData() {
    }

    static Path base() {
        String dir = System.getenv("CORRIDOR_BENCH_OSM");
        if (dir == null || dir.isBlank()) {
            throw new IllegalStateException("set CORRIDOR_BENCH_OSM to the directory of NAME.osm.pbf and the imported "
                    + "NAME/ dataset (bench/README.md)");
        }
        return Path.of(dir);
    }

    static Dataset dataset(String name) {
        return DatasetReader.read(base().resolve(name)).orThrow();
    }

    /**
     * GraphHopper on the same PBF: car profile (GraphHopper's car.json, built in code), with a CH
     * and an LM preparation of it; flexible mode is the same profile with both disabled per request.
     */
    static GraphHopper graphHopper(String name, Path work) {
        GraphHopper hopper = new GraphHopper();
        hopper.setOSMFile(base().resolve(name + ".osm.pbf").toString());
        hopper.setGraphHopperLocation(work.resolve("gh-" + name).toString());
        hopper.setEncodedValuesString("car_access, car_average_speed");
        CustomModel car = new CustomModel()
                .addToPriority(Statement.If("!car_access", Statement.Op.MULTIPLY, "0"))
                .addToSpeed(Statement.If("true", Statement.Op.LIMIT, "car_average_speed"));
        hopper.setProfiles(new Profile("car").setCustomModel(car));
        hopper.getCHPreparationHandler().setCHProfiles(new CHProfile("car"));
        hopper.getLMPreparationHandler().setLMProfiles(new LMProfile("car"));
        hopper.importOrLoad();
        return hopper;
    }

    static Path tempDir() {
        try {
            return Files.createTempDirectory("corridor-bench-osm");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
