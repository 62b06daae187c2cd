package corridor.cli.street;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/route?...&directions=true} over real HTTP on a server of the imported Islamabad extract. */
class DirectionsApiTest {

    private static final String ROUTE = "/api/route?from=islamabad&to=ict-model-city&date=2025-07-01";

    @TempDir
    static Path temp;
    static ServedExtract served;

    @BeforeAll
    static void serveIslamabad() {
        served = ServedExtract.of("islamabad.osm.pbf", temp, "isb");
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return served.get(path);
    }

    /** Every step of a directions object, in order. */
    static List<JsonNode> steps(JsonNode directions) {
        List<JsonNode> steps = new ArrayList<>();
        directions.get("legs").forEach(leg -> leg.get("steps").forEach(steps::add));
        return steps;
    }

    @Test
    void theApiGivesTheCommandsDirections() throws Exception {
        HttpResponse<String> reply = get(ROUTE + "&directions=true");

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        JsonNode directions = new ObjectMapper().readTree(reply.body()).at("/route/directions");
        assertThat(directions.get("street_level").asBoolean()).isTrue();
        Cli command = Cli.run("route", "--data", served.data().toString(), "--from", "islamabad", "--to", "ict-model-city",
                "--date", "2025-07-01", "--format", "json", "--directions");
        JsonNode expected = new ObjectMapper().readTree(command.out()).at("/route/directions");
        // the steps are the command's (the legs' risk is measured from the server's start, not the departure)
        assertThat(steps(directions)).isEqualTo(steps(expected)).hasSizeGreaterThan(5);
        assertThat(steps(directions).get(0).get("instruction").asText()).startsWith("Head ");
        assertThat(steps(directions).get(steps(directions).size() - 1).get("instruction").asText())
                .isEqualTo("Arrive at ICT Model Industrial City (Islamabad)");

        JsonNode without = new ObjectMapper().readTree(get(ROUTE).body());
        assertThat(without.get("route").has("directions")).isFalse();
        assertThat(new ObjectMapper().readTree(get(ROUTE + "&directions=false").body()).get("route").has("directions"))
                .isFalse();
    }

    @Test
    void badDirectionsParametersAreRefusedWithReasons() throws Exception {
        HttpResponse<String> maybe = get(ROUTE + "&directions=maybe");
        assertThat(maybe.statusCode()).isEqualTo(400);
        assertThat(maybe.body()).contains("directions", "expected true or false; got 'maybe'");

        HttpResponse<String> pareto = get(ROUTE + "&directions=true&objective=pareto");
        assertThat(pareto.statusCode()).isEqualTo(400);
        assertThat(pareto.body()).contains("directions are written for one route; not with objective pareto");

        HttpResponse<String> twice = get(ROUTE + "&directions=true&directions=false");
        assertThat(twice.statusCode()).isEqualTo(400);

        assertThat(get(ROUTE + "&directions=true").statusCode()).isEqualTo(200);
    }
}
