package corridor.routing.search;

import corridor.model.Dataset;
import corridor.model.network.Place;
import corridor.model.vehicle.AccessRule;
import corridor.model.vehicle.Vehicle;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.model.vehicle.AccessExclusion;
import corridor.routing.route.Cargo;
import corridor.routing.route.Objective;
import corridor.routing.route.Route;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which access rules a route names as having shaped it, against the brute force: the same query on the
 * built-in network rebuilt without each banning rule (and without all of them), random queries on the
 * built-in dataset (Babusar Top's bans for heavy transport), with the seed printed. The router lifts the
 * rules it met inside its searches, all at once first and one by one only when that route is better, and
 * guides those searches by lower bounds to the target ({@link TargetBounds}); none of that may change
 * which rules it names, nor the route (the plain-Dijkstra router, which has no such bounds, agrees).
 */
class AccessShapingReferenceTest {

    private static final Dataset DATASET = BuiltInRoads.DATASET;
    /** Places on the way to and from Babusar Top, so that many queries meet its bans. */
    private static final List<String> NORTH = List.of("kashgar", "tashkurgan", "khunjerab", "sost", "gilgit",
            "chilas", "mansehra", "abbottabad", "islamabad", "peshawar");
    private static final int QUERIES = 400;

    @Test
    void theRulesNamedAreThoseWhoseRemovalFromTheDatasetChangesTheRoute() {
        long seed = System.nanoTime();
        System.out.println("AccessShapingReferenceTest seed " + seed + " (replay: set it in place of System.nanoTime())");
        Random random = new Random(seed);
        List<AccessRule> bans = DATASET.accessRules().stream().filter(r -> r.closedHours() == null).toList();
        assertThat(bans).as("banning rules of the built-in dataset").isNotEmpty();
        Router router = new Router(graph(DATASET.accessRules()));
        Router dijkstra = new Router(graph(DATASET.accessRules()), false);
        Map<AccessRule, Router> withoutOne = new LinkedHashMap<>();
        for (AccessRule ban : bans) {
            withoutOne.put(ban, new Router(graph(DATASET.accessRules().stream().filter(r -> r != ban).toList())));
        }
        Router withoutAll = new Router(graph(DATASET.accessRules().stream().filter(r -> !bans.contains(r)).toList()));
        List<String> places = DATASET.places().stream().map(Place::id).toList();
        int shapedQueries = 0;
        for (int i = 0; i < QUERIES; i++) {
            RouteQuery query = randomQuery(random, places);
            String where = "seed " + seed + ", query " + i + ": " + query.fromId() + " -> " + query.toId() + " on "
                    + query.departure() + ", " + query.vehicle().id() + ", " + query.weights();
            RouteResult result = router.route(query);
            RouteResult plain = dijkstra.route(query);
            assertThat(plain.found()).as(where).isEqualTo(result.found());
            if (!result.found()) {
                continue;
            }
            assertThat(plain.route().totals().hours()).as(where).isCloseTo(result.route().totals().hours(),
                    org.assertj.core.api.Assertions.within(1e-6));
            Set<String> named = shapedIds(result);
            assertThat(shapedIds(plain)).as(where).isEqualTo(named);
            assertThat(named).as(where).isEqualTo(reference(query, withoutOne, withoutAll));
            shapedQueries += named.isEmpty() ? 0 : 1;
        }
        assertThat(shapedQueries).as("queries whose route a rule shaped (seed " + seed + ")").isGreaterThan(QUERIES / 50);
    }

    /**
     * Of the bans that keep the query's vehicle off in its month, those whose removal alone makes the route
     * take their link or place; when none does, those the route takes with every ban removed (rules that
     * shape only together).
     */
    private static Set<String> reference(RouteQuery query, Map<AccessRule, Router> withoutOne, Router withoutAll) {
        List<AccessRule> binding = withoutOne.keySet().stream()
                .filter(ban -> ban.excludes(query.vehicle(), query.departure().getMonth()) != null).toList();
        Set<String> alone = new LinkedHashSet<>();
        for (AccessRule ban : binding) {
            RouteResult lifted = withoutOne.get(ban).route(query);
            if (lifted.found() && passes(lifted.route(), ban.subjectId())) {
                alone.add(ban.id());
            }
        }
        if (!alone.isEmpty()) {
            return alone;
        }
        RouteResult free = withoutAll.route(query);
        return binding.stream().filter(ban -> free.found() && passes(free.route(), ban.subjectId()))
                .map(AccessRule::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static boolean passes(Route route, String subjectId) {
        return route.linkIds().contains(subjectId) || route.placeIds().contains(subjectId);
    }

    private static Set<String> shapedIds(RouteResult result) {
        return result.exclusions().stream().filter(AccessExclusion::shaped).map(AccessExclusion::ruleId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static RouteQuery randomQuery(Random random, List<String> places) {
        String from;
        String to;
        do {
            from = random.nextBoolean() ? NORTH.get(random.nextInt(NORTH.size())) : places.get(random.nextInt(places.size()));
            to = places.get(random.nextInt(places.size()));
            if (random.nextBoolean()) {
                String swap = from;
                from = to;
                to = swap;
            }
        } while (from.equals(to));
        List<Vehicle> vehicles = DATASET.vehicles();
        Objective objective = Objective.values()[random.nextInt(Objective.values().length)];
        return RouteQuery.of(from, to, LocalDate.of(2025, 1, 1).plusDays(random.nextInt(730)), Cargo.tonnes(20))
                .withVehicle(vehicles.get(random.nextInt(vehicles.size()))).withObjective(objective);
    }

    private static RoutingGraph graph(List<AccessRule> rules) {
        return RoutingGraph.build(DATASET.withVehicles(DATASET.vehicles(), new ArrayList<>(rules)), NetworkFilter.EXISTING,
                RoutingParameters.defaults(LocalDate.of(2025, 7, 15)));
    }
}
