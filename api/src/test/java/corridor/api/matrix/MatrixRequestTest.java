package corridor.api.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.api.route.ParameterStyle;
import corridor.api.route.TextParameters;
import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.model.InputException;
import corridor.model.network.Mode;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.matrix.Isochrones;
import corridor.routing.matrix.MatrixEngine;
import corridor.routing.matrix.TravelMatrix;
import corridor.routing.route.PlaceMatcher;
import corridor.routing.search.Router;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Matrix and isochrone requests in both spellings, their refusals, and the matrix's JSON and CSV. */
class MatrixRequestTest {

    private static final Dataset DATASET = BuiltInDataset.load();

    private static MatrixRequest.Matrix matrix(Map<String, String> parameters, ParameterStyle style) {
        return new MatrixRequest(TextParameters.ofSingle(parameters), style).read(DATASET,
                new PlaceMatcher(DATASET.places())::match);
    }

    private static IsochroneRequest.Isochrone isochrone(Map<String, String> parameters, ParameterStyle style) {
        return new IsochroneRequest(TextParameters.ofSingle(parameters), style).read(DATASET,
                new PlaceMatcher(DATASET.places())::match);
    }

    @Test
    void placesAreReadByNameInOrderAndModesAreRoadUnlessGiven() {
        MatrixRequest.Matrix m = matrix(Map.of("from", "Gwadar, sost", "to", "kashgar,Karachi,gwadar",
                "objective", "cost", "date", "2025-07-01"), ParameterStyle.API);
        assertThat(m.fromIds()).containsExactly("gwadar", "sost");
        assertThat(m.toIds()).containsExactly("kashgar", "karachi", "gwadar");
        assertThat(m.template().modes()).containsExactly(Mode.ROAD);
        assertThat(m.goal().name()).isEqualTo("cost");
        assertThat(matrix(Map.of("from", "gwadar", "to", "kashgar", "modes", "road,rail"), ParameterStyle.API)
                .template().modes()).containsExactlyInAnyOrder(Mode.ROAD, Mode.RAIL);
    }

    @ParameterizedTest
    @EnumSource(ParameterStyle.class)
    void badMatrixRequestsAreRefusedNamingTheParameter(ParameterStyle style) {
        String many = String.join(",", Collections.nCopies(101, "gwadar"));
        Object[][] cases = {
                {Map.of("to", "kashgar"), "from", "required"},
                {Map.of("from", " , ", "to", "kashgar"), "from", "required"},
                {Map.of("from", "gwadar"), "to", "required"},
                {Map.of("from", "gwadar", "to", "atlantis"), "to", "atlantis"},
                {Map.of("from", many, "to", many), "to", "at most " + MatrixEngine.MAX_CELLS},
                {Map.of("from", "gwadar", "to", "kashgar", "objective", "pareto"), "objective", "one route a pair"},
                {Map.of("from", "gwadar", "to", "kashgar", "avoid", "kashgar"), "avoid", "row or column"},
                {Map.of("from", String.join(",", Collections.nCopies(21, "gwadar")), "to",
                        String.join(",", Collections.nCopies(20, "sost")), "modes", "road,sea"), "modes",
                        "at most " + MatrixEngine.MAX_ROUTER_CELLS},
                {Map.of("from", "gwadar", "to", "kashgar", "vehicle", "spaceship"), "vehicle", "spaceship"},
        };
        for (Object[] c : cases) {
            @SuppressWarnings("unchecked")
            Map<String, String> parameters = (Map<String, String>) c[0];
            assertThatThrownBy(() -> matrix(parameters, style)).as(parameters.toString())
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining(style.spell((String) c[1])).hasMessageContaining((String) c[2]);
        }
    }

    @ParameterizedTest
    @EnumSource(ParameterStyle.class)
    void badIsochroneRequestsAreRefusedNamingTheParameter(ParameterStyle style) {
        Object[][] cases = {
                {Map.of("hours", "4"), "from", "required"},
                {Map.of("from", "gwadar,sost", "hours", "4"), "from", "one place only"},
                {Map.of("from", "gwadar"), "hours", "required"},
                {Map.of("from", "gwadar", "hours", "four"), "hours", "not a number"},
                {Map.of("from", "gwadar", "hours", "0"), "hours", "above 0"},
                {Map.of("from", "gwadar", "hours", "-3"), "hours", "above 0"},
                {Map.of("from", "gwadar", "hours", "NaN"), "hours", "above 0"},
                {Map.of("from", "gwadar", "hours", "400"), "hours", "at most 336"},
                {Map.of("from", "gwadar", "hours", "1,2,3,4,5,6,7,8,9"), "hours", "at most " + Isochrones.MAX_BANDS},
                {Map.of("from", "nowhere", "hours", "4"), "from", "nowhere"},
                {Map.of("from", "gwadar", "hours", "4", "avoid", "gwadar"), "avoid", "origin"},
        };
        for (Object[] c : cases) {
            @SuppressWarnings("unchecked")
            Map<String, String> parameters = (Map<String, String>) c[0];
            assertThatThrownBy(() -> isochrone(parameters, style)).as(parameters.toString())
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining(style.spell((String) c[1])).hasMessageContaining((String) c[2]);
        }
        IsochroneRequest.Isochrone ok = isochrone(Map.of("from", "Sost", "hours", "12, 4,8"), style);
        assertThat(ok.origin().id()).isEqualTo("sost");
        assertThat(ok.hours()).containsExactly(12.0, 4.0, 8.0);
        assertThat(ok.query().modes()).isEqualTo(Set.of(Mode.ROAD));
    }

    @Test
    void theJsonAndCsvGiveEveryCellWithItsMethodAndNullsWhereNoRoute() throws IOException {
        // in January 2022 Khunjerab was closed (COVID-19): Kashgar cannot be reached by road, and says why
        MatrixRequest.Matrix m = matrix(Map.of("from", "gwadar,sost", "to", "karachi,kashgar,sost",
                "date", "2022-01-14"), ParameterStyle.API);
        RoutingGraph graph = RoutingGraph.build(DATASET, NetworkFilter.EXISTING, RoutingParameters.defaults(
                m.template().departure()));
        TravelMatrix result = new MatrixEngine(graph).compute(m.template(), m.fromIds(), m.toIds(), new Router(graph));
        JsonNode json = MatrixJson.answer(m.goal(), m.template(), result);
        assertThat(json.get("from").get(1).get("id").asText()).isEqualTo("sost");
        assertThat(json.get("hours").get(0).get(0).asDouble()).isEqualTo(result.cell(0, 0).hours());
        assertThat(json.get("hours").get(1).get(2).asDouble()).isZero();
        assertThat(json.get("hours").get(0).get(1).isNull()).isTrue();
        assertThat(json.get("unreachable_cells").asLong()).isEqualTo(2);
        assertThat(json.get("methods").get(0).get(0).asText()).isIn("hierarchy", "router");
        assertThat(json.get("modes")).hasSize(1);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(MatrixText.csv(result))).getRecords();
        assertThat(rows).hasSize(6);
        assertThat(rows.get(1).get("to_id")).isEqualTo("kashgar");
        assertThat(rows.get(1).get("reachable")).isEqualTo("false");
        assertThat(rows.get(1).get("hours")).isEmpty();
        assertThat(Double.parseDouble(rows.get(0).get("distance_km"))).isEqualTo(result.cell(0, 0).distanceKm());
        assertThat(MatrixText.table(result)).contains("hours").contains("—").contains("6 cells");
    }
}
