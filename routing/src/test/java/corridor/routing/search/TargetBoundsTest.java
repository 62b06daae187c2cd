package corridor.routing.search;

import corridor.model.network.Place;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.route.Cargo;
import corridor.routing.route.Objective;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import corridor.routing.route.Totals;
import corridor.routing.route.Weights;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link TargetBounds} on the built-in network: never above the weight of a route, with or without a radius. */
class TargetBoundsTest {

    private static final RoutingGraph GRAPH = BuiltInRoads.GRAPH;
    private static final Router ROUTER = BuiltInRoads.ROUTER;
    private static final List<String> TARGETS = List.of("gwadar", "karachi", "islamabad", "kashgar", "lahore");

    @ParameterizedTest
    @EnumSource(Objective.class)
    void noBoundExceedsTheWeightOfTheBestRouteToTheTarget(Objective objective) {
        for (boolean keep : new boolean[] {true, false}) {
            noBoundExceedsTheWeightOfTheBestRoute(objective, new TargetBounds(GRAPH, keep));
        }
    }

    private static void noBoundExceedsTheWeightOfTheBestRoute(Objective objective, TargetBounds bounds) {
        OpenDays openDays = new OpenDays(GRAPH);
        int compared = 0;
        for (String target : TARGETS) {
            for (double radius : new double[] {Double.POSITIVE_INFINITY, 10}) {
                RouteQuery toTarget = RouteQuery.of("peshawar".equals(target) ? "lahore" : "peshawar", target,
                        LocalDate.of(2025, 7, 15), Cargo.tonnes(20)).withObjective(objective);
                bounds.compute(new ResolvedQuery(GRAPH, toTarget, null, openDays), radius);
                Weights w = toTarget.weights();
                for (Place place : BuiltInRoads.DATASET.places()) {
                    int node = GRAPH.placeIndex(place.id());
                    if (node < 0 || place.id().equals(target)) {
                        assertThat(node < 0 || bounds.at(node) == 0).as(place.id()).isTrue();
                        continue;
                    }
                    RouteResult best = ROUTER.route(toTarget.withEnds(place.id(), target));
                    if (best.found()) {
                        Totals t = best.route().totals();
                        double weight = w.apply(t.hours(), t.costUsd(), t.co2Kg(), t.risk());
                        assertThat(bounds.at(node)).as("%s -> %s, radius %s", place.id(), target, radius)
                                .isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(weight * (1 + 1e-12));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(500);
    }

    @ParameterizedTest
    @EnumSource(Objective.class)
    void withinTheRadiusABoundIsTighterThanZeroAndPastItIsTheRadius(Objective objective) {
        TargetBounds bounds = new TargetBounds(GRAPH, false);
        RouteQuery query = RouteQuery.of("kashgar", "gwadar", LocalDate.of(2025, 7, 15), Cargo.tonnes(20))
                .withObjective(objective);
        ResolvedQuery resolved = new ResolvedQuery(GRAPH, query, null, new OpenDays(GRAPH));
        bounds.compute(resolved, Double.POSITIVE_INFINITY);
        double fromKashgar = bounds.at(GRAPH.placeIndex("kashgar"));
        assertThat(fromKashgar).isPositive().isFinite();
        bounds.compute(resolved, fromKashgar / 2);
        assertThat(bounds.at(GRAPH.placeIndex("kashgar"))).isEqualTo(fromKashgar / 2);
        assertThat(bounds.at(GRAPH.placeIndex("gwadar"))).isZero();
    }

    @ParameterizedTest
    @EnumSource(Objective.class)
    void boundsKeptForATargetAreThoseComputedAfreshAndAreNotServedToAnother(Objective objective) {
        TargetBounds bounds = new TargetBounds(GRAPH);
        OpenDays openDays = new OpenDays(GRAPH);
        List<RouteQuery> queries = TARGETS.stream().map(t -> RouteQuery.of("peshawar".equals(t) ? "lahore" : "peshawar", t,
                LocalDate.of(2025, 7, 15), Cargo.tonnes(20)).withObjective(objective)).toList();
        // more targets than kept computations, twice round: some kept, some computed again
        for (int round = 0; round < 2; round++) {
            for (RouteQuery query : queries) {
                for (String vehicle : List.of("car", "articulated-40ft")) {
                    RouteQuery asked = query.withVehicle(BuiltInRoads.DATASET.vehicle(vehicle).orElseThrow());
                    bounds.compute(new ResolvedQuery(GRAPH, asked, null, openDays), 1);
                    TargetBounds fresh = new TargetBounds(GRAPH);
                    fresh.compute(new ResolvedQuery(GRAPH, asked, null, openDays), Double.POSITIVE_INFINITY);
                    for (int node = 0; node < GRAPH.placeCount(); node++) {
                        assertThat(bounds.at(node)).as("%s, %s, node %d", asked.toId(), vehicle, node)
                                .isEqualTo(fresh.at(node));
                    }
                }
            }
        }
    }
}
