package corridor.routing;

import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.model.network.Mode;
import corridor.routing.analysis.Comparison;
import corridor.routing.analysis.Criticality;
import corridor.routing.analysis.OdPair;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.io.OdPairReader;
import corridor.routing.io.ScenarioReader;
import corridor.routing.route.Cargo;
import corridor.routing.route.Closure;
import corridor.routing.route.Leg;
import corridor.routing.route.Objective;
import corridor.routing.route.ParetoResult;
import corridor.routing.route.Route;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import corridor.routing.scenario.Scenario;
import corridor.routing.scenario.ScenarioComparison;
import corridor.routing.search.Router;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine on the built-in CPEC dataset and the scenarios and pairs shipped with it. */
class BuiltInRoutingTest {

    private static final LocalDate JULY_2024 = LocalDate.of(2024, 7, 1);
    private static Dataset dataset;
    private static Router router;
    private static RoutingParameters parameters;

    @BeforeAll
    static void load() {
        dataset = BuiltInDataset.load();
        parameters = RoutingParameters.defaults(JULY_2024);
        router = new Router(RoutingGraph.build(dataset, NetworkFilter.EXISTING, parameters));
    }

    private static RouteQuery byRoad(LocalDate date) {
        return RouteQuery.of("kashgar", "gwadar", date, Cargo.tonnes(20)).withModes(EnumSet.of(Mode.ROAD));
    }

    static String resource(String name) throws IOException {
        try (InputStream in = BuiltInRoutingTest.class.getClassLoader()
                .getResourceAsStream(BuiltInDataset.RESOURCE_FOLDER + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void kashgarToGwadarByRoadInSummerCrossesKhunjerab() {
        Route route = router.route(byRoad(JULY_2024)).route();

        assertThat(route.placeIds()).startsWith("kashgar").endsWith("gwadar").contains("khunjerab", "sost");
        assertThat(route.legs()).filteredOn(leg -> leg.kind() == Leg.Kind.BORDER)
                .singleElement().satisfies(leg -> assertThat(leg.from().id()).isEqualTo("khunjerab"));
        assertThat(route.legs()).extracting(Leg::description).anyMatch(d -> d.startsWith("border crossing at Khunjerab"));
    }

    @Test
    void inFebruary2024ThePassIsClosedAndThereIsNoOverlandRoute() {
        // calendars.csv: open April to November under the 1985 agreement; kept open into the
        // winter only until January 2024; year-round only from December 2024.
        RouteResult result = router.route(byRoad(LocalDate.of(2024, 2, 10)));

        assertThat(result.found()).isFalse();
        assertThat(result.closures()).extracting(Closure::placeId).containsExactly("khunjerab");
        assertThat(result.whyNone()).contains("Khunjerab").contains("closed on 2024-02");
    }

    @Test
    void theJanuary2024OpeningEndedOnTheSixteenth() {
        // calendars.csv: opened 2-16 January 2024 for stranded containers; whole months no longer stand for it.
        RouteResult tenth = router.route(byRoad(LocalDate.of(2024, 1, 10)));
        RouteResult twentyFifth = router.route(byRoad(LocalDate.of(2024, 1, 25)));

        assertThat(tenth.route().placeIds()).contains("khunjerab");
        assertThat(twentyFifth.found()).isFalse();
        assertThat(twentyFifth.closures()).extracting(Closure::placeId).containsExactly("khunjerab");
    }

    @Test
    void torkhamsSixDayClosureInFebruary2023SendsKabulCargoThroughChaman() {
        RouteQuery query = RouteQuery.of("peshawar", "kabul", LocalDate.of(2023, 2, 21), Cargo.tonnes(20))
                .withModes(EnumSet.of(Mode.ROAD));
        RouteResult closed = router.route(query);
        RouteResult open = router.route(query.withDeparture(LocalDate.of(2023, 3, 1)));

        assertThat(open.route().placeIds()).containsSubsequence("peshawar", "torkham", "jalalabad", "kabul");
        assertThat(closed.closures()).extracting(Closure::placeId).contains("torkham");
        assertThat(closed.route().placeIds()).doesNotContain("torkham").contains("chaman", "kandahar");
    }

    @Test
    void wagahCarriedLahoreAmritsarFreightUntilBilateralTradeWasSuspendedInAugust2019() {
        RouteQuery query = RouteQuery.of("lahore", "amritsar", LocalDate.of(2019, 8, 1), Cargo.tonnes(20))
                .withModes(EnumSet.of(Mode.ROAD));
        RouteResult before = router.route(query);
        RouteResult after = router.route(query.withDeparture(LocalDate.of(2019, 8, 7)));

        assertThat(before.route().placeIds()).containsExactly("lahore", "wagah", "amritsar");
        assertThat(after.found()).isFalse();
        // the search also meets Angoor Adda, closed to trade until July 2020, on its way round
        assertThat(after.closures()).extracting(Closure::placeId).contains("wagah")
                .doesNotContain("torkham", "chaman", "khunjerab");
    }

    @Test
    void karachiToChabaharCrossesIntoIranAtGabdAndPaysCpmmsCrossingTimeOnlyWherePublished() {
        Route route = router.route(RouteQuery.of("karachi", "chabahar-port", JULY_2024, Cargo.tonnes(20))
                .withModes(EnumSet.of(Mode.ROAD))).route();

        assertThat(route.placeIds()).containsSubsequence("karachi", "gwadar", "gabd", "chabahar-port");
        // 653 km N-10, 73 km to Gabd and 120 km from Rimdan to Chabahar, all published
        assertThat(route.totals().distanceKm()).isCloseTo(653 + 73 + 120, org.assertj.core.api.Assertions.within(0.5));
        assertThat(route.legs()).filteredOn(leg -> leg.kind() == Leg.Kind.BORDER)
                .singleElement().satisfies(leg -> assertThat(leg.from().id()).isEqualTo("gabd"));
    }

    @Test
    void angoorAddaIsOpenForTradeFromJuly2020AndClosedFrom2023AndAfterTheOctober2025Clashes() {
        RouteQuery query = RouteQuery.of("di-khan", "sharana", LocalDate.of(2021, 6, 1), Cargo.tonnes(20))
                .withModes(EnumSet.of(Mode.ROAD));

        assertThat(router.route(query).route().placeIds()).containsExactly("di-khan", "angoor-adda", "sharana");
        for (LocalDate closed : List.of(LocalDate.of(2019, 6, 1), LocalDate.of(2024, 6, 1), LocalDate.of(2025, 10, 15))) {
            RouteResult result = router.route(query.withDeparture(closed));
            assertThat(result.found()).as(closed.toString()).isFalse();
            assertThat(result.closures()).as(closed.toString()).extracting(Closure::placeId).contains("angoor-adda");
            assertThat(result.whyNone()).as(closed.toString()).contains("Angoor Adda");
        }
    }

    @Test
    void torkhamAndChamanChargeTheirPublishedCrossingHours() {
        Route viaTorkham = router.route(RouteQuery.of("peshawar", "jalalabad", JULY_2024, Cargo.tonnes(20))
                .withModes(EnumSet.of(Mode.ROAD))).route();
        Route viaChaman = router.route(RouteQuery.of("quetta", "kandahar", JULY_2024, Cargo.tonnes(20))
                .withModes(EnumSet.of(Mode.ROAD))).route();

        // ADB CPMM 2022, outbound road: Peshawar (Torkham) 24.2 h, Chaman 54.0 h (places.geojson)
        assertThat(viaTorkham.legs()).filteredOn(leg -> leg.kind() == Leg.Kind.BORDER).singleElement()
                .satisfies(leg -> assertThat(leg.totals().hours()).isEqualTo(24.2));
        assertThat(viaChaman.legs()).filteredOn(leg -> leg.kind() == Leg.Kind.BORDER).singleElement()
                .satisfies(leg -> assertThat(leg.totals().hours()).isEqualTo(54.0));
    }

    @Test
    void inSummerTheN15OverBabusarIsTheShortWayFromChilasSouthForACarAndAvoidingItKeepsTheKkh() {
        // a car: heavy vehicles are banned from the N-15 over Babusar (access.csv), see VehicleRoutingTest
        RouteQuery query = RouteQuery.of("gilgit", "islamabad", JULY_2024, Cargo.tonnes(20))
                .withModes(EnumSet.of(Mode.ROAD)).withVehicle(dataset.vehicle("car").orElseThrow());

        assertThat(router.route(query).route().placeIds()).containsSubsequence("chilas", "babusar-top", "mansehra");
        assertThat(router.route(query.withAvoidPlaces(java.util.Set.of("babusar-top"))).route().placeIds())
                .containsSubsequence("chilas", "dasu", "besham", "thakot", "havelian").doesNotContain("mansehra");
    }

    @Test
    void inWinterBabusarTopIsClosedAndTheRoadSouthFromChilasIsTheKkh() {
        // a car, which the N-15 takes in summer; a truck never reaches the pass (access.csv)
        RouteQuery query = RouteQuery.of("gilgit", "islamabad", LocalDate.of(2025, 1, 15), Cargo.tonnes(20))
                .withModes(EnumSet.of(Mode.ROAD)).withVehicle(dataset.vehicle("car").orElseThrow());

        RouteResult january = router.route(query);
        assertThat(january.route().placeIds()).containsSubsequence("chilas", "dasu", "thakot", "havelian")
                .doesNotContain("babusar-top");
        assertThat(january.closures()).extracting(Closure::placeId).contains("babusar-top");
        // closed from the snowfall of 29 October 2024 until the NHA reopened it on 22 May 2025
        assertThat(router.route(query.withDeparture(LocalDate.of(2025, 5, 21))).route().placeIds())
                .doesNotContain("babusar-top");
        Route reopened = router.route(query.withDeparture(LocalDate.of(2025, 5, 23))).route();
        assertThat(reopened.placeIds()).contains("babusar-top");
        assertThat(reopened.legs()).noneMatch(leg -> leg.kind() == Leg.Kind.BORDER);
    }

    @Test
    void karachiToTermezCrossesAfghanistanToHairatan() {
        Route route = router.route(RouteQuery.of("karachi", "termez", JULY_2024, Cargo.tonnes(20))
                .withModes(EnumSet.of(Mode.ROAD))).route();

        assertThat(route.placeIds()).contains("kabul", "mazar-i-sharif", "hairatan").endsWith("termez");
        assertThat(route.legs()).filteredOn(leg -> leg.kind() == Leg.Kind.BORDER).hasSize(2);
    }

    @Test
    void inFebruary2024WithAllModesTheRouteGoesRoundBySea() {
        RouteResult result = router.route(byRoad(LocalDate.of(2024, 2, 10)).withModes(EnumSet.allOf(Mode.class)));

        assertThat(result.route().placeIds()).doesNotContain("khunjerab").contains("gwadar-port");
        assertThat(result.closures()).extracting(Closure::placeId).contains("khunjerab");
    }

    @Test
    void compareShowsTheCorridorAndTheSeaRouteWithTotals() {
        List<Comparison.Alternative> alternatives = Comparison.viaSeaports(router,
                RouteQuery.of("kashgar", "jebel-ali", JULY_2024, Cargo.tonnes(20)));

        Comparison.Alternative corridor = alternatives.stream().filter(a -> a.via().id().equals("gwadar-port"))
                .findFirst().orElseThrow();
        Comparison.Alternative sea = alternatives.stream().filter(a -> a.via().country().equals("CN")
                && a.result().found()).findFirst().orElseThrow();
        assertThat(corridor.kmByMode()).containsKeys(Mode.ROAD, Mode.SEA);
        assertThat(corridor.result().route().placeIds()).contains("khunjerab");
        assertThat(sea.kmByMode()).containsKeys(Mode.RAIL, Mode.SEA).doesNotContainKey(Mode.ROAD);
        assertThat(sea.result().route().placeIds()).contains("malacca-strait");
    }

    @Test
    void compareInFebruary2024SaysThePassIsClosedAndKeepsTheSeaRoute() {
        List<Comparison.Alternative> alternatives = Comparison.viaSeaports(router,
                RouteQuery.of("kashgar", "jebel-ali", LocalDate.of(2024, 2, 20), Cargo.tonnes(20)));

        assertThat(alternatives).filteredOn(a -> a.via().id().equals("gwadar-port")).singleElement()
                // 468 km of mountain road from Kashgar at a truck's 19 km/h (RoadSpeedModel): the pass is reached on the 21st
                .satisfies(a -> assertThat(a.result().whyNone()).contains("Khunjerab").contains("closed on 2024-02-21"));
        assertThat(alternatives).filteredOn(a -> a.result().found())
                .allSatisfy(a -> assertThat(a.result().route().placeIds()).doesNotContain("khunjerab"))
                .anySatisfy(a -> assertThat(a.via().country()).isEqualTo("CN"));
    }

    @Test
    void paretoSetKeepsTheCorridorAndTheSafestSeaRoute() {
        ParetoResult set = router.pareto(RouteQuery.of("kashgar", "jebel-ali", JULY_2024, Cargo.tonnes(20)));

        assertThat(set.routes()).anySatisfy(r -> assertThat(r.placeIds()).contains("khunjerab"));
        assertThat(set.routes()).anySatisfy(r -> assertThat(r.placeIds()).contains("lianyungang-port", "malacca-strait"));
        for (Route a : set.routes()) {
            for (Route b : set.routes()) {
                assertThat(a.totals().dominates(b.totals())).isFalse();
            }
        }
    }

    @Test
    void everyShippedScenarioAppliesAndChangesTheRoute() throws IOException {
        record Case(String file, String from, String to) {
        }
        List<Case> cases = List.of(new Case("thakot-raikot-realignment-opened.yaml", "kashgar", "islamabad"),
                new Case("ml1-design-speed.yaml", "lahore-junction", "karachi-cantt-station"),
                new Case("khunjerab-closed.yaml", "kashgar", "gwadar"),
                new Case("gwadar-dwell-halved.yaml", "kashgar", "jebel-ali"));
        for (Case c : cases) {
            Scenario scenario = ScenarioReader.parse(resource("scenarios/" + c.file()), c.file());
            ScenarioComparison result = ScenarioComparison.run(scenario, dataset,
                    RouteQuery.of(c.from(), c.to(), JULY_2024, Cargo.tonnes(20)), parameters, c.file());
            assertThat(result.before().found()).as(c.file()).isTrue();
            assertThat(result.after().found()).as(c.file()).isTrue();
            assertThat(result.after().route().linkIds()).as(c.file()).isNotEqualTo(List.of())
                    .satisfiesAnyOf(ids -> assertThat(ids).isNotEqualTo(result.before().route().linkIds()),
                            ids -> assertThat(result.difference().orElseThrow().hours()).isNotZero());
        }
    }

    @Test
    void khunjerabClosedSendsKashgarCargoRoundBySea() throws IOException {
        Scenario scenario = ScenarioReader.parse(resource("scenarios/khunjerab-closed.yaml"), "khunjerab-closed.yaml");
        ScenarioComparison result = ScenarioComparison.run(scenario, dataset,
                RouteQuery.of("kashgar", "gwadar", JULY_2024, Cargo.tonnes(20)), parameters, "khunjerab-closed.yaml");

        assertThat(result.before().route().placeIds()).contains("khunjerab");
        assertThat(result.after().route().placeIds()).doesNotContain("khunjerab").contains("malacca-strait");
        assertThat(result.difference().orElseThrow().hours()).isPositive();
    }

    @Test
    void mlOneAtDesignSpeedIsFaster() throws IOException {
        Scenario scenario = ScenarioReader.parse(resource("scenarios/ml1-design-speed.yaml"), "ml1-design-speed.yaml");
        ScenarioComparison result = ScenarioComparison.run(scenario, dataset,
                RouteQuery.of("lahore-junction", "karachi-cantt-station", JULY_2024, Cargo.tonnes(20)), parameters,
                "ml1-design-speed.yaml");

        assertThat(result.difference().orElseThrow().hours()).isNegative();
        assertThat(result.applied().changes()).anyMatch(c -> c.contains("design speed 120 km/h"));
    }

    @Test
    void criticalityOverTheShippedPairsNamesKarakoramLinks() throws IOException {
        List<OdPair> pairs = OdPairReader.parse(resource("od-pairs.csv"), "od-pairs.csv");
        Criticality.Report report = Criticality.rank(router, pairs,
                RouteQuery.of("kashgar", "gwadar", JULY_2024, Cargo.tonnes(20)), Objective.TIME, null);

        assertThat(report.unreachable()).isEmpty();
        assertThat(report.impacts()).isNotEmpty();
        // Jebel Ali has one sea lane in: losing it cuts off the three pairs to the Gulf.
        assertThat(report.impacts().get(0).link().id()).isEqualTo("sea-hormuz-jebel-ali");
        assertThat(report.impacts().get(0).cutOff()).hasSize(3);
        // Next, the Karakoram Highway: its loss sends Kashgar's and Sost's cargo round by sea.
        assertThat(report.impacts().get(1).link().id()).matches("(kkh|e35|g314)-.*");
        assertThat(report.impacts().get(1).extra()).isGreaterThan(24 * 30);
    }
}
