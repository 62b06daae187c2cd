package corridor.cli.route;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corridor.cli.testing.CliRun;
import corridor.cli.testing.SlowCrossingPings;
import corridor.monitor.score.TruthCsv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code corridor route --observed STATE} and {@code compare --observed}: a monitoring state, built by
 * ingesting pings of trucks that wait 26 to 60 h at the Khunjerab Pass and crawl down to Sost,
 * changes the route's arrival at the median and at the 95th percentile; legs without observations
 * say "model"; a state of simulated pings says so; a bad state file is refused naming it.
 */
class ObservedRouteCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Kashgar to Islamabad by road crosses the pass: the trucks' month, and a month they did not drive. */
    private static final String[] ROUTE = {"route", "--from", "kashgar", "--to", "islamabad", "--modes", "road"};
    private static final String MAY = "2025-05-15";
    private static final String JULY = "2025-07-15";

    @TempDir
    static Path dir;
    static Path state;

    @BeforeAll
    static void ingestTheSlowCrossing() throws Exception {
        SlowCrossingPings.Ingested ingest = SlowCrossingPings.ingest(dir);
        state = ingest.state();
        assertThat(ingest.out()).contains("trips: " + SlowCrossingPings.CROSSING_HOURS.length).doesNotContain("simulated");
    }

    private static JsonNode route(String date, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of(ROUTE));
        args.addAll(List.of("--date", date, "--format", "json"));
        args.addAll(List.of(more));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out()).path("route");
    }

    private static JsonNode leg(JsonNode route, String linkOrPlace) {
        return StreamSupport.stream(route.path("legs").spliterator(), false)
                .filter(l -> linkOrPlace.equals(l.path("link").asText()) || linkOrPlace.equals(l.path("place").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no leg " + linkOrPlace + " in " + route));
    }

    @Test
    void aSlowCrossingObservedDelaysTheArrivalAndItsNinetyFifthPercentile() throws Exception {
        JsonNode model = route(MAY);
        JsonNode observed = route(MAY, "--observed", state.toString());

        JsonNode crossing = leg(observed, "khunjerab");
        assertThat(crossing.path("time_source").asText()).isEqualTo("observed");
        assertThat(crossing.path("observations").asLong()).isEqualTo(SlowCrossingPings.CROSSING_HOURS.length);
        assertThat(crossing.path("observed_month").asText()).isEqualTo(SlowCrossingPings.MONTH);
        assertThat(crossing.path("time_source_text").asText()).isEqualTo("observed median, 7 trips, 2025-05");
        // the median of the waits (36 h) and their 95th percentile, DDSketch within 1% (plus the stop's ends)
        assertThat(crossing.at("/totals/hours").asDouble()).isCloseTo(36, within(0.6));
        assertThat(crossing.path("p95_hours").asDouble()).isGreaterThan(45).isLessThanOrEqualTo(60.7);
        assertThat(leg(model, "khunjerab").at("/totals/hours").asDouble()).isEqualTo(2.3);
        // down to Sost at 6-11 km/h: observed, slower than the model's 18 km/h
        JsonNode kkh = leg(observed, "kkh-khunjerab-sost");
        assertThat(kkh.path("time_source").asText()).isEqualTo("observed");
        assertThat(kkh.path("speed_source").asText()).startsWith("observed median transit time, 7 trips");
        assertThat(kkh.at("/totals/hours").asDouble()).isGreaterThan(leg(model, "kkh-khunjerab-sost").at("/totals/hours").asDouble());
        assertThat(kkh.path("p95_hours").asDouble()).isGreaterThan(kkh.at("/totals/hours").asDouble());
        // no truck drove the Hazara motorway: the model, and its 95th percentile is its time
        JsonNode motorway = leg(observed, "e35-havelian-burhan");
        assertThat(motorway.path("time_source").asText()).isEqualTo("model");
        assertThat(motorway.path("time_source_text").asText()).isEqualTo("model (nothing observed in 2025-05)");
        assertThat(motorway.path("p95_hours").asDouble()).isEqualTo(motorway.at("/totals/hours").asDouble());
        assertThat(motorway.at("/totals/hours").asDouble()).isEqualTo(leg(model, "e35-havelian-burhan").at("/totals/hours").asDouble());

        double modelHours = model.at("/totals/hours").asDouble();
        double medianHours = observed.at("/totals/hours").asDouble();
        double p95Hours = observed.path("hours_p95").asDouble();
        assertThat(medianHours).isGreaterThan(modelHours + 30);
        assertThat(p95Hours).isGreaterThan(medianHours + 9);
        double legP95 = StreamSupport.stream(observed.path("legs").spliterator(), false)
                .mapToDouble(l -> l.path("p95_hours").asDouble()).sum();
        assertThat(p95Hours).isCloseTo(legP95, within(1e-9));
        assertThat(observed.path("time_basis").asText()).isEqualTo("observed");
        assertThat(observed.path("simulated").asBoolean()).isFalse();
        assertThat(observed.path("arrival").asText()).isGreaterThan(model.path("arrival").asText());
        assertThat(observed.path("arrival_p95").asText()).isGreaterThan(observed.path("arrival").asText());

        CliRun table = CliRun.of(ROUTE[0], ROUTE[1], ROUTE[2], ROUTE[3], ROUTE[4], ROUTE[5], ROUTE[6], "--date", MAY,
                "--observed", state.toString());
        assertThat(table.out()).contains("at the median", "at the 95th percentile", "a conservative figure",
                "observed median, 7 trips, 2025-05 (legs 2-4)", "model (nothing observed in 2025-05)")
                .doesNotContain("SIMULATED");
    }

    @Test
    void withoutAStateEveryLegSaysItUsedTheModel() throws Exception {
        JsonNode model = route(MAY);

        assertThat(model.path("time_basis").asText()).isEqualTo("model");
        assertThat(model.path("arrival_p95").isNull()).isTrue();
        assertThat(model.path("hours_p95").isNull()).isTrue();
        assertThat(model.path("legs")).allMatch(l -> l.path("time_source").asText().equals("model")
                && l.path("time_source_text").asText().equals("model") && l.path("observations").asLong() == 0);
        CliRun table = CliRun.of(ROUTE[0], ROUTE[1], ROUTE[2], ROUTE[3], ROUTE[4], ROUTE[5], ROUTE[6], "--date", MAY);
        assertThat(table.out()).contains("times from the model (no monitoring state)").doesNotContain("95th");
    }

    @Test
    void inAMonthTheStateDidNotObserveTheRouteIsTheModelsAndSaysWhichMonthsItHolds() throws Exception {
        JsonNode model = route(JULY);
        JsonNode observed = route(JULY, "--observed", state.toString());

        assertThat(observed.at("/totals/hours").asDouble()).isEqualTo(model.at("/totals/hours").asDouble());
        assertThat(observed.path("hours_p95").asDouble()).isCloseTo(model.at("/totals/hours").asDouble(), within(1e-9));
        assertThat(observed.path("legs")).allMatch(l -> l.path("time_source_text").asText()
                .equals("model (the monitoring state holds nothing for 2025-07; it holds 2025-05)"));
    }

    @Test
    void aCarTakesTheObservedCrossingButNotTheTrucksLinkTimes() throws Exception {
        JsonNode car = route(MAY, "--observed", state.toString(), "--vehicle", "car");

        assertThat(leg(car, "khunjerab").path("time_source").asText()).isEqualTo("observed");
        JsonNode kkh = leg(car, "kkh-khunjerab-sost");
        assertThat(kkh.path("time_source").asText()).isEqualTo("model");
        assertThat(kkh.path("time_source_text").asText()).contains("observed of trucks, not of a car");
        assertThat(kkh.path("speed_source").asText()).startsWith("speed model: car");
    }

    @Test
    void aStateOfSimulatedPingsIsLabelledSimulated() throws Exception {
        Path simulatedDir = Files.createDirectories(dir.resolve("sim"));
        Path pings = simulatedDir.resolve("pings.csv");
        Files.writeString(pings, SlowCrossingPings.csv());
        // the simulator's truth beside the pings marks them simulated, as --simulated does
        Files.writeString(simulatedDir.resolve("truth.csv"), TruthCsv.HEADER + "\n");
        Path simulated = simulatedDir.resolve("state.json");
        CliRun ingest = CliRun.of("monitor", "ingest", pings.toString(), "--state", simulated.toString(), "--now",
                SlowCrossingPings.NOW);
        assertThat(ingest.out()).contains("simulated: 8");
        assertThat(Files.readString(simulated)).contains("\"simulated\"");

        JsonNode route = route(MAY, "--observed", simulated.toString());

        assertThat(route.path("simulated").asBoolean()).isTrue();
        JsonNode crossing = leg(route, "khunjerab");
        assertThat(crossing.path("simulated").asBoolean()).isTrue();
        assertThat(crossing.path("time_source_text").asText())
                .isEqualTo("simulated median, 7 trips, 2025-05 (simulated pings, not real trucks)");
        CliRun table = CliRun.of(ROUTE[0], ROUTE[1], ROUTE[2], ROUTE[3], ROUTE[4], ROUTE[5], ROUTE[6], "--date", MAY,
                "--observed", simulated.toString());
        assertThat(table.out()).contains("SIMULATED observations, not real trucks", "simulated median, 7 trips");

        Path flagged = dir.resolve("flagged.json");
        CliRun byFlag = CliRun.of("monitor", "ingest", dir.resolve("slow-crossing.csv").toString(), "--state",
                flagged.toString(), "--now", SlowCrossingPings.NOW, "--simulated");
        assertThat(byFlag.exitCode()).as(byFlag.err()).isZero();
        assertThat(route(MAY, "--observed", flagged.toString()).path("simulated").asBoolean()).isTrue();
    }

    @Test
    void compareTakesTheObservedTimesToo() throws Exception {
        CliRun run = CliRun.of("compare", "--from", "kashgar", "--to", "jebel-ali", "--date", MAY, "--observed",
                state.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode alternatives = JSON.readTree(run.out()).path("alternatives");
        assertThat(alternatives).anyMatch(a -> a.at("/route/time_basis").asText().equals("observed"));
        assertThat(alternatives).anyMatch(a -> StreamSupport.stream(a.at("/route/legs").spliterator(), false)
                .anyMatch(l -> l.path("place").asText().equals("khunjerab") && l.path("time_source").asText().equals("observed")));
    }

    @Test
    void aBadStateFileIsRefusedNamingItAndWhy() throws Exception {
        Path notJson = dir.resolve("not-json.json");
        Files.writeString(notJson, "pings, but not a state");
        Path otherJson = dir.resolve("other.json");
        Files.writeString(otherJson, "{\"format\": \"something-else/1\"}");
        Path badCount = dir.resolve("bad-count.json");
        Files.writeString(badCount, Files.readString(state).replaceFirst("\"accepted\" : (\\d+)",
                "\"accepted\" : $1, \"simulated\" : -4"));

        for (Object[] bad : new Object[][] {{notJson, "not JSON"}, {otherJson, "not a monitor state file"},
                {dir.resolve("missing.json"), "no monitor state here"}, {badCount, "pings.simulated"}}) {
            CliRun run = CliRun.of(ROUTE[0], ROUTE[1], ROUTE[2], ROUTE[3], ROUTE[4], "--date", MAY, "--observed",
                    bad[0].toString());
            assertThat(run.exitCode()).as(run.out()).isEqualTo(2);
            assertThat(run.err()).contains(((Path) bad[0]).getFileName().toString(), (String) bad[1])
                    .doesNotContain("Exception", "\tat ");
        }
    }
}
