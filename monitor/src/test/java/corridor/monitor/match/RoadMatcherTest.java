package corridor.monitor.match;

import corridor.model.geo.GreatCircle;
import corridor.model.network.RoadLayer;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.BitSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The matcher on street-level roads, on a hand-made block: a two-way south street and, 55 m north of it, a
 * one-way north street driven east, joined at both ends; and a street far off that joins neither.
 */
class RoadMatcherTest {

    private static final RoadLayer.Origin ORIGIN = new RoadLayer.Origin("osm-test", "test.osm.pbf", "ab", null,
            RoadLayer.Origin.ODBL);
    /** Latitudes of the streets, degrees: 0.0005 degrees is about 55 m. */
    private static final double SOUTH = 0;
    private static final double NORTH = 0.0005;

    /** Segments: 0, 1 the south street (west half, east half); 2, 3 the north street; 4, 5 the joins; 6 far off. */
    private static RoadLayer block() {
        RoadLayer.Builder b = new RoadLayer.Builder();
        int sw = b.junction(SOUTH, 0);
        int sm = b.junction(SOUTH, 0.005);
        int se = b.junction(SOUTH, 0.01);
        int nw = b.junction(NORTH, 0);
        int nm = b.junction(NORTH, 0.005);
        int ne = b.junction(NORTH, 0.01);
        int fw = b.junction(0.05, 0);
        int fe = b.junction(0.05, 0.01);
        segment(b, sw, sm, 0);
        segment(b, sm, se, 0);
        segment(b, nw, nm, RoadLayer.ONE_WAY);
        segment(b, nm, ne, RoadLayer.ONE_WAY);
        segment(b, sw, nw, 0);
        segment(b, se, ne, 0);
        segment(b, fw, fe, 0);
        return b.build(ORIGIN);
    }

    private static void segment(RoadLayer.Builder b, int from, int to, int flags) {
        b.segment(from, to, 1, 500, 50, flags, 4, Float.NaN, Float.NaN, "", "", new double[0], new double[0], 0);
    }

    private final RoadMatcher matcher = new RoadMatcher(MatchNetwork.of(block()), RoadMatcher.Settings.defaults());

    /** Points every 0.001 degrees (about 111 m) of longitude from {@code fromLon} to {@code toLon} at {@code lat}. */
    private static double[][] trace(double lat, double fromLon, double toLon) {
        int n = (int) Math.round(Math.abs(toLon - fromLon) / 0.001) + 1;
        double[][] points = new double[2][n];
        for (int i = 0; i < n; i++) {
            points[0][i] = lat;
            points[1][i] = fromLon + Math.signum(toLon - fromLon) * 0.001 * i;
        }
        return points;
    }

    @Test
    void aTraceEastBetweenTheStreetsTakesTheNearerOneWayStreet() {
        double[][] t = trace(0.0003, 0.0005, 0.0095);

        RoadMatcher.Match match = matcher.match(t[0], t[1]);

        assertThat(match.continuous()).isTrue();
        assertThat(Arrays.stream(match.segment()).distinct().toArray()).containsExactly(2, 3);
        assertThat(match.lengthKm()).isCloseTo(GreatCircle.distanceKm(0, 0.0005, 0, 0.0095), within(0.001));
        assertThat(match.pieces()).extracting(p -> (int) p[0]).containsOnly(2, 3).isSorted();
        for (double[] piece : match.pieces()) {
            assertThat(piece[2]).as("driven along the drawing").isGreaterThanOrEqualTo(piece[1]);
        }
    }

    @Test
    void aTraceWestTheSameWayTakesTheTwoWayStreetAgainstItsDrawing() {
        double[][] t = trace(0.0003, 0.0095, 0.0005);

        RoadMatcher.Match match = matcher.match(t[0], t[1]);

        assertThat(match.continuous()).isTrue();
        assertThat(Arrays.stream(match.segment()).distinct().toArray()).containsExactly(1, 0);
        for (double[] piece : match.pieces()) {
            assertThat(piece[2]).as("driven against the drawing").isLessThanOrEqualTo(piece[1]);
        }
        double sum = Arrays.stream(match.kmFromPrevious()).sum();
        assertThat(sum).isCloseTo(match.lengthKm(), within(1e-9));
    }

    @Test
    void segmentsKeptOffAreNeitherCandidatesNorDriven() {
        double[][] t = trace(0.0003, 0.0005, 0.0095);
        BitSet keptOff = new BitSet();
        keptOff.set(2);
        keptOff.set(3);

        RoadMatcher.Match match = matcher.match(t[0], t[1], keptOff);

        assertThat(match.continuous()).isTrue();
        assertThat(Arrays.stream(match.segment()).distinct().toArray()).containsExactly(0, 1);
    }

    @Test
    void aJumpToAStreetNoRoadLeadsToBreaksTheChainAndAPointFarFromEveryRoadIsUnmatched() {
        double[] lat = {SOUTH, SOUTH, 0.02, 0.05, 0.05};
        double[] lon = {0.002, 0.003, 0.004, 0.004, 0.005};

        RoadMatcher.Match match = matcher.match(lat, lon);

        assertThat(match.segment()).containsExactly(0, 0, -1, 6, 6);
        assertThat(match.breakBefore()).containsExactly(false, false, false, true, false);
        assertThat(match.continuous()).isFalse();
        assertThat(match.kmFromPrevious()[3]).isZero();
        assertThat(match.piecesUntil()[2]).isEqualTo(match.piecesUntil()[1]);
        double[] at = matcher.position(6, match.offsetKm()[4]);
        assertThat(at[0]).isCloseTo(0.05, within(1e-9));
        assertThat(at[1]).isCloseTo(0.005, within(1e-9));
    }

    @Test
    void aMatcherGivesTheSameAnswerTwiceAndAfterOtherTracks() {
        double[][] east = trace(0.0003, 0.0005, 0.0095);
        double[][] west = trace(0.0003, 0.0095, 0.0005);
        RoadMatcher.Match first = matcher.match(east[0], east[1]);
        matcher.match(west[0], west[1]);
        RoadMatcher.Match again = matcher.match(east[0], east[1]);
        assertThat(again.segment()).containsExactly(first.segment());
        assertThat(again.offsetKm()).containsExactly(first.offsetKm());
        assertThat(again.lengthKm()).isEqualTo(first.lengthKm());
    }
}
