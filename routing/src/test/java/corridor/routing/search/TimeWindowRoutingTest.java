package corridor.routing.search;

import corridor.model.Dataset;
import corridor.model.network.Mode;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.matrix.HierarchyRoutes;
import corridor.routing.matrix.MatrixCell;
import corridor.routing.matrix.MatrixEngine;
import corridor.routing.route.Leg;
import corridor.routing.route.Route;
import corridor.routing.route.RouteEngine;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import static corridor.routing.search.BuiltInRoads.byRoad;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Access rules with daily closed hours on the built-in dataset: Karachi's daytime ban on heavy
 * traffic (06:00-22:00 PKT in its published periods) and the Babusar road's hours for small
 * vehicles (04:00-18:00). Departures are at 00:00 PKT (the origins are in Pakistan).
 */
class TimeWindowRoutingTest {

    private static final String KARACHI_RULE = "karachi-daytime-heavy-2025-12";

    private static final Dataset dataset = BuiltInRoads.DATASET;
    private static final RoutingGraph graph = BuiltInRoads.GRAPH;
    private static final Router router = BuiltInRoads.ROUTER;

    private static List<String> notes(Route route) {
        return route.legs().stream().flatMap(l -> l.notes().stream()).toList();
    }

    private static double waitHoursOf(Route route) {
        String note = notes(route).stream().filter(n -> n.startsWith("waits ")).findFirst().orElseThrow();
        return Double.parseDouble(note.substring("waits ".length(), note.indexOf(" h ")));
    }

    @Test
    void aTruckReachingKarachiInTheDaytimeBanWaitsUntil22AndTheNoteNamesTheRule() {
        // Sukkur to Karachi: 14.9 h for a rigid truck, so leaving at 00:00 it reaches the city at 14:54
        Route free = router.route(byRoad("sukkur", "karachi", LocalDate.of(2025, 7, 10), "rigid-truck")).route();
        double reachHours = free.totals().hours();
        assertThat(reachHours % 24).as("the truck reaches Karachi inside 06:00-22:00").isBetween(6.0, 22.0);

        Route banned = router.route(byRoad("sukkur", "karachi", LocalDate.of(2026, 1, 10), "rigid-truck")).route();

        assertThat(banned.arrival()).isEqualTo(LocalDateTime.of(2026, 1, 10, 22, 0));
        assertThat(banned.placeIds()).isEqualTo(free.placeIds());
        double wait = 22 - reachHours;
        assertThat(banned.totals().hours()).isCloseTo(reachHours + wait, within(0.02));
        assertThat(waitHoursOf(banned)).isCloseTo(wait, within(0.05));
        Leg last = banned.legs().get(banned.legs().size() - 1);
        assertThat(last.notes()).anySatisfy(n -> assertThat(n)
                .startsWith("waits " + Math.round(wait * 10) / 10.0 + " h to enter Karachi: heavy_transport banned "
                        + "06:00-22:00 (2025-12-23 to 2026-02-22) Asia/Karachi time, rule " + KARACHI_RULE)
                .contains("net23-arynews-2025-12-24-karachi-ban-extended"));
        assertThat(last.totals().hours()).as("the wait is in the leg's hours and the route's totals")
                .isGreaterThan(wait);
    }

    @Test
    void inJuly2025NoBanIsInForceAndTheTruckDoesNotWait() {
        Route july = router.route(byRoad("sukkur", "karachi", LocalDate.of(2025, 7, 10), "rigid-truck")).route();

        assertThat(notes(july)).noneMatch(n -> n.startsWith("waits "));
        assertThat(july.arrival().toLocalTime()).isBetween(LocalTime.of(6, 0), LocalTime.of(22, 0));
    }

    @Test
    void aCarIsNotBoundByTheBanOnHeavyTraffic() {
        Route car = router.route(byRoad("sukkur", "karachi", LocalDate.of(2026, 1, 10), "car")).route();

        assertThat(notes(car)).noneMatch(n -> n.startsWith("waits "));
        assertThat(car.arrival().toLocalTime()).isBetween(LocalTime.of(6, 0), LocalTime.of(22, 0));
    }

    @Test
    void aTruckToThePortPassesThroughTheCitysNodeWithoutWaiting() {
        // the designated routes to the port stay open: the rule binds deliveries into the city only
        Route port = router.route(byRoad("sukkur", "karachi-port", LocalDate.of(2026, 1, 10), "rigid-truck")).route();

        assertThat(port.placeIds()).contains("karachi");
        assertThat(notes(port)).noneMatch(n -> n.startsWith("waits "));
    }

    @Test
    void aTruckReachingTheCityAtNightDoesNotWait() {
        // Hyderabad to Karachi: about 4 h, so the truck is in by 04:11, before the ban starts at 06:00
        Route night = router.route(byRoad("hyderabad", "karachi", LocalDate.of(2026, 1, 10), "rigid-truck")).route();

        assertThat(night.arrival().toLocalTime()).isBefore(LocalTime.of(6, 0));
        assertThat(notes(night)).noneMatch(n -> n.startsWith("waits "));
    }

    @Test
    void aCarReachingBabusarAtNightWaitsFor4OrTakesTheKkhWhicheverIsSooner() {
        LocalDate day = LocalDate.of(2025, 7, 15);
        Route best = router.route(byRoad("khunjerab", "islamabad", day, "car")).route();
        Route overBabusar = router.routeVia(byRoad("khunjerab", "islamabad", day, "car"), "babusar-top",
                EnumSet.of(Mode.ROAD)).route();
        Route byKkh = router.route(byRoad("khunjerab", "islamabad", day, "car")
                .withAvoidPlaces(java.util.Set.of("babusar-top"))).route();

        // leaving Khunjerab at 00:00 the car reaches Chilas after 18:00 and waits for the road to open at 04:00
        Leg ontoBabusar = overBabusar.legs().stream().filter(l -> l.link() != null
                && l.link().id().equals("n15-babusar-chilas")).findFirst().orElseThrow();
        assertThat(ontoBabusar.notes()).anySatisfy(n -> assertThat(n).startsWith("waits ")
                .contains("car, light_transport banned 18:00-04:00").contains("rule n15-babusar-chilas-small-hours"));
        double enteredAt = hoursBefore(overBabusar, ontoBabusar) + waitOf(ontoBabusar);
        // the note gives the wait to 0.1 h
        assertThat(enteredAt % 24).as("enters the Babusar road at 04:00 PKT").isCloseTo(4.0, within(0.051));

        // the router takes whichever is sooner, computed: here the KKH by Besham
        double sooner = Math.min(overBabusar.totals().hours(), byKkh.totals().hours());
        assertThat(best.totals().hours()).isCloseTo(sooner, within(1e-6));
        assertThat(byKkh.totals().hours()).isLessThan(overBabusar.totals().hours());
        assertThat(best.placeIds()).contains("besham").doesNotContain("babusar-top");
    }

    @Test
    void aCarReachingBabusarInItsHoursGoesOverItWithoutWaiting() {
        // from Gilgit at 00:00 the car reaches Chilas in the morning, inside the road's hours
        Route route = router.route(byRoad("gilgit", "islamabad", LocalDate.of(2025, 7, 15), "car")).route();

        assertThat(route.placeIds()).containsSubsequence("chilas", "babusar-top", "mansehra");
        Leg onto = route.legs().stream().filter(l -> l.link() != null
                && l.link().id().equals("n15-babusar-chilas")).findFirst().orElseThrow();
        assertThat(waitOf(onto)).isZero();
        assertThat(hoursBefore(route, onto) % 24).isBetween(4.0, 18.0);
    }

    @Test
    void theClockIsTheOrigins00h00AndARouteViaAPlaceKeepsIt() {
        // from Kashgar the hours count from 00:00 Beijing time (UTC+8), 21:00 PKT the day before: the
        // first day of the spring 2025 ban on which the truck reaches Karachi inside 06:00-22:00 PKT
        Route direct = null;
        LocalDate day = LocalDate.of(2025, 4, 17);
        for (; day.isBefore(LocalDate.of(2025, 6, 1)) && direct == null; day = day.plusDays(1)) {
            var result = router.route(byRoad("kashgar", "karachi", day, "rigid-truck"));
            direct = result.found() && notes(result.route()).stream().anyMatch(n -> n.startsWith("waits ")) ? result.route() : null;
        }
        assertThat(direct).as("a day on which the truck waits at Karachi").isNotNull();
        day = direct.departure();
        Route viaSost = router.routeVia(byRoad("kashgar", "karachi", day, "rigid-truck"), "sost",
                EnumSet.of(Mode.ROAD)).route();

        assertThat(direct.placeIds()).contains("sost");
        assertThat((direct.totals().hours() - 3) % 24).as("enters at 22:00 PKT").isCloseTo(22.0, within(1e-3)); // the clock counts whole seconds
        assertThat(direct.arrival().toLocalTime()).as("on the origin's clock").isEqualTo(LocalTime.of(1, 0));
        assertThat(viaSost.totals().hours()).isCloseTo(direct.totals().hours(), within(1e-6));
    }

    @Test
    void aMatrixCellIntoTheBannedCityIsTheRoutersWithTheWait() {
        RouteQuery template = byRoad("sukkur", "karachi", LocalDate.of(2026, 1, 10), "rigid-truck");
        var matrix = new MatrixEngine(graph).compute(template, List.of("sukkur", "hyderabad"),
                List.of("karachi", "karachi-port"), router);

        var intoCity = matrix.cell(0, 0);
        assertThat(intoCity.method()).isEqualTo(MatrixCell.Method.ROUTER);
        assertThat(intoCity.note()).contains("Karachi has an access rule's closed hours");
        assertThat(intoCity.hours()).isCloseTo(router.route(template).route().totals().hours(), within(1e-9));
        var toPort = matrix.cell(0, 1);
        assertThat(toPort.method()).as("through the city's node, nothing waits").isEqualTo(MatrixCell.Method.HIERARCHY);
        assertThat(toPort.hours()).isCloseTo(router.route(byRoad("sukkur", "karachi-port", LocalDate.of(2026, 1, 10),
                "rigid-truck")).route().totals().hours(), within(1e-6));
    }

    @Test
    void aSingleRouteIntoTheBannedCityIsTheRoutersWithTheWaitAndOneToThePortIsTheHierarchys() {
        HierarchyRoutes routes = new HierarchyRoutes(new MatrixEngine(graph));
        RouteQuery intoCity = byRoad("sukkur", "karachi", LocalDate.of(2026, 1, 10), "rigid-truck");
        RouteResult city = routes.route(intoCity, router);
        assertThat(city.engine()).isEqualTo(RouteEngine.A_STAR);
        assertThat(city.engineNote()).contains("Karachi has an access rule's closed hours");
        assertThat(city.route().totals().hours()).isCloseTo(router.route(intoCity).route().totals().hours(),
                within(1e-9));
        assertThat(notes(city.route())).anyMatch(n -> n.startsWith("waits ") && n.contains(KARACHI_RULE));

        RouteQuery toPort = byRoad("sukkur", "karachi-port", LocalDate.of(2026, 1, 10), "rigid-truck");
        RouteResult port = routes.route(toPort, router);
        assertThat(port.engine()).as("through the city's node, nothing waits").isEqualTo(RouteEngine.HIERARCHY);
        assertThat(port.route().totals().hours()).isCloseTo(router.route(toPort).route().totals().hours(),
                within(1e-6));
    }

    @Test
    void aMatrixPathOverALinkWithClosedHoursIsTheRoutersAndAgrees() {
        RouteQuery template = byRoad("khunjerab", "islamabad", LocalDate.of(2025, 7, 15), "car");
        var matrix = new MatrixEngine(graph).compute(template, List.of("gilgit", "khunjerab"), List.of("islamabad"),
                router);

        for (int i = 0; i < 2; i++) {
            var cell = matrix.cell(i, 0);
            String from = i == 0 ? "gilgit" : "khunjerab";
            assertThat(cell.hours()).as(from).isCloseTo(router.route(byRoad(from, "islamabad", LocalDate.of(2025, 7, 15),
                    "car")).route().totals().hours(), within(1e-6));
        }
        assertThat(matrix.cell(0, 0).method()).as("Gilgit's shortest path is over Babusar")
                .isEqualTo(MatrixCell.Method.ROUTER);
        assertThat(matrix.cell(0, 0).note()).contains("whose access rule's closed hours may make the vehicle wait");
    }

    private static double hoursBefore(Route route, Leg leg) {
        double hours = 0;
        for (Leg l : route.legs()) {
            if (l == leg) {
                return hours;
            }
            hours += l.totals().hours();
        }
        throw new AssertionError("leg not in the route");
    }

    private static double waitOf(Leg leg) {
        return leg.notes().stream().filter(n -> n.startsWith("waits ")).mapToDouble(
                n -> Double.parseDouble(n.substring("waits ".length(), n.indexOf(" h ")))).sum();
    }
}
