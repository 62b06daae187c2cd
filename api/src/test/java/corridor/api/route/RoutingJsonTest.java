package corridor.api.route;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.model.network.Mode;
import corridor.routing.analysis.Comparison;
import corridor.routing.analysis.Criticality;
import corridor.routing.analysis.ExportRoutes;
import corridor.routing.analysis.OdPair;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.io.ScenarioReader;
import corridor.routing.route.Cargo;
import corridor.routing.route.Objective;
import corridor.routing.route.Route;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import corridor.routing.scenario.ScenarioComparison;
import corridor.routing.search.Router;
import corridor.routing.testing.Net;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The JSON writers: the keys the API and {@code --format json} share, on the built-in dataset and small networks. */
class RoutingJsonTest {

    private static final LocalDate JULY_2024 = LocalDate.of(2024, 7, 1);
    private static final LocalDate FEBRUARY_2024 = LocalDate.of(2024, 2, 20);
    private static Dataset dataset;
    private static Router router;

    @BeforeAll
    static void load() {
        dataset = BuiltInDataset.load();
        router = new Router(RoutingGraph.build(dataset, NetworkFilter.EXISTING, RoutingParameters.defaults(JULY_2024)));
    }

    private static RouteQuery kashgarTo(String to, LocalDate date) {
        return RouteQuery.of("kashgar", to, date, Cargo.tonnes(20));
    }

    @Test
    void aRouteAnswerHasItsObjectiveLegsThatSumToTheTotalsAndItsGeoJson() {
        ObjectNode answer = RouteJson.answer(RouteGoal.of(Objective.COST),
                router.route(kashgarTo("gwadar", JULY_2024).withObjective(Objective.COST)));

        assertThat(answer.get("objective").asText()).isEqualTo("cost");
        assertThat(answer.get("found").asBoolean()).isTrue();
        JsonNode route = answer.get("route");
        assertThat(fieldNames(route)).containsExactly("from", "from_name", "to", "to_name", "departure", "arrival",
                "arrival_p95", "hours_p95", "time_basis", "simulated", "cargo", "cargo_tonnes", "uses_assumptions", "totals",
                "legs", "geojson");
        assertThat(route.get("from_name").asText()).isEqualTo("Kashgar");
        double hours = 0;
        for (JsonNode leg : route.get("legs")) {
            hours += leg.get("totals").get("hours").asDouble();
            assertThat(leg.get("description").asText()).isNotBlank();
            if (leg.get("kind").asText().equals("move")) {
                assertThat(leg.has("link") && leg.has("mode") && leg.has("from_name") && leg.has("to_name")).isTrue();
                assertThat(leg.has("speed_kmh")).isTrue();
                assertThat(leg.get("speed_source").asText()).isNotBlank();
            } else {
                assertThat(leg.has("place")).isTrue();
            }
        }
        assertThat(route.get("totals").get("hours").asDouble()).isCloseTo(hours, within(1e-6));
        assertThat(route.get("geojson").get("features")).hasSize(route.get("legs").size());
        assertThat(fieldNames(route.get("totals"))).containsExactly("distance_km", "hours", "cost_usd", "co2_kg", "risk");
    }

    @Test
    void noRouteSaysWhyAndNamesTheClosedPlaceAsAnObject() {
        RouteResult none = router.route(kashgarTo("gwadar", FEBRUARY_2024).withModes(EnumSet.of(Mode.ROAD)));

        ObjectNode result = RouteJson.result(none);

        assertThat(result.get("found").asBoolean()).isFalse();
        assertThat(result.has("route")).isFalse();
        assertThat(result.get("why_none").asText()).contains("Khunjerab");
        JsonNode closure = result.get("closures").get(0);
        assertThat(fieldNames(closure)).containsExactly("place", "place_name", "date", "reason", "text");
        assertThat(closure.get("place").asText()).isEqualTo("khunjerab");
        // 468 km of mountain road from Kashgar at a truck's 19 km/h (RoadSpeedModel): the pass is reached on the 21st
        assertThat(closure.get("date").asText()).isEqualTo("2024-02-21");
    }

    @Test
    void aBlendNamesItsWeights() {
        RouteGoal blend = RouteGoal.blend(new corridor.routing.route.Weights(1, 0.02, 0, 0));
        ObjectNode answer = RouteJson.answer(blend, router.route(kashgarTo("gwadar", JULY_2024).withWeights(blend.weights())));

        assertThat(answer.get("objective").asText()).isEqualTo("weighted");
        assertThat(answer.get("weights").get("cost").asDouble()).isEqualTo(0.02);
    }

    @Test
    void theParetoSetListsItsRoutes() {
        ObjectNode answer = ParetoJson.answer(router.pareto(kashgarTo("jebel-ali", JULY_2024)));

        assertThat(fieldNames(answer)).containsExactly("objective", "found", "truncated", "routes", "closures");
        assertThat(answer.get("objective").asText()).isEqualTo("pareto");
        assertThat(answer.get("routes").size()).isGreaterThan(1);
        answer.get("routes").forEach(r -> assertThat(r.get("legs")).isNotEmpty());
    }

    @Test
    void theComparisonGivesEachSeaportWithItsKmByMode() {
        List<Comparison.Alternative> alternatives = Comparison.viaSeaports(router, kashgarTo("jebel-ali", JULY_2024));

        ObjectNode answer = ComparisonJson.answer(Objective.TIME, alternatives);

        assertThat(answer.get("objective").asText()).isEqualTo("time");
        JsonNode gwadar = stream(answer.get("alternatives")).filter(a -> a.get("via").get("id").asText().equals("gwadar-port"))
                .findFirst().orElseThrow();
        assertThat(fieldNames(gwadar)).containsExactly("via", "km_by_mode", "found", "route", "closures", "access");
        assertThat(gwadar.get("via").get("country").asText()).isEqualTo("PK");
        assertThat(gwadar.get("km_by_mode").has("road")).isTrue();
        assertThat(gwadar.get("km_by_mode").has("sea")).isTrue();
    }

    @Test
    void aScenarioGivesBeforeAfterAndWhetherTheDifferenceIsComparable() {
        Net net = Net.throughAHub();
        ScenarioComparison halved = ScenarioComparison.run(
                ScenarioReader.parse("name: halved\nplaces:\n  - id: h\n    dwell_factor: 0.5\n", "h.yaml"), net.dataset(),
                RouteQuery.of("a", "z", JULY_2024, Cargo.tonnes(1)), RoutingParameters.defaults(Net.REFERENCE), "h.yaml");

        ObjectNode answer = ScenarioComparisonJson.answer(halved);

        assertThat(fieldNames(answer)).containsExactly("scenario", "changes", "before", "after", "difference", "router",
                "router_note");
        assertThat(answer.get("scenario").get("name").asText()).isEqualTo("halved");
        assertThat(answer.get("scenario").get("network").asText()).isEqualTo("existing");
        assertThat(answer.get("changes").get(0).asText()).isEqualTo("h: dwell default 24 h × 0.50 = 12 h");
        assertThat(answer.get("difference").get("hours").asDouble()).isEqualTo(-12.0, within(1e-9));
        // the hub's handling cost is unknown on both sides: the cost totals are lower bounds
        assertThat(answer.get("difference").get("cost_comparable").asBoolean()).isFalse();
        assertThat(answer.get("before").get("found").asBoolean()).isTrue();
    }

    @Test
    void theRoutesOfAMineralAreaNameTheirWayOutAndCostPerTonne() {
        Net net = Net.waysOut();
        RouteQuery template = RouteQuery.of("t", "k", Net.REFERENCE, Cargo.tonnes(10)).withObjective(Objective.COST);
        List<ExportRoutes.Row> rows = ExportRoutes.routes(net.router(), List.of(Net.MINE),
                ExportRoutes.waysOut(net.places, net.links, "PK", "CN"), template, "CN", "k");

        ObjectNode answer = ExportRoutesJson.answer(Objective.COST, rows);

        assertThat(answer.get("objective").asText()).isEqualTo("cost");
        JsonNode road = answer.get("routes").get(0);
        assertThat(fieldNames(road)).containsExactly("mineral", "mineral_name", "start", "start_name", "first_mile_km",
                "way_out", "to", "to_name", "found", "route", "closures", "access", "cost_usd_per_tonne", "cost_incomplete");
        assertThat(road.get("way_out").get("id").asText()).isEqualTo("x");
        assertThat(road.get("way_out").get("kind").asText()).isEqualTo("overland");
        assertThat(road.get("way_out").get("label").asText()).isEqualTo("road over X");
        assertThat(road.get("cost_usd_per_tonne").asDouble()).isCloseTo(22.2, within(1e-6));
        assertThat(answer.get("routes").get(1).get("to").asText()).isEqualTo("s");
    }

    @Test
    void criticalityListsTheLinksAndThePairsTheyCutOff() {
        Net net = Net.diamondWithSpur();
        List<OdPair> pairs = List.of(new OdPair("a", "d", ""), new OdPair("a", "e", ""));
        Criticality.Report report = Criticality.rank(net.router(), pairs,
                RouteQuery.of("a", "d", JULY_2024, Cargo.tonnes(1)), Objective.TIME, null);

        ObjectNode answer = CriticalityJson.answer(report, 1);

        assertThat(answer.get("metric").asText()).isEqualTo("time");
        assertThat(answer.get("links")).hasSize(1);
        JsonNode first = answer.get("links").get(0);
        assertThat(fieldNames(first)).containsExactly("link", "name", "mode", "extra", "rerouted", "cut_off");
        assertThat(first.get("link").asText()).isEqualTo("de");
        assertThat(first.get("cut_off").get(0).get("to").asText()).isEqualTo("e");
        assertThat(answer.get("unreachable")).isEmpty();
    }

    @Test
    void geoJsonRunsInTheDirectionOfTravel() {
        Route route = Net.diamond().router().route(RouteQuery.of("d", "a", JULY_2024, Cargo.tonnes(1))).route();

        JsonNode first = RouteGeoJson.features(List.of(route)).get("features").get(0);

        // bd runs b (0.5, 0.5) → d (0, 1); travelled from d, the first position is d's: [1.0, 0.0].
        assertThat(first.get("geometry").get("coordinates").toString()).isEqualTo("[[1.0,0.0],[0.5,0.5]]");
        assertThat(first.get("properties").get("link").asText()).isEqualTo("bd");
        assertThat(first.get("properties").get("from").asText()).isEqualTo("d");
    }

    @Test
    void everyKeyOfEveryWriterIsSnakeCase() {
        List<JsonNode> answers = List.of(
                RouteJson.answer(RouteGoal.of(Objective.TIME), router.route(kashgarTo("gwadar", JULY_2024))),
                RouteJson.result(router.route(kashgarTo("gwadar", FEBRUARY_2024).withModes(EnumSet.of(Mode.ROAD)))),
                ParetoJson.answer(router.pareto(kashgarTo("gwadar", JULY_2024))),
                ComparisonJson.answer(Objective.TIME, Comparison.viaSeaports(router, kashgarTo("jebel-ali", FEBRUARY_2024))));
        for (JsonNode answer : answers) {
            assertThat(allKeys(answer, new ArrayList<>())).isNotEmpty().allMatch(k -> k.matches("[a-z0-9]+(_[a-z0-9]+)*"));
        }
    }

    private static List<String> allKeys(JsonNode node, List<String> keys) {
        node.fields().forEachRemaining(e -> {
            keys.add(e.getKey());
            allKeys(e.getValue(), keys);
        });
        if (node.isArray()) {
            node.forEach(item -> allKeys(item, keys));
        }
        return keys;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }
}
