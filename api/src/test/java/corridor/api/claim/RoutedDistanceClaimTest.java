package corridor.api.claim;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.data.BuiltInDataset;
import corridor.evidence.check.ClaimCheck;
import corridor.evidence.check.ClaimChecker;
import corridor.evidence.check.DistanceCheck;
import corridor.evidence.check.NetworkRoute;
import corridor.evidence.check.Verdict;
import corridor.model.Dataset;
import corridor.model.network.Link;
import corridor.model.network.Mode;
import corridor.model.vehicle.Vehicle;
import corridor.routing.analysis.ShortestDistances;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Distances between places in English, Chinese and Urdu claims, checked against the routing engine's shortest route
 * on the built-in network ({@link RoutedDistances}), as {@code check-claim} and the API check them. The expected
 * verdicts are worked out from the route the router gives and the stated tolerance, not written down.
 */
class RoutedDistanceClaimTest {

    private static final Dataset CPEC = BuiltInDataset.load();
    private static final RoutedDistances DISTANCES = RoutedDistances.of(CPEC);
    private static final ClaimChecker CHECKER = new ClaimChecker(CPEC, DISTANCES);

    private static NetworkRoute road(String from, String to) {
        return DISTANCES.between(from, to, Mode.ROAD).orElseThrow();
    }

    /** The verdict the stated tolerance gives a claim of {@code claimedKm} against a route of {@code routeKm}. */
    private static Verdict expected(double claimedKm, double routeKm) {
        double share = Math.abs(claimedKm - routeKm) / routeKm;
        return share <= DistanceCheck.SUPPORTED_WITHIN_SHARE ? Verdict.SUPPORTED
                : share > DistanceCheck.CONTRADICTED_BEYOND_SHARE ? Verdict.CONTRADICTED : Verdict.UNVERIFIABLE;
    }

    private static ClaimCheck last(String text) {
        List<ClaimCheck> checks = CHECKER.check(text, "");
        return checks.get(checks.size() - 1);
    }

    @Test
    void khunjerabToIslamabadIsMeasuredAlongTheKarakoramHighwayForTheDefaultTruck() {
        NetworkRoute kkh = road("khunjerab", "islamabad");
        assertThat(kkh.places()).contains("Gilgit", "Chilas", "Thakot", "Havelian");
        assertThat(kkh.basis()).contains("default vehicle", "heavy transport");
        // the Babusar road (N-15) is closed to heavy vehicles all year: the truck keeps off it
        assertThat(kkh.links()).noneMatch(id -> id.startsWith("n15-"));
        assertThat(kkh.distanceKm()).isBetween(700.0, 1000.0);
        for (String claim : List.of("The Khunjerab–Islamabad road is 870 km long",
                "خنجراب سے اسلام آباد کا فاصلہ 870 کلومیٹر ہے")) {
            ClaimCheck check = last(claim);
            assertThat(check.verdict()).as(claim).isEqualTo(expected(870, kkh.distanceKm()));
            assertThat(check.distance().route().distanceKm()).isEqualTo(kkh.distanceKm());
            assertThat(check.explanation()).contains(kkh.path(), "within 10%", "beyond 25%", "default vehicle");
        }
        // meipian.cn/3gn5ej41 (the gold set's row): 868 km from Khunjerab, named in the clause before
        ClaimCheck chinese = last("红其拉甫距塔什库尔干125公里,距巴基斯坦首都伊斯兰堡868公里。");
        assertThat(chinese.distance().places().fromId()).isEqualTo("khunjerab");
        assertThat(chinese.verdict()).isEqualTo(expected(868, kkh.distanceKm()));
    }

    @Test
    void aCarMayTakeTheRoadTheTruckMayNot() {
        RoutingGraph graph = RoutingGraph.build(CPEC, NetworkFilter.EXISTING, RoutingParameters.defaults(
                LocalDate.of(2025, 1, 1)));
        Vehicle car = CPEC.vehicles().stream().filter(v -> v.id().equals("car")).findFirst().orElseThrow();
        ShortestDistances.DistanceRoute byCar = new ShortestDistances(graph, car)
                .between("khunjerab", "islamabad", Mode.ROAD).orElseThrow();
        ShortestDistances.DistanceRoute byTruck = new ShortestDistances(graph, null)
                .between("khunjerab", "islamabad", Mode.ROAD).orElseThrow();
        assertThat(byTruck.distanceKm()).isEqualTo(road("khunjerab", "islamabad").distanceKm());
        assertThat(byCar.links()).extracting(Link::id).anyMatch(id -> id.startsWith("n15-"));
        assertThat(byCar.distanceKm()).isLessThan(byTruck.distanceKm());
        assertThat(byTruck.links()).extracting(Link::id).noneMatch(id -> id.startsWith("n15-"));
    }

    @Test
    void aDistanceFarOffIsContradictedAndTheDifferenceShown() {
        double kkh = road("khunjerab", "islamabad").distanceKm();
        ClaimCheck check = last("The Khunjerab–Islamabad road is 1,500 km long");
        assertThat(expected(1500, kkh)).isEqualTo(Verdict.CONTRADICTED);
        assertThat(check.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(check.distance().differencePercent()).isCloseTo(100 * (1500 - kkh) / kkh, within(1e-9));
    }

    @Test
    void gwadarToKashgarAndARailDistance() {
        NetworkRoute gwadarKashgar = road("gwadar", "kashgar");
        assertThat(last("Gwadar to Kashgar is about 3,000 km by road").verdict())
                .isEqualTo(expected(3000, gwadarKashgar.distanceKm()));
        NetworkRoute rail = DISTANCES.between("lahore", "karachi", Mode.RAIL).orElseThrow();
        assertThat(rail.links()).allMatch(id -> id.startsWith("ml1-") || id.startsWith("transfer-"));
        ClaimCheck byRail = last("The rail distance from Lahore to Karachi is 1,200 km");
        assertThat(byRail.distance().places().mode()).isEqualTo(Mode.RAIL);
        assertThat(byRail.verdict()).isEqualTo(expected(1200, rail.distanceKm()));
    }

    @Test
    void sukkurToLahoreInUrduFromTheGoldSet() {
        // dailysahafatquetta.com/08/11/2019/19750/ (the gold set's row): 700 km by motorway
        NetworkRoute route = road("sukkur", "lahore");
        ClaimCheck check = CHECKER.check("ترجمان موٹروے کے مطابق سکھر سے لاہور کا فاصلہ بذریعہ موٹروے 700کلو میٹر ہے،"
                + " اور سکھر سے فیصل آباد 622کلومیٹر جبکہ اسلام آباد 930کلو میٹر ہے۔", "").get(0);
        assertThat(check.verdict()).isEqualTo(expected(700, route.distanceKm()));
        assertThat(check.explanation()).contains("Sukkur → Multan → Lahore");
    }

    @Test
    void anUnknownPlaceLeavesTheDistanceUnverifiableWithTheReason() {
        ClaimCheck check = last("Timbuktu is 9,000 km from Islamabad");
        assertThat(check.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(check.explanation()).contains("Nor does it name two places of the network");
        assertThat(check.distance()).isNull();
    }

    @Test
    void theJsonOfADistanceCarriesTheRouteAndTheTolerance() {
        NetworkRoute kkh = road("khunjerab", "islamabad");
        JsonNode claim = ClaimJson.check(last("The Khunjerab–Islamabad road is 870 km long"));
        JsonNode distance = claim.get("distance");
        assertThat(distance.get("from").asText()).isEqualTo("khunjerab");
        assertThat(distance.get("to").asText()).isEqualTo("islamabad");
        assertThat(distance.get("mode").asText()).isEqualTo("road");
        assertThat(distance.get("checked_by").asText()).isEqualTo("network_route");
        assertThat(distance.get("supported_within_percent").asDouble()).isEqualTo(10.0);
        assertThat(distance.get("contradicted_beyond_percent").asDouble()).isEqualTo(25.0);
        assertThat(distance.get("difference_percent").asDouble()).isCloseTo(100 * (870 - kkh.distanceKm())
                / kkh.distanceKm(), within(1e-9));
        assertThat(distance.get("route").get("distance_km").asDouble()).isEqualTo(kkh.distanceKm());
        assertThat(distance.get("route").get("places").get(0).asText()).isEqualTo("Khunjerab Pass border crossing");
        assertThat(distance.get("route").get("links").size()).isEqualTo(kkh.links().size());
        JsonNode published = ClaimJson.check(last("The Thakot-Havelian section of the Karakoram Highway is 118 km long."));
        assertThat(published.get("distance").get("checked_by").asText()).isEqualTo("published_length");
        assertThat(published.get("distance").get("route").isNull()).isTrue();
        assertThat(ClaimJson.check(last("bilateral trade reached US$23.1 billion in 2024")).get("distance").isNull())
                .isTrue();
    }
}
