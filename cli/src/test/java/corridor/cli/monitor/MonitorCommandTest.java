package corridor.cli.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corridor.cli.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code corridor simulate-fleet}, {@code monitor ingest} and {@code monitor report} end to end. */
class MonitorCommandTest {

    private static final String NOW = "2026-01-01T00:00:00Z";

    @Test
    void simulateIngestAndReport(@TempDir Path dir) throws Exception {
        // seed 3: a fleet whose 12 days include border crossings on the built-in network (seed 5's
        // no longer did once the network grew by the N-15, Chabahar and Angoor Adda)
        CliRun sim = CliRun.of("simulate-fleet", "--trucks", "4", "--days", "12", "--seed", "3", "--out", dir.toString());
        assertThat(sim.exitCode()).as(sim.err()).isZero();
        List<String> pings = Files.readAllLines(dir.resolve("pings.csv"));
        List<String> truth = Files.readAllLines(dir.resolve("truth.csv"));
        assertThat(pings.get(0)).isEqualTo("vehicle_id,timestamp,latitude,longitude,speed_kmh");
        assertThat(truth).anyMatch(l -> l.contains(",trip,")).anyMatch(l -> l.contains(",link,"));

        Path state = dir.resolve("state.json");
        CliRun ingest = CliRun.of("monitor", "ingest", dir.resolve("pings.csv").toString(), "--state", state.toString(),
                "--now", NOW);
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        assertThat(ingest.out()).contains("pings accepted: " + (pings.size() - 1)).contains("pings rejected: 0")
                // the simulator's truth.csv lies beside its pings: the state says they are simulated
                .contains("simulated: " + (pings.size() - 1) + " of the pings are simulated");
        assertThat(state).isRegularFile();

        CliRun table = CliRun.of("monitor", "report", "--state", state.toString());
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("SIMULATED: " + (pings.size() - 1)).contains("SWOD km/h").contains("section").contains("link")
                .contains("SWD km/h: speed with delay (SWD)");

        CliRun csv = CliRun.of("monitor", "report", "--state", state.toString(), "--section", "--format", "csv");
        List<String> rows = csv.out().lines().toList();
        assertThat(rows.get(0)).startsWith("subject,id,month,count,mean_hours");
        assertThat(rows.subList(1, rows.size())).isNotEmpty().allMatch(r -> r.startsWith("section,"));
        long truthTrips = truth.stream().filter(l -> l.contains(",trip,")).count();
        long reportedTrips = rows.subList(1, rows.size()).stream().mapToLong(r -> Long.parseLong(r.split(",")[3])).sum();
        // the report also counts the trips still under way when the simulation ends
        assertThat(reportedTrips).isGreaterThanOrEqualTo(truthTrips);

        CliRun json = CliRun.of("monitor", "report", "--state", state.toString(), "--format", "json", "--month", "2025-05");
        JsonNode root = new ObjectMapper().readTree(json.out());
        // the keys of GET /api/monitor/indicators (one writer, IndicatorReportJson), snake_case
        List<String> keys = new java.util.ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("simulated", "accepted_pings", "rejected_pings", "rejected_by_reason", "trips",
                "unmatched_trips", "months", "indicators", "definitions");
        assertThat(root.path("simulated").asBoolean()).isTrue();
        assertThat(root.path("accepted_pings").asLong()).isEqualTo(pings.size() - 1);
        assertThat(root.path("indicators")).isNotEmpty().allMatch(n -> n.path("month").asText().equals("2025-05"))
                .allMatch(n -> n.path("name").isTextual() && n.has("swd_kmh") && n.has("previous_month"));
        assertThat(root.path("definitions")).anyMatch(d -> d.path("key").asText().equals("tfi3_usd"));

        CliRun fixed = CliRun.of("monitor", "report", "--state", state.toString(), "--subject", "corridor_section",
                "--format", "json");
        assertThat(new ObjectMapper().readTree(fixed.out()).path("indicators")).isNotEmpty()
                .allMatch(n -> n.path("subject").asText().equals("corridor_section") && n.path("p95_hours").isNumber());

        // the ingest against the simulator's truth: every trip, link and dwell indicator close
        CliRun score = CliRun.of("monitor", "score", "--state", state.toString(), "--truth",
                dir.resolve("truth.csv").toString(), "--format", "csv");
        assertThat(score.exitCode()).as(score.err()).isZero();
        List<String> errors = score.out().lines().toList();
        assertThat(errors.get(0)).isEqualTo("subject,indicator,compared,mean_absolute_error,mean_relative_error,"
                + "only_in_truth,only_measured");
        for (String subject : List.of("link", "corridor_section", "border_crossing")) {
            String meanHours = errors.stream().filter(r -> r.startsWith(subject + ",mean_hours,")).findFirst().orElseThrow();
            // mean relative error of the mean time below 5%
            assertThat(Double.parseDouble(meanHours.split(",")[4])).as(meanHours).isLessThan(0.05);
        }
        CliRun table2 = CliRun.of("monitor", "score", "--state", state.toString(), "--truth",
                dir.resolve("truth.csv").toString());
        assertThat(table2.out()).contains("mean |err|", "swd_kmh");
        Files.writeString(dir.resolve("bad-truth.csv"), "vehicle_id,trip,kind\n");
        CliRun bad = CliRun.of("monitor", "score", "--state", state.toString(), "--truth",
                dir.resolve("bad-truth.csv").toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("bad-truth.csv line 1", "not a truth file");

        CliRun geo = CliRun.of("monitor", "report", "--state", state.toString(), "--format", "geojson");
        JsonNode map = new ObjectMapper().readTree(geo.out());
        assertThat(map.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(map.path("features")).isNotEmpty()
                .anyMatch(f -> f.path("geometry").path("type").asText().equals("LineString")
                        && f.path("properties").path("swd_kmh").isNumber());

        // routing plans with the observed values
        CliRun plain = CliRun.of("route", "--from", "kashgar", "--to", "gwadar-port");
        CliRun observed = CliRun.of("route", "--from", "kashgar", "--to", "gwadar-port", "--observed", state.toString());
        assertThat(observed.exitCode()).as(observed.err()).isEqualTo(plain.exitCode()).isZero();
        CliRun noState = CliRun.of("route", "--from", "kashgar", "--to", "gwadar-port", "--observed",
                dir.resolve("missing.json").toString());
        assertThat(noState.exitCode()).isEqualTo(2);
        assertThat(noState.err()).contains("missing.json");

        // merging the same input again doubles the counts: parts add up
        CliRun again = CliRun.of("monitor", "ingest", dir.resolve("pings.csv").toString(), "--state", state.toString(),
                "--now", NOW, "--merge");
        assertThat(again.out()).contains("pings accepted: " + 2 * (pings.size() - 1)).contains("merged into");
    }

    @Test
    void theScorerAcceptsTheTruthOfIssue27(@TempDir Path dir) throws Exception {
        // the run of issue 27: its truth had a trip whose stop_hours was written as -0.0001
        CliRun sim = CliRun.of("simulate-fleet", "--trucks", "30", "--days", "10", "--seed", "11", "--out", dir.toString());
        assertThat(sim.exitCode()).as(sim.err()).isZero();
        assertThat(Files.readAllLines(dir.resolve("truth.csv"))).noneMatch(l -> l.contains(",-"));
        Path state = dir.resolve("state.json");
        CliRun ingest = CliRun.of("monitor", "ingest", dir.resolve("pings.csv").toString(), "--state", state.toString(),
                "--now", NOW);
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        CliRun score = CliRun.of("monitor", "score", "--state", state.toString(), "--truth",
                dir.resolve("truth.csv").toString(), "--format", "csv");
        assertThat(score.exitCode()).as(score.err()).isZero();
        String corridorSections = score.out().lines().filter(r -> r.startsWith("corridor_section,mean_hours,"))
                .findFirst().orElseThrow();
        // the documented bound (monitor/INDICATORS.md): below 5% on corridor sections
        assertThat(Double.parseDouble(corridorSections.split(",")[4])).as(corridorSections).isLessThan(0.05);
    }

    @Test
    void badPingsAreCountedAndListedAndStrictModeStops(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, """
                vehicle_id,timestamp,latitude,longitude
                t1,2025-05-01T00:00:00Z,36.69,74.82
                t1,2025-05-01T00:01:00Z,136.69,74.82
                t1,2099-05-01T00:01:00Z,36.69,74.82
                """);
        Path state = dir.resolve("s.json");
        Path rejects = dir.resolve("rejects.csv");
        Path costs = dir.resolve("costs.csv");
        Files.writeString(costs, "vehicle_id,timestamp,cost_usd,place\nt1,2025-04-01T00:00:00Z,50,sost\n");
        CliRun lenient = CliRun.of("monitor", "ingest", file.toString(), "--state", state.toString(), "--now", NOW,
                "--rejects", rejects.toString(), "--costs", costs.toString());
        assertThat(lenient.exitCode()).isZero();
        assertThat(lenient.out()).contains("pings accepted: 1")
                .contains("pings rejected: 2 (impossible_coordinates 1, future_timestamp 1)");
        assertThat(lenient.err()).contains("line 3: impossible_coordinates");
        assertThat(Files.readAllLines(rejects)).hasSize(3);
        assertThat(lenient.out()).contains("cost records: 1, of which 1 fell within no trip");

        Path strictState = dir.resolve("strict.json");
        CliRun strict = CliRun.of("monitor", "ingest", file.toString(), "--state", strictState.toString(), "--now", NOW,
                "--strict");
        assertThat(strict.exitCode()).isEqualTo(2);
        assertThat(strict.err()).contains("line 3").contains("impossible_coordinates");
        assertThat(strictState).doesNotExist();
    }

    @Test
    void pingsComeFromStandardInput(@TempDir Path dir) {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(("vehicle_id,timestamp,latitude,longitude\n"
                    + "t1,2025-05-01T00:00:00Z,36.69,74.82\nt1,2025-05-01T00:05:00Z,36.69,74.82\n")
                    .getBytes(StandardCharsets.UTF_8)));
            CliRun run = CliRun.of("monitor", "ingest", "-", "--state", dir.resolve("s.json").toString(), "--now", NOW);
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("pings accepted: 2");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void badArgumentsAreNamed(@TempDir Path dir) {
        CliRun missing = CliRun.of("monitor", "report", "--state", dir.resolve("none.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("none.json").contains("monitor ingest");
        CliRun month = CliRun.of("monitor", "report", "--month", "2025-13");
        assertThat(month.exitCode()).isEqualTo(2);
        assertThat(month.err()).contains("--month");
        CliRun trucks = CliRun.of("simulate-fleet", "--trucks", "0", "--days", "1", "--out", dir.toString());
        assertThat(trucks.exitCode()).isEqualTo(2);
        assertThat(trucks.err()).contains("--trucks");
    }
}
