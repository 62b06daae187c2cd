package corridor.cli.street;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@code POST /api/match} over real HTTP on a server of the imported Andorra extract: the same answer as the command. */
class MatchApiTest {

    @TempDir
    static Path temp;
    static ServedExtract served;
    static Path data;

    @BeforeAll
    static void serveAndorra() {
        served = ServedExtract.of("andorra.osm.pbf", temp, "and");
        data = served.data();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    static HttpResponse<String> post(String query, String body) throws Exception {
        return served.post("/api/match" + query, body);
    }

    @Test
    void theApiGivesTheCommandsAnswerForTheAndorraTrace() throws Exception {
        String gpx = Files.readString(MatchCommandTest.trace());

        HttpResponse<String> reply = post("", gpx);

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/geo+json");
        JsonNode path = new ObjectMapper().readTree(reply.body()).at("/features/0");
        assertThat(path.at("/geometry/type").asText()).isEqualTo("LineString");
        assertThat(MatchCommandTest.lengthKm(path.at("/geometry/coordinates")))
                .isCloseTo(MatchCommandTest.TRACE_KM, within(0.1 * MatchCommandTest.TRACE_KM));
        // the same text as the command, but for the name the GPX answer carries
        Cli command = Cli.run("match", MatchCommandTest.trace().toString(), "--data", data.toString());
        assertThat(new ObjectMapper().readTree(reply.body())).isEqualTo(new ObjectMapper().readTree(command.out()));

        HttpResponse<String> csv = post("?format=csv", gpx);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).isEqualTo(Cli.run("match", MatchCommandTest.trace().toString(), "--data",
                data.toString(), "--format", "csv").out());
    }

    @Test
    void aVehicleKeepsTheMatchOffTheRoadsItMayNotUseAsOnTheCommandLine() throws Exception {
        Path trace = MatchCommandTest.traceAlongCs320(data, temp);
        String csv = Files.readString(trace);

        HttpResponse<String> truck = post("?vehicle=rigid-truck", csv);
        HttpResponse<String> any = post("", csv);

        assertThat(truck.statusCode()).as(truck.body()).isEqualTo(200);
        assertThat(MatchCommandTest.waysDriven(any.body())).contains(MatchCommandTest.CS320);
        assertThat(MatchCommandTest.waysDriven(truck.body())).doesNotContain(MatchCommandTest.CS320);
        assertThat(new ObjectMapper().readTree(truck.body())).isEqualTo(new ObjectMapper().readTree(Cli.run("match",
                trace.toString(), "--data", data.toString(), "--vehicle", "rigid-truck").out()));

        HttpResponse<String> unknown = post("?vehicle=bicycle", csv);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("vehicle", "no vehicle 'bicycle'; known: car");
    }

    @Test
    void badRequestsAreRefusedWithReasonsAndTheServerKeepsServing() throws Exception {
        HttpResponse<String> notATrace = post("", "lat,lon\n42.5,east\n42.5,1.5\n");
        assertThat(notATrace.statusCode()).isEqualTo(400);
        assertThat(notATrace.body()).contains("request body line 2", "expected a number in degrees");

        assertThat(post("?format=kml", "lat,lon\n").body()).contains("format", "expected geojson, gpx or csv");
        assertThat(post("?color=red", "lat,lon\n").statusCode()).isEqualTo(400);

        String big = "lat,lon\n" + "42.5,1.5\n".repeat(1_000_000);
        HttpResponse<String> tooLarge = post("", big);
        assertThat(tooLarge.statusCode()).isEqualTo(413);

        assertThat(post("", Files.readString(MatchCommandTest.trace())).statusCode()).isEqualTo(200);
    }
}
