package corridor.evidence.check;

import corridor.data.BuiltInDataset;
import corridor.evidence.claim.Claim;
import corridor.evidence.claim.PlacePair;
import corridor.model.Dataset;
import corridor.model.network.Mode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Distances between two places read from English, Chinese and Urdu sentences, and held against a network's route
 * with the tolerance {@link DistanceClaims} states. The network here answers one fixed length for whatever pair it is
 * asked (and records what it was asked), so that the thresholds are tested at their edges; the routing engine's own
 * routes are checked in the api module (RoutedDistanceClaimTest), where the router is.
 */
class DistanceClaimsTest {

    private static final Dataset CPEC = BuiltInDataset.load();
    private static final ClaimChecker WITHOUT_NETWORK = new ClaimChecker(CPEC);

    /** A network whose every route is {@code km} long, passing the two places asked for. */
    private static final class FixedNetwork implements NetworkDistances {
        final double km;
        final List<String> asked = new ArrayList<>();

        FixedNetwork(double km) {
            this.km = km;
        }

        @Override
        public Optional<NetworkRoute> between(String fromPlaceId, String toPlaceId, Mode mode) {
            asked.add(fromPlaceId + ">" + toPlaceId + ":" + mode);
            return Optional.of(new NetworkRoute(km, List.of(fromPlaceId, "Somewhere", toPlaceId), List.of("a-link"),
                    "a fixed test network"));
        }
    }

    private static PlacePair places(String sentence) {
        List<Claim> claims = WITHOUT_NETWORK.reader().read(sentence, null);
        return claims.get(claims.size() - 1).places();
    }

    private static ClaimCheck check(double routeKm, String sentence) {
        List<ClaimCheck> checks = new ClaimChecker(CPEC, new FixedNetwork(routeKm)).check(sentence, "");
        return checks.get(checks.size() - 1);
    }

    @Test
    void twoPlacesAreReadInEnglishChineseAndUrduWithTheMode() {
        assertThat(places("The Khunjerab–Islamabad road is 870 km long"))
                .isEqualTo(new PlacePair("khunjerab", "Khunjerab Pass border crossing", "islamabad", "Islamabad",
                        Mode.ROAD));
        assertThat(places("Gwadar to Kashgar is about 3,000 km by road")).extracting(PlacePair::fromId,
                PlacePair::toId, PlacePair::mode).containsExactly("gwadar", "kashgar", Mode.ROAD);
        // the second figure's clause names Islamabad only; 距 (from) ties it to the place the sentence began with
        assertThat(places("红其拉甫距塔什库尔干125公里,距巴基斯坦首都伊斯兰堡868公里。")).extracting(PlacePair::fromId,
                PlacePair::toId).containsExactly("khunjerab", "islamabad");
        assertThat(places("خنجراب سے اسلام آباد کا فاصلہ 870 کلومیٹر ہے")).extracting(PlacePair::fromId,
                PlacePair::toId).containsExactly("khunjerab", "islamabad");
        assertThat(places("The rail distance from Lahore to Karachi is 1,200 km").mode()).isEqualTo(Mode.RAIL);
        assertThat(places("لاہور سے کراچی تک ریلوے کا فاصلہ 1200 کلومیٹر ہے").mode()).isEqualTo(Mode.RAIL);
    }

    @Test
    void oneOrThreePlacesAreNoPair() {
        assertThat(places("Gwadar's East Bay Expressway, a 19.49-km six-lane road, was inaugurated in June 2022."))
                .isNull();
        assertThat(places("喀喇昆仑公路北起喀什,经过红其拉甫山口,南到塔科特,全长1224公里。")).isNull();
    }

    @Test
    void withinTenPercentIsSupportedBeyondTwentyFiveContradictedBetweenRoughly() {
        String claim = "The Khunjerab–Islamabad road is 870 km long";
        ClaimCheck near = check(800, claim); // 870 is 8.75% above 800
        assertThat(near.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(near.explanation()).contains("800 km", "8.8% above", "within 10%", "beyond 25%",
                "khunjerab → Somewhere → islamabad", "a fixed test network");
        assertThat(near.distance().checkedBy()).isEqualTo(DistanceCheck.CheckedBy.NETWORK_ROUTE);
        assertThat(near.distance().differencePercent()).isCloseTo(8.75, org.assertj.core.data.Offset.offset(1e-9));
        ClaimCheck rough = check(750, claim); // 16% above
        assertThat(rough.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(rough.explanation()).contains("Roughly right, not confirmed", "16% above");
        ClaimCheck far = check(600, claim); // 45% above
        assertThat(far.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(check(1200, claim).verdict()).isEqualTo(Verdict.CONTRADICTED); // 27.5% below
    }

    @Test
    void aBoundIsMetByAnyRouteOnItsSide() {
        assertThat(check(2000, "Gwadar to Kashgar is more than 1,000 km by road").verdict())
                .isEqualTo(Verdict.SUPPORTED);
        assertThat(check(2000, "Gwadar to Kashgar is less than 1,000 km by road").verdict())
                .isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void withoutANetworkOrWithoutTwoPlacesTheDistanceStaysUnverifiableWithTheReason() {
        ClaimCheck noNetwork = WITHOUT_NETWORK.check("The Khunjerab–Islamabad road is 870 km long", "").get(0);
        assertThat(noNetwork.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(noNetwork.explanation()).contains("No network was given");
        NetworkDistances none = (from, to, mode) -> Optional.empty();
        ClaimCheck noRoute = new ClaimChecker(CPEC, none).check("Gwadar to Kashgar is 3,000 km by rail", "").get(0);
        assertThat(noRoute.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(noRoute.explanation()).contains("The network has no rail route between them");
        assertThat(noRoute.distance().checkedBy()).isEqualTo(DistanceCheck.CheckedBy.NONE);
        FixedNetwork network = new FixedNetwork(870);
        ClaimCheck unknown = new ClaimChecker(CPEC, network).check("Timbuktu is 9,000 km from Islamabad", "").get(0);
        assertThat(unknown.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(unknown.explanation()).contains("Nor does it name two places of the network");
        assertThat(unknown.distance()).isNull();
        assertThat(network.asked).isEmpty();
    }

    @Test
    void aLinkJoiningThePlacesIsUsedAndTheRouteIsNotAsked() {
        FixedNetwork network = new FixedNetwork(1000);
        // the link khunjerab-railway runs from Havelian's station, a transfer away from Havelian
        ClaimCheck rail = new ClaimChecker(CPEC, network).check("The proposed Havelian-Khunjerab railway would run "
                + "682 km.", "The News").get(0);
        assertThat(rail.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(rail.distance().checkedBy()).isEqualTo(DistanceCheck.CheckedBy.PUBLISHED_LENGTH);
        assertThat(rail.explanation()).contains("published length of what the sentence names (khunjerab-railway)");
        assertThat(network.asked).isEmpty();
        // the sentence names the M-5 (موٹروے, Sukkur), which does not join Sukkur and Faisalabad: the route is asked
        FixedNetwork asked = new FixedNetwork(622);
        List<ClaimCheck> checks = new ClaimChecker(CPEC, asked).check("ترجمان موٹروے کے مطابق سکھر سے لاہور کا فاصلہ"
                + " بذریعہ موٹروے 700کلو میٹر ہے، اور سکھر سے فیصل آباد 622کلومیٹر", "");
        assertThat(checks.get(1).claim().subjects()).contains("m5-multan-sukkur");
        assertThat(checks.get(1).verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(asked.asked).containsExactly("sukkur>lahore:ROAD", "sukkur>faisalabad:ROAD");
    }
}
