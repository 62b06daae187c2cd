package corridor.cli.route;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corridor.cli.Main;
import corridor.cli.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** The routing commands on the built-in dataset. */
class RouteCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void routeByRoadInSummerCrossesKhunjerab() {
        CliRun run = CliRun.of("route", "--from", "KASHGAR", "--to", "gwádar", "--modes", "road", "--date", "2024-07-01");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Kashgar → Gwadar").contains("border crossing at Khunjerab").contains("total");
    }

    @Test
    void routeByRoadWhenThePassIsClosedSaysSo() {
        CliRun run = CliRun.of("route", "--from", "kashgar", "--to", "gwadar", "--modes", "road", "--date", "2024-02-10");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("no route").contains("Khunjerab").contains("closed on 2024-02");
    }

    @Test
    void aTruckIntoKarachiDuringItsDaytimeBanWaitsAndTheRouteSaysWhichRule() throws IOException {
        CliRun run = CliRun.of("route", "--from", "sukkur", "--to", "karachi", "--modes", "road", "--date", "2026-01-10",
                "--vehicle", "rigid-truck", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode route = JSON.readTree(run.out()).get("route");
        assertThat(route.get("arrival").asText()).startsWith("2026-01-10T22:00");
        List<String> notes = new ArrayList<>();
        route.get("legs").forEach(leg -> leg.get("notes").forEach(n -> notes.add(n.asText())));
        assertThat(notes).anySatisfy(n -> assertThat(n).startsWith("waits 7.1 h to enter Karachi: heavy_transport "
                + "banned 06:00-22:00 (2025-12-23 to 2026-02-22) Asia/Karachi time, rule karachi-daytime-heavy-2025-12"));

        CliRun text = CliRun.of("route", "--from", "sukkur", "--to", "karachi", "--modes", "road", "--date",
                "2026-01-10", "--vehicle", "rigid-truck");
        assertThat(text.out()).contains("waits 7.1 h to enter Karachi").contains("karachi-daytime-heavy-2025-12");
        CliRun car = CliRun.of("route", "--from", "sukkur", "--to", "karachi", "--modes", "road", "--date",
                "2026-01-10", "--vehicle", "car");
        assertThat(car.out()).doesNotContain("waits ");
    }

    @Test
    void routeAsJsonHasLegsThatSumToTheTotals() throws IOException {
        CliRun run = CliRun.of("route", "--from", "kashgar", "--to", "jebel-ali", "--date", "2024-07-01",
                "--cargo", "2teu", "--objective", "cost", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode answer = JSON.readTree(run.out());
        assertThat(answer.get("objective").asText()).isEqualTo("cost");
        assertThat(answer.get("found").asBoolean()).isTrue();
        JsonNode route = answer.get("route");
        double hours = 0;
        for (JsonNode leg : route.get("legs")) {
            hours += leg.get("totals").get("hours").asDouble();
        }
        assertThat(route.get("totals").get("hours").asDouble()).isCloseTo(hours, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(route.get("cargo_tonnes").asDouble()).isEqualTo(20.0);
    }

    /**
     * The risk is recomputed from the fuller incident layer (issue #15). Before it, Islamabad to Gwadar on
     * 2025-07-01 carried 6.90 risk points, all on the Hoshab-Gwadar leg (the Gwadar attacks of 2019-2024);
     * the Quetta legs carried none. The second pass added the 2021 Serena Hotel bombing in Quetta (5 killed,
     * 12 injured) and the 2017 abduction and killing of two Chinese nationals in Quetta (2 killed, 1 injured),
     * within 25 km of both Quetta legs: 17.08 points in all. The third pass added the killing of three road
     * labourers at Hoshab on 2017-05-19, which lies within 25 km of both legs that meet there (Surab-Hoshab
     * and Hoshab-Gwadar), and the grenade attack on a labourers' hostel in Gwadar on 2017-10-19 (26 injured),
     * on the Hoshab-Gwadar leg: 20.67 points in all. Since the M-8 was split at Turbat (issue #10), the
     * Hoshab killing lies near the Surab-Hoshab and Hoshab-Turbat legs, the Gwadar attacks near the
     * Turbat-Gwadar leg; the total stays 20.67.
     */
    @Test
    void riskAlongTheWesternRouteCountsTheQuettaAndMakranAttacks() throws IOException {
        // with the speed model the motorways by Karachi are faster for a truck: Karachi is avoided to keep the western route
        CliRun run = CliRun.of("route", "--from", "islamabad", "--to", "gwadar", "--date", "2025-07-01",
                "--avoid", "karachi", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode route = JSON.readTree(run.out()).get("route");
        LocalDate day = LocalDate.of(2025, 7, 1);
        // the documented rule: (1 + killed + 0.5 x injured) x 2^(-age in years / 3), for each incident within 25 km
        double quetta = weight(5, 12, LocalDate.of(2021, 4, 21), day) + weight(2, 1, LocalDate.of(2017, 5, 24), day);
        double hoshab = weight(3, 0, LocalDate.of(2017, 5, 19), day);
        double hostel = weight(0, 26, LocalDate.of(2017, 10, 19), day);
        List<Double> quettaLegs = new ArrayList<>();
        double surabHoshab = Double.NaN;
        double hoshabTurbat = Double.NaN;
        double gwadar = Double.NaN;
        for (JsonNode leg : route.get("legs")) {
            String name = leg.get("name").asText();
            double risk = leg.get("totals").get("risk").asDouble();
            if (name.contains("Quetta")) {
                quettaLegs.add(risk);
            } else if (name.contains("Surab-Hoshab")) {
                surabHoshab = risk;
            } else if (name.contains("Hoshab-Turbat")) {
                hoshabTurbat = risk;
            } else if (name.contains("Turbat-Gwadar")) {
                gwadar = risk;
            }
        }
        assertThat(quettaLegs).hasSize(2).allSatisfy(risk -> assertThat(risk)
                .isCloseTo(quetta, offset(1e-6)));
        assertThat(surabHoshab).as("only the Hoshab killing lies near the Surab-Hoshab leg")
                .isCloseTo(hoshab, offset(1e-6));
        assertThat(hoshabTurbat).as("only the Hoshab killing lies near the Hoshab-Turbat leg")
                .isCloseTo(hoshab, offset(1e-6));
        assertThat(gwadar).as("the Gwadar attacks of 2019-2024 (6.90) and the 2017 hostel attack")
                .isCloseTo(6.90 + hostel, offset(0.005));
        assertThat(route.get("totals").get("risk").asDouble())
                .isCloseTo(2 * quetta + surabHoshab + hoshabTurbat + gwadar, offset(1e-6))
                .isCloseTo(20.67, offset(0.005));
    }

    private static double weight(int killed, int injured, LocalDate date, LocalDate day) {
        double ageYears = ChronoUnit.DAYS.between(date, day) / 365.25;
        return (1 + killed + 0.5 * injured) * Math.pow(2, -ageYears / 3.0);
    }

    @Test
    void routeAsGeoJsonDrawsTheLinks() throws IOException {
        CliRun run = CliRun.of("route", "--from", "kashgar", "--to", "gwadar", "--date", "2024-07-01", "--format", "geojson");

        JsonNode collection = JSON.readTree(run.out());
        assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features")).anySatisfy(f -> {
            assertThat(f.get("geometry").get("type").asText()).isEqualTo("LineString");
            assertThat(f.get("geometry").get("coordinates").size()).isGreaterThan(2);
        });
    }

    @Test
    void paretoListsTradeOffs() {
        CliRun run = CliRun.of("route", "--from", "kashgar", "--to", "jebel-ali", "--date", "2024-07-01",
                "--objective", "pareto");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("routes, none better than another").contains("kashgar >");
    }

    @Test
    void unknownPlaceIsBadInputListingTheClosest() {
        CliRun run = CliRun.of("route", "--from", "Kashgr", "--to", "gwadar");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("--from").contains("closest").contains("Kashgar (kashgar)");
    }

    @Test
    void badOptionsAreBadInput() {
        assertThat(CliRun.of("route", "--from", "kashgar", "--to", "gwadar", "--cargo", "heavy").err()).contains("--cargo");
        assertThat(CliRun.of("route", "--from", "kashgar", "--to", "gwadar", "--modes", "air").err()).contains("--modes");
        assertThat(CliRun.of("route", "--from", "kashgar", "--to", "gwadar", "--objective", "fast").err())
                .contains("--objective").contains("unknown objective 'fast'").contains("pareto");
        assertThat(CliRun.of("route", "--from", "kashgar", "--to", "gwadar", "--date", "July").exitCode())
                .isEqualTo(Main.EXIT_BAD_INPUT);
    }

    @Test
    void routeFromTheHierarchyIsTheRoutersRouteAndSaysWhichAnswered() throws IOException {
        String[] ask = {"route", "--from", "islamabad", "--to", "karachi", "--modes", "road", "--date", "2025-07-02",
                "--objective", "cost", "--cargo", "2teu", "--format", "json", "--engine"};
        CliRun hierarchy = CliRun.of(concat(ask, "hierarchy"));
        CliRun aStar = CliRun.of(concat(ask, "astar"));
        assertThat(hierarchy.exitCode()).as(hierarchy.err()).isZero();
        JsonNode a = JSON.readTree(hierarchy.out());
        JsonNode b = JSON.readTree(aStar.out());
        assertThat(a.get("router").asText()).isEqualTo("hierarchy");
        assertThat(b.get("router").asText()).isEqualTo("a*");
        assertThat(a.get("route")).isEqualTo(b.get("route"));
        // the hierarchy is the default, as the API answers
        assertThat(CliRun.of(java.util.Arrays.copyOf(ask, ask.length - 1)).out()).isEqualTo(hierarchy.out());

        CliRun winter = CliRun.of("route", "--from", "kashgar", "--to", "gwadar", "--modes", "road", "--date",
                "2024-02-10", "--engine", "hierarchy");
        assertThat(winter.exitCode()).isEqualTo(1);
        assertThat(winter.out()).contains("no route").contains("closed on 2024-02");

        CliRun table = CliRun.of("route", "--from", "kashgar", "--to", "gwadar", "--engine", "hierarchy");
        assertThat(table.out()).contains("answered by a*: several modes");
        CliRun bad = CliRun.of("route", "--from", "kashgar", "--to", "gwadar", "--engine", "ch");
        assertThat(bad.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(bad.err()).contains("--engine").contains("'ch'");
    }

    @Test
    void criticalityScenarioAndCompareSayWhichSearchAnsweredAndTheHierarchyGivesTheRoutersFigures(@TempDir Path dir)
            throws IOException {
        String[] criticality = {"criticality", "--modes", "road", "--date", "2025-07-02", "--format", "json", "--top",
            "1000", "--engine"};
        CliRun hierarchy = CliRun.of(concat(criticality, "hierarchy"));
        CliRun aStar = CliRun.of(concat(criticality, "astar"));
        assertThat(hierarchy.exitCode()).as(hierarchy.err()).isZero();
        JsonNode h = JSON.readTree(hierarchy.out());
        JsonNode a = JSON.readTree(aStar.out());
        assertThat(h.get("router").asText()).isEqualTo("hierarchy");
        assertThat(a.get("router").asText()).isEqualTo("a*");
        assertThat(a.get("router_note").asText()).isEmpty();
        assertThat(h.get("links").size()).isEqualTo(a.get("links").size()).isPositive();
        for (int i = 0; i < a.get("links").size(); i++) {
            JsonNode x = h.get("links").get(i);
            JsonNode y = a.get("links").get(i);
            assertThat(x.get("link")).as("rank " + i).isEqualTo(y.get("link"));
            assertThat(x.get("extra").asDouble()).as("rank " + i)
                    .isCloseTo(y.get("extra").asDouble(), org.assertj.core.api.Assertions.within(1e-6));
        }
        assertThat(hierarchy.err()).contains("criticality: answered by hierarchy");
        assertThat(aStar.err()).contains("criticality: answered by a*");

        Path file = dir.resolve("khunjerab-closed.yaml");
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("corridor/dataset/cpec/scenarios/khunjerab-closed.yaml")) {
            Files.write(file, in.readAllBytes());
        }
        CliRun scenario = CliRun.of("scenario", file.toString(), "--from",
                "islamabad", "--to", "karachi", "--modes", "road", "--date", "2025-07-02", "--format", "json");
        JsonNode s = JSON.readTree(scenario.out());
        assertThat(s.get("router").asText()).as(scenario.out()).isEqualTo("hierarchy");
        assertThat(s.get("router_note").asText()).as(scenario.out()).isEmpty();
        CliRun compare = CliRun.of("compare", "--from", "kashgar", "--to", "jebel-ali", "--date", "2024-07-01",
                "--engine", "hierarchy");
        assertThat(compare.out()).contains("answered by a*: 0 routes from the hierarchy");
    }

    private static String[] concat(String[] head, String last) {
        String[] all = java.util.Arrays.copyOf(head, head.length + 1);
        all[head.length] = last;
        return all;
    }

    @Test
    void compareShowsTheCorridorAndTheSeaRoute() {
        CliRun run = CliRun.of("compare", "--from", "kashgar", "--to", "jebel-ali", "--date", "2024-07-01");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Gwadar Port (PK)").contains("Port of Lianyungang (CN)").contains("sea")
                .contains("rail");
    }

    @Test
    void compareAnswersKashgarToKabulAndRouteTakesKarachiToTermezByRoad() {
        CliRun compare = CliRun.of("compare", "--from", "kashgar", "--to", "kabul", "--date", "2025-07-01");
        CliRun route = CliRun.of("route", "--from", "karachi", "--to", "termez", "--modes", "road", "--date", "2025-07-01");

        assertThat(compare.exitCode()).as(compare.err()).isZero();
        assertThat(compare.out()).contains("Kashgar → Kabul").contains("Port of Karachi (PK)");
        assertThat(route.exitCode()).as(route.err()).isZero();
        assertThat(route.out()).contains("border crossing at").contains("Hairatan").contains("Termez");
    }

    @Test
    void scenarioPrintsBeforeAfterAndDifference(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("khunjerab-closed.yaml");
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("corridor/dataset/cpec/scenarios/khunjerab-closed.yaml")) {
            Files.write(file, in.readAllBytes());
        }

        CliRun run = CliRun.of("scenario", file.toString(), "--from", "kashgar", "--to", "gwadar", "--date", "2024-07-01");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Khunjerab Pass closed").contains("BEFORE").contains("AFTER")
                .contains("DIFFERENCE").contains("khunjerab: closed");
    }

    @Test
    void scenarioFileErrorsNameTheFile(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: x\nlinks:\n  - id: no-such-link\n    close: true\n");

        CliRun missing = CliRun.of("scenario", dir.resolve("none.yaml").toString(), "--from", "kashgar", "--to", "gwadar");
        CliRun unknown = CliRun.of("scenario", bad.toString(), "--from", "kashgar", "--to", "gwadar");

        assertThat(missing.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(missing.err()).contains("none.yaml").contains("no such file");
        assertThat(unknown.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(unknown.err()).contains("bad.yaml").contains("links[0].id").contains("no-such-link");
    }

    @Test
    void criticalityRanksLinksOverTheShippedPairs() {
        CliRun run = CliRun.of("criticality", "--date", "2024-07-01", "--top", "5");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("sea-hormuz-jebel-ali").contains("cuts off kashgar → jebel-ali");
        assertThat(run.err()).contains("links tried");
    }

    @Test
    void criticalityRejectsABadPairsFile(@TempDir Path dir) throws IOException {
        Path pairs = dir.resolve("pairs.csv");
        Files.writeString(pairs, "from,to\nkashgar,atlantis\n");

        CliRun run = CliRun.of("criticality", "--pairs", pairs.toString());

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("pairs.csv").contains("atlantis");
    }
}
