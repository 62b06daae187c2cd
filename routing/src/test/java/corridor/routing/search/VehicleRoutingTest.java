package corridor.routing.search;

import corridor.model.vehicle.AccessExclusion;
import corridor.model.vehicle.AccessRule;
import corridor.model.Dataset;
import corridor.model.network.Link;
import corridor.model.network.Mode;
import corridor.model.network.Place;
import corridor.model.network.PlaceKind;
import corridor.model.source.Provenance;
import corridor.model.vehicle.RoadSpeedModel;
import corridor.model.vehicle.RoadSpeedModel.RoadKind;
import corridor.model.vehicle.Vehicle;
import corridor.model.vehicle.VehicleClass;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.route.Leg;
import corridor.routing.route.Route;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static corridor.routing.search.BuiltInRoads.byRoad;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Vehicles, access rules and the speed model on the built-in CPEC dataset (issue 23's done-criteria). */
class VehicleRoutingTest {

    /** Khunjerab to Islamabad by the Karakoram Highway, km (newswire.com.pk 2023-02-07, data/FACTS.md). */
    private static final double KKH_KHUNJERAB_ISLAMABAD_KM = 870;
    /** ADB CPMM 2022, Pakistan, road: speed without delay, km/h (source adb-cpmm-2022-pakistan). */
    private static final double CPMM_SWOD_PAKISTAN_KMH = 25.2;
    /** ADB CPMM 2023 report, Table 6.7, People's Republic of China, road, 2022: speed without delay, km/h (source adb-cpmm-2023-prc). */
    private static final double CPMM_SWOD_PRC_KMH = 83.5;

    private static final Dataset dataset = BuiltInRoads.DATASET;
    private static final RoutingGraph graph = BuiltInRoads.GRAPH;
    private static final Router router = BuiltInRoads.ROUTER;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void aHeavyTruckFromKhunjerabToIslamabadTakesTheKkhByBeshamInAnyMonth(int month) {
        // Khunjerab itself is closed in winter: the truck starts there (an end of the route is not checked)
        RouteResult result = router.route(byRoad("khunjerab", "islamabad", LocalDate.of(2025, month, 15),
                "articulated-40ft"));

        Route route = result.route();
        assertThat(route.placeIds()).containsSubsequence("chilas", "dasu", "besham", "thakot", "havelian")
                .doesNotContain("babusar-top", "mansehra");
        assertThat(route.totals().distanceKm()).isCloseTo(KKH_KHUNJERAB_ISLAMABAD_KM,
                within(0.06 * KKH_KHUNJERAB_ISLAMABAD_KM));
    }

    @Test
    void theRuleThatKeptTheTruckOffTheN15IsNamedWithItsLink() {
        RouteResult july = router.route(byRoad("khunjerab", "islamabad", LocalDate.of(2025, 7, 15), "rigid-truck"));

        assertThat(july.exclusions()).filteredOn(AccessExclusion::shaped).extracting(AccessExclusion::ruleId)
                .contains("n15-babusar-chilas-no-heavy");
        assertThat(july.exclusions()).allSatisfy(e -> {
            assertThat(e.reason()).isEqualTo("heavy_transport banned");
            assertThat(e.sourceIds()).contains("net23-urdupoint-2023-06-12-nha-babusar");
        });
    }

    @Test
    void aCarInJulyGoesOverBabusarAndInJanuaryNobodyDoes() {
        // from Gilgit the car reaches Chilas inside Babusar's hours for small vehicles (04:00-18:00); from
        // Khunjerab at 00:00 it would reach it at night (TimeWindowRoutingTest)
        Route july = router.route(byRoad("gilgit", "islamabad", LocalDate.of(2025, 7, 15), "car")).route();
        assertThat(july.placeIds()).containsSubsequence("chilas", "babusar-top", "mansehra");

        RouteResult january = router.route(byRoad("gilgit", "islamabad", LocalDate.of(2025, 1, 15), "car"));
        assertThat(january.route().placeIds()).doesNotContain("babusar-top").contains("besham");
        assertThat(january.closures()).extracting(c -> c.placeId()).contains("babusar-top");
    }

    @Test
    void aQueryNoHeavyVehicleCanMakeIsRefusedNamingTheRulesInTheWay() {
        // Babusar Top lies only on the N-15: a truck cannot reach it at all
        RouteResult result = router.route(byRoad("khunjerab", "babusar-top", LocalDate.of(2025, 7, 15), "tanker"));

        assertThat(result.found()).isFalse();
        assertThat(result.whyNone()).contains("n15-babusar-chilas-no-heavy").contains("n15-babusar-naran-no-heavy")
                .contains("heavy_transport banned");
        assertThat(router.route(byRoad("khunjerab", "babusar-top", LocalDate.of(2025, 7, 15), "light-transport"))
                .found()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(VehicleClass.class)
    void aMotorwayIsFasterThanAMountainRoadOfTheSameLengthForEveryVehicle(VehicleClass vehicleClass) {
        double km = 100;
        assertThat(RoadSpeedModel.hours(km, RoadKind.MOTORWAY, vehicleClass, 0))
                .isLessThan(RoadSpeedModel.hours(km, RoadKind.MOUNTAIN, vehicleClass, 0));
        // and on the built-in links: the E-35 (motorway, plains) against the KKH (mountain), per km
        int motorway = graph.linkIndex("e35-thakot-havelian");
        int mountain = graph.linkIndex("kkh-dasu-besham");
        assertThat(graph.linkHours(motorway, vehicleClass) / graph.linkKm(motorway))
                .isLessThan(graph.linkHours(mountain, vehicleClass) / graph.linkKm(mountain));
    }

    @Test
    void aCarIsFasterThanATruckOnTheSameRoadAndEachLegSaysItsSpeedAndWhereItCameFrom() {
        Route truck = router.route(byRoad("islamabad", "lahore", LocalDate.of(2025, 7, 15), "rigid-truck")).route();
        Route car = router.route(byRoad("islamabad", "lahore", LocalDate.of(2025, 7, 15), "car")).route();

        assertThat(car.linkIds()).isEqualTo(truck.linkIds());
        assertThat(car.totals().hours()).isLessThan(truck.totals().hours());
        Leg m2 = truck.legs().stream().filter(l -> l.kind() == Leg.Kind.MOVE).findFirst().orElseThrow();
        assertThat(m2.link().id()).startsWith("m2-");
        // 41 km/h on the open motorway, half that within 15 km of a city
        assertThat(m2.speedKmh()).isBetween(RoadSpeedModel.HEAVY_MOTORWAY_KMH / 2, RoadSpeedModel.HEAVY_MOTORWAY_KMH);
        assertThat(m2.speedSource()).contains("heavy_transport on a motorway").contains("CPMM");
    }

    @Test
    void aWeightLimitKeepsTheHeavyTruckOffAndLetsTheLighterOneThrough() {
        Dataset limited = withRule(new AccessRule("test-bridge-30t", "kkh-sost-gilgit", Set.of(), 30.0, null, null,
                Set.of(), Provenance.of("adb-cpmm-2022-pakistan")));
        Router limitedRouter = new Router(RoutingGraph.build(limited, NetworkFilter.EXISTING,
                RoutingParameters.defaults(LocalDate.of(2025, 7, 15))));

        RouteResult heavy = limitedRouter.route(byRoad("khunjerab", "gilgit", LocalDate.of(2025, 7, 15),
                "articulated-40ft"));
        RouteResult rigid = limitedRouter.route(byRoad("khunjerab", "gilgit", LocalDate.of(2025, 7, 15),
                "rigid-truck"));

        // the KKH is the only road from the pass to Gilgit: 48.5 t over the 30 t limit is refused, naming the rule
        assertThat(heavy.found()).isFalse();
        assertThat(heavy.whyNone()).contains("test-bridge-30t").contains("gross weight 48.5 t over the 30 t limit");
        assertThat(rigid.route().linkIds()).contains("kkh-sost-gilgit");
    }

    @Test
    void aHeightLimitKeepsATallVehicleOffAndLetsALowerOneThrough() {
        Dataset limited = withRule(new AccessRule("test-tunnel-4m", "e35-thakot-havelian", Set.of(), null, 4.0, null,
                Set.of(), Provenance.of("adb-cpmm-2022-pakistan")));
        Router limitedRouter = new Router(RoutingGraph.build(limited, NetworkFilter.EXISTING,
                RoutingParameters.defaults(LocalDate.of(2025, 7, 15))));
        Vehicle base = dataset.vehicle("articulated-40ft").orElseThrow();
        Vehicle tall = sized(base, 4.3);
        Vehicle low = sized(base, 3.9);
        RouteQuery query = byRoad("gilgit", "islamabad", LocalDate.of(2025, 7, 15), "articulated-40ft");

        RouteResult tallResult = limitedRouter.route(query.withVehicle(tall));
        RouteResult lowResult = limitedRouter.route(query.withVehicle(low));

        assertThat(lowResult.route().linkIds()).contains("e35-thakot-havelian");
        if (tallResult.found()) {
            assertThat(tallResult.route().linkIds()).doesNotContain("e35-thakot-havelian");
            assertThat(tallResult.exclusions()).filteredOn(AccessExclusion::shaped).extracting(AccessExclusion::ruleId)
                    .contains("test-tunnel-4m");
        } else {
            assertThat(tallResult.whyNone()).contains("test-tunnel-4m").contains("height 4.3 m over the 4 m limit");
        }
    }

    /**
     * The fit written in routing/README.md: the network-weighted (length over hours) speed of a
     * heavy truck on Pakistan's road links in service comes within 10% of CPMM's speed without delay.
     */
    @Test
    void theNetworkWeightedTruckSpeedInPakistanIsWithinTenPercentOfCpmm() {
        NetworkSpeed pakistan = NetworkSpeed.of("PK");
        pakistan.print("Pakistani", CPMM_SWOD_PAKISTAN_KMH);
        assertThat(pakistan.linkIds()).hasSizeGreaterThan(50);
        assertThat(pakistan.kmh()).isCloseTo(CPMM_SWOD_PAKISTAN_KMH, within(0.10 * CPMM_SWOD_PAKISTAN_KMH));
    }

    /**
     * China's twin of the Pakistan fit, and why it misses (routing/README.md, "The fit to CPMM"): the
     * dataset's Chinese road links are the G314 alone, while CPMM's PRC figure is faster than the
     * model drives a truck on any road, so no mix of the model's road kinds could come within 10%.
     * A Chinese calibration would turn this into the within-10% check Pakistan has.
     */
    @Test
    void theNetworkWeightedTruckSpeedInChinaFallsShortOfCpmmAsTheModelHasNoChineseCalibration() {
        NetworkSpeed china = NetworkSpeed.of("CN");
        china.print("Chinese", CPMM_SWOD_PRC_KMH);
        assertThat(dataset.sources()).anySatisfy(s -> assertThat(s.id()).isEqualTo("adb-cpmm-2023-prc"));
        assertThat(china.linkIds()).containsExactlyInAnyOrder("g314-urumqi-kashgar", "g314-kashgar-tashkurgan");
        double bandFloorKmh = 0.90 * CPMM_SWOD_PRC_KMH;
        assertThat(china.kmh()).isLessThan(bandFloorKmh);
        assertThat(RoadSpeedModel.kmh(RoadKind.MOTORWAY, VehicleClass.HEAVY_TRANSPORT)).isLessThan(bandFloorKmh);
    }

    /** A heavy truck's km over hours on a country's road links in service with both ends in it and a road class known. */
    private record NetworkSpeed(List<String> linkIds, Map<String, Double> kmByKind, double km, double hours) {

        static NetworkSpeed of(String country) {
            Map<String, Place> places = dataset.placesById();
            List<String> ids = new ArrayList<>();
            Map<String, Double> kmByKind = new java.util.TreeMap<>();
            double km = 0;
            double hours = 0;
            for (int i = 0; i < graph.linkCount() - graph.roadSegmentCount(); i++) {
                Link link = graph.links().get(i);
                if (link.mode() != Mode.ROAD || link.roadClass() == null
                        || !country.equals(places.get(link.fromId()).country())
                        || !country.equals(places.get(link.toId()).country())) {
                    continue;
                }
                km += graph.linkKm(i);
                hours += graph.linkHours(i, VehicleClass.HEAVY_TRANSPORT);
                kmByKind.merge(RoadKind.of(link.roadClass(), link.terrain()).label(), graph.linkKm(i), Double::sum);
                ids.add(link.id());
            }
            return new NetworkSpeed(ids, kmByKind, km, hours);
        }

        double kmh() {
            return km / hours;
        }

        void print(String adjective, double cpmmKmh) {
            System.out.printf("heavy truck over %d %s road links: %.0f km %s in %.1f h, %.2f km/h (CPMM SWOD %.1f, %+.1f%%)%n",
                    linkIds.size(), adjective, km, kmByKind, hours, kmh(), cpmmKmh, 100 * (kmh() / cpmmKmh - 1));
        }
    }

    private static Vehicle sized(Vehicle v, double heightM) {
        return new Vehicle(v.id() + "-" + heightM, v.name(), v.vehicleClass(), v.grossWeightTonnes(), v.axleLoadTonnes(),
                heightM, v.widthM(), v.lengthM(), v.payloadTonnes(), v.teu(), v.provenance());
    }

    private static Dataset withRule(AccessRule rule) {
        List<AccessRule> rules = new ArrayList<>(dataset.accessRules());
        rules.add(rule);
        return dataset.withVehicles(dataset.vehicles(), rules);
    }

    @Test
    void everyBuiltInVehicleAndRuleCitesASourceThatResolves() {
        Set<String> sources = dataset.sources().stream().map(s -> s.id()).collect(Collectors.toSet());
        assertThat(dataset.vehicles()).hasSize(6).allSatisfy(v ->
                assertThat(sources).containsAll(v.provenance().sourceIds()).isNotEmpty());
        assertThat(dataset.accessRules()).isNotEmpty().allSatisfy(r ->
                assertThat(sources).containsAll(r.provenance().sourceIds()));
        assertThat(dataset.places().stream().filter(p -> p.kind() == PlaceKind.CITY)).isNotEmpty();
    }
}
