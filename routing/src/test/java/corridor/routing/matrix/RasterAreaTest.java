package corridor.routing.matrix;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.Point;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grid area of many lines against the exact distance: every point within half the distance of a
 * line is inside, every point farther than one and a half times the distance from all lines is outside.
 */
class RasterAreaTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final long SEED = Long.getLong("corridor.matrix.seed", System.nanoTime());

    @Test
    void theAreaHoldsWhatIsNearTheLinesAndNothingFar() {
        Random random = new Random(SEED);
        List<LineString> lines = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            double x = random.nextDouble() * 30;
            double y = random.nextDouble() * 30;
            lines.add(FACTORY.createLineString(new Coordinate[] {new Coordinate(x, y),
                    new Coordinate(x + random.nextGaussian() * 0.3, y + random.nextGaussian() * 0.3)}));
        }
        double distance = 0.25;
        Geometry area = RasterArea.around(lines, distance, FACTORY);
        MultiLineString all = FACTORY.createMultiLineString(lines.toArray(LineString[]::new));
        assertThat(area.isValid()).isTrue();
        var prepared = org.locationtech.jts.geom.prep.PreparedGeometryFactory.prepare(area);
        int near = 0;
        int far = 0;
        for (int i = 0; i < 4_000; i++) {
            Point p = FACTORY.createPoint(new Coordinate(random.nextDouble() * 31 - 0.5, random.nextDouble() * 31 - 0.5));
            double d = all.distance(p);
            String where = p + " at " + d + " km from the lines (seed " + SEED + ")";
            if (d <= distance / 2) {
                near++;
                assertThat(prepared.covers(p)).as(where).isTrue();
            } else if (d > distance * 1.5) {
                far++;
                assertThat(prepared.covers(p)).as(where).isFalse();
            }
        }
        assertThat(near).isPositive();
        assertThat(far).isPositive();
    }

    @Test
    void noLinesGiveAnEmptyArea() {
        assertThat(RasterArea.around(List.of(), 1, FACTORY).isEmpty()).isTrue();
    }
}
