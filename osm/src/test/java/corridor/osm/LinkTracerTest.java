package corridor.osm;

import corridor.model.geo.GeoPoint;
import corridor.model.network.Link;
import corridor.model.network.LinkStatus;
import corridor.model.network.Mode;
import corridor.model.geo.Polyline;
import corridor.model.source.Provenance;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The tracer on a hand-made network: two roads between the same junctions, one numbered N-5 with a bend. */
class LinkTracerTest {

    private static final GeoPoint WEST = new GeoPoint(30.0, 70.0);
    private static final GeoPoint BEND = new GeoPoint(30.001, 70.01);
    private static final GeoPoint EAST = new GeoPoint(30.0, 70.02);

    private static TraceNetwork network() {
        TraceNetwork.Builder builder = new TraceNetwork.Builder(new double[] {29.9, 69.9, 30.1, 70.1});
        // the N-5, bent 111 m north of the straight line at its middle: 1.94 km against 1.93 km
        builder.segment(0, 1, new double[] {WEST.latitude(), BEND.latitude(), EAST.latitude()},
                new double[] {WEST.longitude(), BEND.longitude(), EAST.longitude()}, 3, 1, Map.of("ref", "N-5;AH1"));
        // an unnumbered road straight between the same junctions
        builder.segment(0, 1, new double[] {WEST.latitude(), EAST.latitude()},
                new double[] {WEST.longitude(), EAST.longitude()}, 2, 2, Map.of("name", "Service Road"));
        return builder.build();
    }

    private static Link link(String id, String name, Double distanceKm) {
        return new Link(id, name, Mode.ROAD, "west", "east", distanceKm, null, null, null, null, LinkStatus.EXISTING, "",
                List.of(), Polyline.of(WEST, EAST), new Provenance(List.of("test"), null, ""));
    }

    @Test
    void aLinkNamingARoadNumberStaysOnThatRoadAndAnotherTakesTheShortestRoad() {
        LinkTracer tracer = new LinkTracer(network(), new LinkTracer.Options(1, 10, 20));
        LinkTracer.Trace named = tracer.trace(link("n5-west-east", "N-5 West-East", null));
        assertThat(named.geometry().points()).containsExactly(WEST, BEND, EAST);
        assertThat(named.tracedKm()).isCloseTo(Polyline.of(WEST, BEND).lengthKm() * 2, within(1e-9));
        LinkTracer.Trace other = tracer.trace(link("west-east", "West-East", null));
        assertThat(other.geometry().points()).containsExactly(WEST, EAST);
    }

    @Test
    void aPathLongerThanPublishedBeyondTheLimitIsRefusedAndOneWithinItIsKept() {
        LinkTracer tracer = new LinkTracer(network(), new LinkTracer.Options(1, 10, 20));
        double bentKm = Polyline.of(WEST, BEND).lengthKm() * 2;
        LinkTracer.Trace refused = tracer.trace(link("n5-west-east", "N-5 West-East", bentKm / 1.2));
        assertThat(refused.traced()).isFalse();
        assertThat(refused.skipReason()).contains("20% longer than the published");
        LinkTracer.Trace kept = tracer.trace(link("n5-west-east", "N-5 West-East", bentKm / 1.05));
        assertThat(kept.traced()).isTrue();
        assertThat(kept.differencePct()).isCloseTo(5.0, within(1e-6));
    }

    @Test
    void theToleranceDropsBendsSmallerThanIt() {
        LinkTracer coarse = new LinkTracer(network(), new LinkTracer.Options(1, 10, 200));
        assertThat(coarse.trace(link("n5-west-east", "N-5 West-East", null)).geometry().points())
                .containsExactly(WEST, EAST);
    }

    @Test
    void aSketchPointFartherFromTheRoadsThanTheGapIsOutside() {
        LinkTracer tracer = new LinkTracer(network(), new LinkTracer.Options(1, 10, 20));
        Link far = new Link("x", "X", Mode.ROAD, "west", "east", null, null, null, null, null, LinkStatus.EXISTING, "",
                List.of(), new Polyline(List.of(WEST, new GeoPoint(30.05, 70.01), EAST)),
                new Provenance(List.of("test"), null, ""));
        LinkTracer.Trace trace = tracer.trace(far);
        assertThat(trace.traced()).isFalse();
        assertThat(trace.skipReason()).isEqualTo("outside the extract: sketch point 2 (30.0500, 70.0100) has no road of "
                + "the extract within 1 km");
    }
}
