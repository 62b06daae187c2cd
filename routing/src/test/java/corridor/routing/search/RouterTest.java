package corridor.routing.search;

import corridor.model.InputException;
import corridor.model.network.LinkStatus;
import corridor.model.network.Mode;
import corridor.model.network.OpeningCalendar;
import corridor.model.network.OpeningRule;
import corridor.model.network.PlaceKind;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.route.Cargo;
import corridor.routing.route.Leg;
import corridor.routing.route.Objective;
import corridor.routing.route.ParetoResult;
import corridor.routing.route.Route;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import corridor.routing.route.Weights;
import corridor.routing.testing.Net;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RouterTest {

    private static final LocalDate JULY = LocalDate.of(2024, 7, 1);
    private static final Cargo TEN_TONNES = Cargo.tonnes(10);

    private static RouteQuery query(String from, String to) {
        return RouteQuery.of(from, to, JULY, TEN_TONNES);
    }

    @Test
    void fastestTakesTheRoadWithHandComputedTotals() {
        Route route = Net.diamond().router().route(query("a", "d")).route();

        assertThat(route.linkIds()).containsExactly("ab", "bd");
        // 200 km at 50 km/h; 10 t × 200 km × 0.1 $/tkm; 10 t × 200 km × 0.1 kg/tkm; 4 + 4 risk points.
        assertThat(route.totals().distanceKm()).isEqualTo(200.0, within(1e-9));
        assertThat(route.totals().hours()).isEqualTo(4.0, within(1e-9));
        assertThat(route.totals().costUsd()).isEqualTo(200.0, within(1e-9));
        assertThat(route.totals().co2Kg()).isEqualTo(200.0, within(1e-9));
        assertThat(route.totals().risk()).isEqualTo(8.0, within(1e-9));
    }

    @Test
    void cheapestAndLowestCo2TakeTheRail() {
        Router router = Net.diamond().router();

        Route cheapest = router.route(query("a", "d").withObjective(Objective.COST)).route();
        Route greenest = router.route(query("a", "d").withObjective(Objective.CO2)).route();

        assertThat(cheapest.linkIds()).containsExactly("ac", "cd");
        // 300 km at 40 km/h = 7.5 h; 10 × 300 × 0.05 = 150 $; 10 × 300 × 0.03 = 90 kg.
        assertThat(cheapest.totals().hours()).isEqualTo(7.5, within(1e-9));
        assertThat(cheapest.totals().costUsd()).isEqualTo(150.0, within(1e-9));
        assertThat(greenest.linkIds()).containsExactly("ac", "cd");
        assertThat(greenest.totals().co2Kg()).isEqualTo(90.0, within(1e-9));
    }

    @Test
    void lowestRiskAvoidsTheLinksNearTheIncident() {
        Route route = Net.diamond().router().route(query("a", "d").withObjective(Objective.RISK)).route();

        assertThat(route.linkIds()).containsExactly("ac", "cd");
        assertThat(route.totals().risk()).isZero();
    }

    @Test
    void blendFollowsTheWeights() {
        Router router = Net.diamond().router();

        // road 4 h + 0.01 × 200 $ = 6 against rail 7.5 + 1.5 = 9; at 0.1 per $: 24 against 22.5.
        Route timeHeavy = router.route(query("a", "d").withWeights(new Weights(1, 0.01, 0, 0))).route();
        Route costHeavy = router.route(query("a", "d").withWeights(new Weights(1, 0.1, 0, 0))).route();

        assertThat(timeHeavy.linkIds()).containsExactly("ab", "bd");
        assertThat(costHeavy.linkIds()).containsExactly("ac", "cd");
    }

    @Test
    void paretoSetHoldsBothTradeOffs() {
        ParetoResult set = Net.diamond().router().pareto(query("a", "d"));

        assertThat(set.routes()).extracting(Route::linkIds)
                .containsExactly(List.of("ab", "bd"), List.of("ac", "cd"));
        assertThat(set.truncated()).isFalse();
    }

    @Test
    void riskCeilingExcludesRiskyRoutes() {
        Router router = Net.diamond().router();

        Route under5 = router.route(query("a", "d").withRiskCeiling(5.0)).route();
        Route under10 = router.route(query("a", "d").withRiskCeiling(10.0)).route();
        RouteResult underZero = Net.diamond().link("ad", Mode.ROAD, "a", "d", 120).router()
                .route(query("a", "d").withRiskCeiling(0.0));

        assertThat(under5.linkIds()).containsExactly("ac", "cd");
        assertThat(under10.linkIds()).containsExactly("ab", "bd");
        assertThat(underZero.route().linkIds()).containsExactly("ad"); // 55 km from the incident: no risk, and fastest
    }

    @Test
    void avoidingAPlaceOrALinkForcesTheOtherWay() {
        Router router = Net.diamond().router();

        assertThat(router.route(query("a", "d").withAvoidPlaces(Set.of("b"))).route().linkIds())
                .containsExactly("ac", "cd");
        assertThat(router.route(query("a", "d").withAvoidLinks(Set.of("bd"))).route().linkIds())
                .containsExactly("ac", "cd");
    }

    @Test
    void allowedModesRestrictTheSearch() {
        Router router = Net.diamond().router();

        RouteResult railOnly = router.route(query("a", "d").withModes(EnumSet.of(Mode.RAIL)));
        RouteResult seaOnly = router.route(query("a", "d").withModes(EnumSet.of(Mode.SEA)));

        assertThat(railOnly.route().linkIds()).containsExactly("ac", "cd");
        assertThat(seaOnly.found()).isFalse();
        assertThat(seaOnly.whyNone()).contains("no route");
    }

    @Test
    void dwellAtHubsAndFeesAtBordersAreLegsOfTheirOwn() {
        Net net = new Net().city("a", 0, 0).hub("h", PlaceKind.DRY_PORT, 0, 0.5, 10.0, 5.0)
                .border("x", 0, 1.0, 3.0, 2.0, null).city("z", 0, 1.2)
                .link("ah", Mode.ROAD, "a", "h", 100).link("hx", Mode.RAIL, "h", "x", 80)
                .link("xz", Mode.RAIL, "x", "z", 40);

        Route route = net.router().route(query("a", "z")).route();

        assertThat(route.legs()).extracting(Leg::kind).containsExactly(Leg.Kind.MOVE, Leg.Kind.HUB, Leg.Kind.MOVE,
                Leg.Kind.BORDER, Leg.Kind.MOVE);
        // hours: road 2 + dwell 10 + rail 2 + crossing 3 + rail 1; cost: 100 + 10 × 5 + 40 + 10 × 2 + 20.
        assertThat(route.totals().hours()).isEqualTo(18.0, within(1e-9));
        assertThat(route.totals().costUsd()).isEqualTo(230.0, within(1e-9));
        assertThat(route.legs().get(1).totals().hours()).isEqualTo(10.0);
        assertThat(route.legs().get(3).totals().costUsd()).isEqualTo(20.0, within(1e-9));
        assertThat(route.usesAssumptions()).isTrue(); // speeds come from the mode defaults
    }

    @Test
    void unknownDwellUsesTheDocumentedDefaultAndSaysSo() {
        Net net = new Net().city("a", 0, 0).hub("h", PlaceKind.RAIL_TERMINAL, 0, 0.5, null, null).city("z", 0, 1.0)
                .link("ah", Mode.ROAD, "a", "h", 100).link("hz", Mode.RAIL, "h", "z", 80);

        Route route = net.router().route(query("a", "z")).route();
        Leg hub = route.legs().get(1);

        assertThat(hub.kind()).isEqualTo(Leg.Kind.HUB);
        assertThat(hub.totals().hours()).isEqualTo(RoutingParameters.DEFAULT_DWELL_HOURS);
        assertThat(hub.totals().costUsd()).isZero();
        assertThat(hub.notes()).anyMatch(n -> n.contains("default")).anyMatch(n -> n.contains("unknown"));
    }

    @Test
    void modeCannotChangeAtAPlaceThatIsNotAHub() {
        Net net = new Net().city("a", 0, 0).city("h", 0, 0.5).city("z", 0, 1.0)
                .link("ah", Mode.ROAD, "a", "h", 100).link("hz", Mode.RAIL, "h", "z", 80);

        assertThat(net.router().route(query("a", "z")).found()).isFalse();
    }

    @Test
    void transferIntoAPortIsHandledByThePort() {
        Net net = new Net().city("a", 0, 0).city("g", 0, 0.5).hub("p", PlaceKind.SEAPORT, 0, 0.52, 6.0, 1.0)
                .city("q", 0, 2.0)
                .link("ag", Mode.ROAD, "a", "g", 100).link("gp", Mode.TRANSFER, "g", "p", 5)
                .link("pq", Mode.SEA, "p", "q", 200);

        Route route = net.router().route(query("a", "q")).route();

        assertThat(route.legs()).extracting(Leg::kind).containsExactly(Leg.Kind.MOVE, Leg.Kind.MOVE, Leg.Kind.HUB,
                Leg.Kind.MOVE);
        // road 2 h + transfer 0.5 h + dwell 6 h + sea 8 h; transfer cost unknown (not counted).
        assertThat(route.totals().hours()).isEqualTo(16.5, within(1e-9));
        assertThat(route.legs().get(1).notes()).contains("cost: unknown, not counted");
    }

    @Test
    void closedBorderCannotBeCrossedAndTheClosureIsReported() {
        OpeningCalendar aprilToNovember = new OpeningCalendar(List.of(new OpeningRule(YearMonth.of(1985, 1), null,
                EnumSet.range(Month.APRIL, Month.NOVEMBER), Net.P)));
        Net net = new Net().city("a", 0, 0).border("k", 0, 0.5, 2.0, null, aprilToNovember).city("z", 0, 1.0)
                .link("ak", Mode.ROAD, "a", "k", 1500).link("kz", Mode.ROAD, "k", "z", 100);
        Router router = net.router();

        RouteResult summer = router.route(query("a", "z"));
        RouteResult winter = router.route(query("a", "z").withDeparture(LocalDate.of(2024, 1, 10)));
        // 1,500 km at 50 km/h = 30 h: leaving 30 November, the goods reach the pass on 1 December.
        RouteResult lateNovember = router.route(query("a", "z").withDeparture(LocalDate.of(2024, 11, 30)));

        assertThat(summer.route().legs()).extracting(Leg::kind).contains(Leg.Kind.BORDER);
        assertThat(summer.route().legs().get(1).notes()).contains("fees: unknown, not counted");
        assertThat(winter.found()).isFalse();
        assertThat(winter.closures()).singleElement().satisfies(c -> {
            assertThat(c.placeId()).isEqualTo("k");
            assertThat(c.date()).isEqualTo(LocalDate.of(2024, 1, 11));
            assertThat(c.reason()).contains("Apr").contains("Nov");
        });
        assertThat(winter.whyNone()).contains("K (k) is closed on 2024-01-11");
        assertThat(lateNovember.found()).isFalse();
        assertThat(lateNovember.closures().get(0).date()).isEqualTo(LocalDate.of(2024, 12, 1));
    }

    @Test
    void aTemporaryOpeningHoldsToTheDayGoodsReachTheBorder() {
        OpeningCalendar calendar = new OpeningCalendar(List.of(
                new OpeningRule(YearMonth.of(1985, 1), null, EnumSet.range(Month.APRIL, Month.NOVEMBER), Net.P),
                new OpeningRule(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 16), EnumSet.of(Month.JANUARY),
                        Set.of(), Net.P)));
        Net net = new Net().city("a", 0, 0).border("k", 0, 0.5, 2.0, null, calendar).city("z", 0, 1.0)
                .link("ak", Mode.ROAD, "a", "k", 1500).link("kz", Mode.ROAD, "k", "z", 100);
        Router router = net.router();

        // 30 h to the border: leaving on the 15th the goods reach it on the 16th, its last open day.
        RouteResult lastDay = router.route(query("a", "z").withDeparture(LocalDate.of(2024, 1, 15)));
        RouteResult dayAfter = router.route(query("a", "z").withDeparture(LocalDate.of(2024, 1, 16)));
        RouteResult lateJanuary = router.route(query("a", "z").withDeparture(LocalDate.of(2024, 1, 24)));

        assertThat(lastDay.found()).isTrue();
        assertThat(lastDay.route().legs()).extracting(Leg::kind).contains(Leg.Kind.BORDER);
        assertThat(dayAfter.found()).isFalse();
        assertThat(dayAfter.closures()).singleElement().satisfies(c -> {
            assertThat(c.date()).isEqualTo(LocalDate.of(2024, 1, 17));
            assertThat(c.reason()).contains("under the rule from 1985-01");
        });
        assertThat(lateJanuary.found()).isFalse();
        assertThat(lateJanuary.closures().get(0).date()).isEqualTo(LocalDate.of(2024, 1, 25));
    }

    @Test
    void goodsReachingABorderOnItsWeeklyClosingDayWaitForTheNextOpenDay() {
        OpeningCalendar weekdays = new OpeningCalendar(List.of(new OpeningRule(LocalDate.of(2024, 12, 1), null,
                EnumSet.allOf(Month.class), EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Net.P)));
        Net net = new Net().city("a", 0, 0).border("k", 0, 0.5, 2.0, null, weekdays).city("z", 0, 1.0)
                .link("ak", Mode.ROAD, "a", "k", 1500).link("kz", Mode.ROAD, "k", "z", 100);
        Router router = net.router();

        // Leaving Friday 17 January 2025: 30 h to the border, Saturday 06:00; it opens Monday 00:00.
        Route friday = router.route(query("a", "z").withDeparture(LocalDate.of(2025, 1, 17))).route();
        // Leaving Tuesday: the border is reached on Wednesday, no wait.
        Route tuesday = router.route(query("a", "z").withDeparture(LocalDate.of(2025, 1, 14))).route();

        Leg border = friday.legs().stream().filter(l -> l.kind() == Leg.Kind.BORDER).findFirst().orElseThrow();
        assertThat(border.totals().hours()).isEqualTo(42 + 2.0, within(1e-9));
        assertThat(border.notes()).anySatisfy(n -> assertThat(n).contains("waited 42 h"));
        assertThat(friday.totals().hours() - tuesday.totals().hours()).isEqualTo(42.0, within(1e-9));
    }

    @Test
    void aBorderAtTheEndOfTheRouteIsNotCrossed() {
        OpeningCalendar never = new OpeningCalendar(List.of(new OpeningRule(YearMonth.of(2000, 1), null,
                EnumSet.noneOf(Month.class), Net.P)));
        Net net = new Net().city("a", 0, 0).border("k", 0, 0.5, 2.0, 1.0, never).link("ak", Mode.ROAD, "a", "k", 100);

        Route route = net.router().route(query("a", "k")).route();

        assertThat(route.legs()).extracting(Leg::kind).containsExactly(Leg.Kind.MOVE);
    }

    @Test
    void statusFilterAddsPlannedLinksAndDropsWhatTheyReplace() {
        Net net = Net.diamond()
                .link("ad-new", Mode.ROAD, "a", "d", 120, null, LinkStatus.PLANNED, List.of())
                .link("ab-old", Mode.ROAD, "a", "b", 90, null, LinkStatus.SUPERSEDED, List.of("ad-new"));

        Route today = new Router(net.graph(NetworkFilter.EXISTING)).route(query("a", "d")).route();
        RoutingGraph planned = net.graph(NetworkFilter.WITH_PLANNED);
        Route tomorrow = new Router(planned).route(query("a", "d")).route();

        assertThat(today.linkIds()).containsExactly("ab-old", "bd");
        assertThat(tomorrow.linkIds()).containsExactly("ad-new");
        assertThat(planned.linkIndex("ab-old")).isEqualTo(-1);
    }

    @Test
    void aSupersededLinkGoesWhenItsReplacementIsExisting() {
        Net net = Net.diamond()
                .link("ad-new", Mode.ROAD, "a", "d", 120, null, LinkStatus.EXISTING, List.of())
                .link("ab-old", Mode.ROAD, "a", "b", 90, null, LinkStatus.SUPERSEDED, List.of("ad-new"));

        assertThat(net.graph(NetworkFilter.EXISTING).linkIndex("ab-old")).isEqualTo(-1);
        assertThat(net.graph(NetworkFilter.EXISTING).linkIndex("ad-new")).isNotNegative();
    }

    @Test
    void aTransferWithNoValuesTakesNothingAndTheHubCountsIt() {
        Net net = new Net().city("a", 0, 0).city("g", 0, 0.5).hub("p", PlaceKind.SEAPORT, 0, 0.52, 6.0, 1.0)
                .city("q", 0, 2.0)
                .link("ag", Mode.ROAD, "a", "g", 100).link("gp", Mode.TRANSFER, "g", "p", 5)
                .link("pq", Mode.SEA, "p", "q", 200);
        net.defaults.remove(Mode.TRANSFER);

        Route route = net.router().route(query("a", "q")).route();

        // road 2 h + transfer 0 h + dwell 6 h + sea 8 h; handling 10 t × 1 $.
        assertThat(route.totals().hours()).isEqualTo(16.0, within(1e-9));
        assertThat(route.legs().get(1).totals().hours()).isZero();
        assertThat(route.legs().get(1).notes()).singleElement().asString().contains("counted in the hub");
    }

    @Test
    void routeViaAPlaceGoesThroughIt() {
        Route route = Net.diamond().router().routeVia(query("a", "d"), "c", EnumSet.allOf(Mode.class)).route();

        assertThat(route.linkIds()).containsExactly("ac", "cd");
        assertThat(route.placeIds()).containsExactly("a", "c", "d");
    }

    @Test
    void aLinkOfNoFiniteLengthIsRefusedByName() {
        for (double km : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
            Net net = Net.diamond().link("bad", Mode.ROAD, "a", "d", km);
            assertThatThrownBy(net::graph).isInstanceOf(InputException.class).hasMessageContaining("link bad")
                    .hasMessageContaining("distance_km");
        }
    }

    @Test
    void unknownPlacesAreInputErrors() {
        Router router = Net.diamond().router();

        assertThatThrownBy(() -> router.route(query("a", "nowhere"))).isInstanceOf(InputException.class)
                .hasMessageContaining("--to").hasMessageContaining("nowhere");
        assertThatThrownBy(() -> router.route(query("a", "d").withAvoidPlaces(Set.of("a"))))
                .isInstanceOf(InputException.class).hasMessageContaining("an end of the route");
    }

    @Test
    void reverseTravelIsMarked() {
        Route route = Net.diamond().router().route(query("d", "a")).route();

        assertThat(route.legs().get(0).reversed()).isTrue();
        assertThat(route.legs().get(0).link().id()).isEqualTo("bd");
    }

    @Test
    void cargoInTeuScalesCost() {
        Router router = Net.diamond().router();
        Cargo oneTeu = Cargo.parse("1teu", RoutingParameters.TONNES_PER_TEU, "--cargo");

        Route route = router.route(RouteQuery.of("a", "d", JULY, oneTeu)).route();

        assertThat(oneTeu.tonnes()).isEqualTo(10.0);
        assertThat(route.totals().costUsd()).isEqualTo(200.0, within(1e-9));
        assertThatThrownBy(() -> Cargo.parse("lots", 10, "--cargo")).isInstanceOf(InputException.class)
                .hasMessageContaining("--cargo");
    }

    @Test
    void graphStaysCompact() {
        RoutingGraph graph = Net.diamond().graph();

        assertThat(graph.linkCount()).isEqualTo(4);
        assertThat(graph.placeCount()).isEqualTo(4);
        assertThat(graph.arrayBytes()).isPositive();
    }
}
