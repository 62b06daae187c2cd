package corridor.model.geo;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The grid index against measuring every piece, on random lines; the seed is printed ({@code -Dcorridor.geo.seed}). */
class SegmentIndexTest {

    private static final long SEED = Long.getLong("corridor.geo.seed", System.nanoTime());

    static {
        System.out.println("SegmentIndexTest seed " + SEED + " (replay with -Dcorridor.geo.seed=" + SEED + ")");
    }

    /** Lines given as arrays of {lat, lon} points. */
    private record Lines(List<double[][]> lines) implements SegmentGeometry {
        @Override
        public int segmentCount() {
            return lines.size();
        }

        @Override
        public int pointCount(int segment) {
            return lines.get(segment).length;
        }

        @Override
        public double pointLat(int segment, int k) {
            return lines.get(segment)[k][0];
        }

        @Override
        public double pointLon(int segment, int k) {
            return lines.get(segment)[k][1];
        }
    }

    @Test
    void findsWhatMeasuringEveryPieceFinds() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (double cell : new double[] {SegmentIndex.STREET_CELL_DEGREES, 0.01, 0.05}) {
            List<double[][]> lines = new ArrayList<>();
            for (int s = 0; s < 300; s++) {
                double[][] points = new double[2 + random.nextInt(4)][];
                double lat = 33.6 + random.nextDouble() * 0.1;
                double lon = 73.0 + random.nextDouble() * 0.1;
                for (int k = 0; k < points.length; k++) {
                    points[k] = new double[] {lat, lon};
                    lat += (random.nextDouble() - 0.5) * 0.01;
                    lon += (random.nextDouble() - 0.5) * 0.01;
                }
                lines.add(points);
            }
            Lines geometry = new Lines(lines);
            SegmentIndex index = new SegmentIndex(geometry, cell);
            SegmentCandidates found = new SegmentCandidates();
            BitSet keptOff = new BitSet();
            keptOff.set(7);
            keptOff.set(100);
            for (int q = 0; q < 300; q++) {
                double lat = 33.6 + random.nextDouble() * 0.1;
                double lon = 73.0 + random.nextDouble() * 0.1;
                double radiusKm = 0.05 + random.nextDouble() * 0.5;
                index.candidates(lat, lon, radiusKm, Integer.MAX_VALUE, keptOff, found);
                Map<Integer, double[]> expected = everyPiece(geometry, lat, lon, radiusKm, keptOff);
                String where = "seed " + SEED + " cell " + cell + " query " + q;
                assertThat(found.size()).as(where).isEqualTo(expected.size());
                for (int i = 0; i < found.size(); i++) {
                    double[] e = expected.get(found.segment(i));
                    assertThat(e).as(where + " segment " + found.segment(i)).isNotNull();
                    assertThat(found.distanceKm(i)).isCloseTo(e[0], within(1e-12));
                    assertThat(found.offsetKm(i)).isCloseTo(e[1], within(1e-9));
                    if (i > 0) {
                        assertThat(found.segment(i)).isGreaterThan(found.segment(i - 1));
                    }
                }
                index.candidates(lat, lon, radiusKm, 2, null, found);
                assertThat(found.size()).isLessThanOrEqualTo(2);
            }
        }
    }

    /** Per segment within the radius, {distance, offset} of its nearest point, by measuring every piece. */
    private static Map<Integer, double[]> everyPiece(Lines geometry, double lat, double lon, double radiusKm,
                                                     BitSet keptOff) {
        Map<Integer, double[]> nearest = new HashMap<>();
        double kmPerLon = LocalPlane.kmPerDegreeLon(lat);
        for (int s = 0; s < geometry.segmentCount(); s++) {
            if (keptOff.get(s)) {
                continue;
            }
            double along = 0;
            for (int k = 0; k + 1 < geometry.pointCount(s); k++) {
                double x1 = (geometry.pointLon(s, k) - lon) * kmPerLon;
                double y1 = (geometry.pointLat(s, k) - lat) * LocalPlane.KM_PER_DEGREE;
                double dx = (geometry.pointLon(s, k + 1) - lon) * kmPerLon - x1;
                double dy = (geometry.pointLat(s, k + 1) - lat) * LocalPlane.KM_PER_DEGREE - y1;
                double t = LocalPlane.fraction(x1, y1, dx, dy);
                double d = LocalPlane.distanceKm(x1, y1, dx, dy, t);
                double pieceKm = GreatCircle.distanceKm(geometry.pointLat(s, k), geometry.pointLon(s, k),
                        geometry.pointLat(s, k + 1), geometry.pointLon(s, k + 1));
                double[] seen = nearest.get(s);
                if (d <= radiusKm && (seen == null || d < seen[0])) {
                    nearest.put(s, new double[] {d, along + t * pieceKm});
                }
                along += pieceKm;
            }
        }
        return nearest;
    }

    @Test
    void measuresLengthsAndPositionsAlongASegment() {
        // an L: 0.01 degrees north, then 0.01 east
        Lines geometry = new Lines(List.<double[][]>of(new double[][] {{33.70, 73.05}, {33.71, 73.05}, {33.71, 73.06}}));
        SegmentIndex index = new SegmentIndex(geometry, 0.01);
        double northKm = GreatCircle.distanceKm(33.70, 73.05, 33.71, 73.05);
        double eastKm = GreatCircle.distanceKm(33.71, 73.05, 33.71, 73.06);
        assertThat(index.lengthKm(0)).isCloseTo(northKm + eastKm, within(1e-12));
        double[] halfwayNorth = index.pointAt(0, northKm / 2);
        assertThat(halfwayNorth[0]).isCloseTo(33.705, within(1e-9));
        assertThat(halfwayNorth[1]).isCloseTo(73.05, within(1e-12));
        assertThat(index.pointAt(0, 99)).containsExactly(33.71, 73.06);
        List<double[]> backwards = index.between(0, northKm + eastKm / 2, northKm / 2);
        assertThat(backwards).hasSize(3);
        assertThat(backwards.get(1)).containsExactly(33.71, 73.05);
        assertThat(backwards.get(0)[1]).isCloseTo(73.055, within(1e-9));
        assertThat(index.arrayBytes()).isPositive();
    }

    @Test
    void refusesCellsTooSmallAndLinesOfOnePoint() {
        Lines one = new Lines(List.<double[][]>of(new double[][] {{33.70, 73.05}}));
        assertThatThrownBy(() -> new SegmentIndex(one, 0.01)).hasMessageContaining("segment 0 has 1 point");
        Lines two = new Lines(List.<double[][]>of(new double[][] {{33.70, 73.05}, {33.71, 73.05}}));
        assertThatThrownBy(() -> new SegmentIndex(two, 0.001)).hasMessageContaining("at least 0.002");
    }
}
