package corridor.cli.street;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corridor.api.route.Instructions;
import corridor.data.RoadLayerFile;
import corridor.model.network.RoadLayer;
import corridor.osm.GraphHopperSegmentSource;
import corridor.osm.RoadSegmentSource;
import corridor.routing.graph.RoutingGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code corridor route --format directions} (and {@code --format json --directions}) across Islamabad on the
 * real extract, its street names checked against the ways of the PBF as the osm module's reader reads them.
 */
class DirectionsCommandTest {

    /** Tags of every way of the extract, by OSM way id: name, ref, junction. */
    record WayTags(String name, String ref, String junction) {
        String label() {
            return Instructions.road(name, ref);
        }

        boolean roundabout() {
            return junction.equals("roundabout") || junction.equals("circular");
        }
    }

    @TempDir
    static Path temp;
    static Path data;
    static Map<Long, WayTags> ways;

    @BeforeAll
    static void importIslamabadAndReadItsWays() {
        data = temp.resolve("isb");
        Cli.importOsm("islamabad.osm.pbf", data);
        ways = new HashMap<>();
        new GraphHopperSegmentSource(1).read(Cli.OSM.resolve("islamabad.osm.pbf"), tags -> tags.containsKey("highway"),
                new RoadSegmentSource.Sink() {
                    @Override
                    public void junction(int junction, double lat, double lon) {
                    }

                    @Override
                    public void segment(int from, int to, double[] lat, double[] lon, int pointCount, long wayId,
                                        Map<String, Object> tags) {
                        ways.put(wayId, new WayTags(text(tags.get("name")), text(tags.get("ref")),
                                text(tags.get("junction"))));
                    }
                });
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().trim();
    }

    static Cli route(String... more) {
        List<String> args = new ArrayList<>(List.of("route", "--data", data.toString(), "--from", "islamabad", "--to",
                "ict-model-city", "--date", "2025-07-01"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    /** {@code items} with each run of equal neighbours kept once. */
    static List<String> merged(List<String> items) {
        List<String> out = new ArrayList<>();
        for (String item : items) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(item)) {
                out.add(item);
            }
        }
        return out;
    }

    @Test
    void theStepsNameTheStreetsOfTheRouteInOrderAsThePbfTagsThem() throws Exception {
        Cli run = route("--format", "json", "--directions");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode route = new ObjectMapper().readTree(run.out()).get("route");
        RoadLayer roads = RoadLayerFile.read(data.resolve(RoadLayerFile.NAME));

        // the ways of the route's legs, in order, from roads.bin, and their tags from the PBF
        List<Long> legWays = new ArrayList<>();
        for (JsonNode leg : route.get("legs")) {
            int segment = RoutingGraph.roadSegmentOf(leg.get("link").asText());
            assertThat(segment).as("every leg drives a street: " + leg.get("link")).isNotNegative();
            legWays.add(roads.wayId(segment));
        }
        List<String> expected = merged(legWays.stream().filter(w -> !ways.get(w).roundabout())
                .map(w -> ways.get(w).label()).toList());

        JsonNode directions = route.get("directions");
        assertThat(directions.get("street_level").asBoolean()).isTrue();
        assertThat(directions.get("attribution").asText()).isEqualTo("© OpenStreetMap contributors, ODbL 1.0");
        List<JsonNode> steps = new ArrayList<>();
        directions.get("legs").forEach(leg -> leg.get("steps").forEach(steps::add));
        JsonNode arrival = steps.remove(steps.size() - 1);
        assertThat(arrival.get("instruction").asText()).isEqualTo("Arrive at ICT Model Industrial City (Islamabad)");

        // the steps name those streets in order (a roundabout's step names the road it leaves by)
        List<String> named = merged(steps.stream().map(s -> Instructions.road(s.get("name").asText(),
                s.get("ref").asText())).toList());
        assertThat(named).isEqualTo(expected);
        assertThat(named).contains("Kashmir Highway (E-75)", "Islamabad Expressway (E2)");
        // and drive its ways in order, each step's ways where its road is
        List<Long> stepWays = new ArrayList<>();
        steps.forEach(s -> s.get("way_ids").forEach(w -> stepWays.add(w.asLong())));
        assertThat(merged(stepWays.stream().map(String::valueOf).toList()))
                .isEqualTo(merged(legWays.stream().map(String::valueOf).toList()));
        for (JsonNode step : steps) {
            if (!step.get("maneuver").asText().equals("roundabout")) {
                step.get("way_ids").forEach(w -> assertThat(ways.get(w.asLong()).label())
                        .isEqualTo(Instructions.road(step.get("name").asText(), step.get("ref").asText())));
            }
        }
        // consecutive segments of one road are one step unless the route turns off it where another way goes on
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i).get("stays_on_road").asBoolean()) {
                assertThat(Math.abs(steps.get(i).get("turn_degrees").asDouble())).isGreaterThanOrEqualTo(45.8);
            }
        }
        assertThat(steps.size()).isLessThan(legWays.size());
        // distances and times of the steps add up to the route's
        double km = steps.stream().mapToDouble(s -> s.get("distance_km").asDouble()).sum();
        double hours = steps.stream().mapToDouble(s -> s.get("hours").asDouble()).sum();
        assertThat(km).isCloseTo(route.at("/totals/distance_km").asDouble(), within(1e-6));
        assertThat(hours).isCloseTo(route.at("/totals/hours").asDouble(), within(1e-6));
        // the roundabout the route takes is tagged one in the PBF, and the step counts its exit
        JsonNode roundabout = steps.stream().filter(s -> s.get("maneuver").asText().equals("roundabout")).findFirst()
                .orElseThrow();
        assertThat(roundabout.get("exit").asInt()).isPositive();
        assertThat(roundabout.get("instruction").asText()).startsWith("At the roundabout, take the "
                + roundabout.get("exit").asInt());
        assertThat(ways.get(roundabout.get("way_ids").get(0).asLong()).roundabout()).isTrue();
    }

    @Test
    void theTextShowsTheCorridorLegAboveItsNumberedSteps() throws Exception {
        Cli text = route("--format", "directions");
        assertThat(text.exitCode()).as(text.err()).isZero();
        JsonNode directions = new ObjectMapper().readTree(route("--format", "json", "--directions").out())
                .at("/route/directions");

        String out = text.out();
        assertThat(out).startsWith("Directions: Islamabad → ICT Model Industrial City (Islamabad), leaving 2025-07-01")
                .contains("on street-level roads, © OpenStreetMap contributors, ODbL 1.0")
                .containsPattern("leg 1  Islamabad → ICT Model Industrial City \\(Islamabad\\) +\\d+\\.\\d km");
        // every step's sentence, numbered, in order, under its leg
        int at = out.indexOf("leg 1");
        int number = 0;
        for (JsonNode step : directions.at("/legs/0/steps")) {
            String line = String.format(java.util.Locale.ROOT, "%5d  %s", ++number, step.get("instruction").asText());
            int found = out.indexOf(line, at);
            assertThat(found).as(line).isGreaterThan(at);
            at = found;
        }
        assertThat(out).contains("Head ", "Turn ", "Keep left", "Continue onto Islamabad Expressway (E2)");
    }

    @Test
    void withoutStreetsEachCorridorLinkIsOneStepAndTheOutputSaysSo() {
        Cli run = Cli.run("route", "--from", "kashgar", "--to", "islamabad", "--date", "2025-07-01", "--format",
                "directions");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("the dataset has no street-level roads", "one step per corridor link",
                "Follow G314 Kashgar-Tashkurgan to Tashkurgan", "Arrive at Islamabad");
        Cli table = Cli.run("route", "--from", "kashgar", "--to", "islamabad", "--date", "2025-07-01");
        long moves = table.out().lines().filter(l -> l.matches(" *\\d+  .* road .*")).count();
        long follows = run.out().lines().filter(l -> l.matches(" *\\d+  Follow .*")).count();
        assertThat(follows).isEqualTo(moves).isPositive();
    }

    @Test
    void badFormatsAndCombinationsAreRefusedClearly() {
        Cli kml = route("--format", "kml");
        assertThat(kml.exitCode()).isEqualTo(2);
        assertThat(kml.err()).contains("--format", "expected table, json, geojson, gpx or directions, got 'kml'");

        Cli pareto = route("--format", "directions", "--objective", "pareto");
        assertThat(pareto.exitCode()).isEqualTo(2);
        assertThat(pareto.err()).contains("--format", "directions writes one route; not with --objective pareto");

        Cli flag = route("--directions");
        assertThat(flag.exitCode()).isEqualTo(2);
        assertThat(flag.err()).contains("--directions", "adds directions to --format json");

        Cli flagPareto = route("--format", "json", "--directions", "--objective", "pareto");
        assertThat(flagPareto.exitCode()).isEqualTo(2);
        assertThat(flagPareto.err()).contains("--directions", "directions are written for one route");
    }
}
