package corridor.cli.street;

import corridor.api.gpx.GpxSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code route --format gpx} and {@code match --format gpx} on the real Andorra roads validate against GPX 1.1's schema. */
class GpxOutputTest {

    /** The GPX 1.1 schema in the api module's test resources (with its provenance), read in place. */
    static final Path XSD = Path.of("..", "api", "src", "test", "resources", "gpx", "gpx.xsd");

    @Test
    void routeAndMatchWriteValidGpx11(@TempDir Path temp) throws Exception {
        Path dir = temp.resolve("andorra");
        Files.createDirectories(dir);
        for (String file : new String[] {"sources.csv", "modes.csv", "places.geojson", "links.geojson"}) {
            Files.copy(Cli.OSM.resolve("andorra-dataset").resolve(file), dir.resolve(file));
        }
        Cli.importOsm("andorra.osm.pbf", dir);
        GpxSchema schema = new GpxSchema(XSD);

        Cli route = Cli.run("route", "--data", dir.toString(), "--from", "Andorra la Vella", "--to", "La Seu d'Urgell",
                "--date", "2025-07-01", "--format", "gpx");
        assertThat(route.exitCode()).as(route.err()).isZero();
        schema.validate(route.out());
        assertThat(route.out()).contains("<name>Route from Andorra la Vella to La Seu d&apos;Urgell</name>",
                "<copyright author=\"OpenStreetMap contributors\">");
        assertThat(route.out().split("<trkpt ", -1).length - 1).as("points along the streets").isGreaterThan(50);

        Cli match = Cli.run("match", MatchCommandTest.trace().toString(), "--data", dir.toString(), "--format", "gpx");
        assertThat(match.exitCode()).as(match.err()).isZero();
        schema.validate(match.out());
        assertThat(match.out()).containsOnlyOnce("<trkseg>");

        Cli pareto = Cli.run("route", "--data", dir.toString(), "--from", "Andorra la Vella", "--to", "La Seu d'Urgell",
                "--objective", "pareto", "--format", "gpx");
        assertThat(pareto.exitCode()).isEqualTo(2);
        assertThat(pareto.err()).contains("--format", "gpx writes one route");
    }
}
