package corridor.routing.testing;

import corridor.routing.analysis.Criticality;
import corridor.routing.analysis.OdPair;
import corridor.routing.route.RouteResult;
import corridor.routing.route.Totals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The analyses' answers from the hierarchy against the A* router's, for the randomized tests of {@code routing}
 * and {@code osm}: routes with the same totals (hours, km, cost, CO2, risk at 1e-7 relative) and criticality
 * reports with the same impacts and the same ranking (links whose figures tie within that tolerance may trade
 * places). Stateless.
 */
public final class AnalysisAgreement {

    private AnalysisAgreement() {
    }

    /** {@code count} random pairs of distinct places among {@code ids}, drawn with {@code random}. */
    public static List<OdPair> pairs(List<String> ids, int count, Random random) {
        List<OdPair> pairs = new ArrayList<>();
        while (pairs.size() < count) {
            String from = ids.get(random.nextInt(ids.size()));
            String to = ids.get(random.nextInt(ids.size()));
            if (!from.equals(to)) {
                pairs.add(new OdPair(from, to, ""));
            }
        }
        return pairs;
    }

    /** The two results agree: both without a route, or both with routes of the same totals. */
    public static void sameTotals(RouteResult got, RouteResult want, String where) {
        assertThat(got.found()).as(where + ": found").isEqualTo(want.found());
        if (!want.found()) {
            return;
        }
        Totals g = got.route().totals();
        Totals w = want.route().totals();
        assertThat(g.hours()).as(where + ": hours").isCloseTo(w.hours(), within(tol(w.hours())));
        assertThat(g.distanceKm()).as(where + ": km").isCloseTo(w.distanceKm(), within(tol(w.distanceKm())));
        assertThat(g.costUsd()).as(where + ": cost").isCloseTo(w.costUsd(), within(tol(w.costUsd())));
        assertThat(g.co2Kg()).as(where + ": CO2").isCloseTo(w.co2Kg(), within(tol(w.co2Kg())));
        assertThat(g.risk()).as(where + ": risk").isCloseTo(w.risk(), within(tol(w.risk())));
    }

    /**
     * The two reports agree: each pair's base route, each link's impact (extra within 1e-7 relative, the same
     * pairs rerouted and cut off) and the ranking, where links whose ranking keys tie may trade places.
     */
    public static void sameReport(Criticality.Report got, Criticality.Report want, String where) {
        assertThat(got.base()).as(where + ": base routes").hasSameSizeAs(want.base());
        for (int p = 0; p < want.base().size(); p++) {
            sameTotals(got.base().get(p), want.base().get(p), where + ", base route of pair " + p);
        }
        assertThat(got.unreachable()).as(where + ": unreachable").isEqualTo(want.unreachable());
        assertThat(got.impacts()).as(where + ": links ranked").hasSameSizeAs(want.impacts());
        for (int i = 0; i < want.impacts().size(); i++) {
            Criticality.LinkImpact w = want.impacts().get(i);
            Criticality.LinkImpact g = got.impacts().stream().filter(x -> x.link().id().equals(w.link().id()))
                    .findFirst().orElseThrow(() -> new AssertionError(where + ": no impact of " + w.link().id()));
            String link = where + ", link " + w.link().id();
            assertThat(g.extra()).as(link + ": extra").isCloseTo(w.extra(), within(tol(w.extra())));
            assertThat(g.rerouted()).as(link + ": rerouted").isEqualTo(w.rerouted());
            assertThat(g.cutOff()).as(link + ": cut off").isEqualTo(w.cutOff());
            Criticality.LinkImpact at = got.impacts().get(i);
            if (!at.link().id().equals(w.link().id())) {
                // another link at this rank: only where the two tie
                assertThat(at.cutOff().size()).as(link + ": rank " + i).isEqualTo(w.cutOff().size());
                assertThat(at.extra()).as(link + ": rank " + i + " held by " + at.link().id())
                        .isCloseTo(w.extra(), within(tol(w.extra())));
            }
        }
    }

    /** The ids of the links of a report's ranking, as a set. */
    public static Set<String> rankedLinks(Criticality.Report report) {
        Set<String> ids = new TreeSet<>();
        report.impacts().forEach(i -> ids.add(i.link().id()));
        return ids;
    }

    private static double tol(double value) {
        return 1e-7 * Math.max(1, Math.abs(value));
    }
}
