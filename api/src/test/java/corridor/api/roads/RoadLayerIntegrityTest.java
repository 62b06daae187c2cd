package corridor.api.roads;

import corridor.model.geo.GreatCircle;
import corridor.model.network.RoadLayer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoadLayerIntegrityTest {

    private static final RoadLayer.Origin ORIGIN = new RoadLayer.Origin("osm-test", "test.osm.pbf", "ab", null,
            RoadLayer.Origin.ODBL);

    /** Two junctions 1.11 km apart on a meridian, one segment between them of the given length. */
    private static RoadLayer layer(double lengthM, double speedKmh, int highwayClass) {
        RoadLayer.Builder b = new RoadLayer.Builder();
        int a = b.junction(33.70, 73.05);
        int c = b.junction(33.71, 73.05);
        b.segment(a, c, 42, lengthM, speedKmh, 0, highwayClass, Float.NaN, Float.NaN, "N-5", "GT Road",
                new double[0], new double[0], 0);
        return b.build(ORIGIN);
    }

    private static double trueLengthM() {
        return GreatCircle.distanceKm(33.70, 73.05, 33.71, 73.05) * 1000;
    }

    @Test
    void aSoundLayerHasNoErrors() {
        assertThat(RoadLayerIntegrity.errors(layer(trueLengthM(), 60, 4))).isEmpty();
        assertThat(RoadLayerIntegrity.errors(RoadLayer.EMPTY)).isEmpty();
    }

    @Test
    void aLengthThatIsNotTheGeometrysASpeedOfZeroAndAnUnknownClassAreErrors() {
        assertThat(RoadLayerIntegrity.errors(layer(2 * trueLengthM(), 60, 4))).singleElement().asString()
                .startsWith("roads.bin segment 0 (way 42): has length 2223.9 m but its geometry is 1112.0 m long");
        assertThat(RoadLayerIntegrity.errors(layer(trueLengthM(), 0, 4))).containsExactly(
                "roads.bin segment 0 (way 42): has speed 0.0 km/h");
        assertThat(RoadLayerIntegrity.errors(layer(trueLengthM(), 60, 99))).singleElement().asString()
                .contains("highway class number 99");
    }

    @Test
    void anUnusedJunctionAndALayerWithoutOriginAreErrors() {
        RoadLayer.Builder b = new RoadLayer.Builder();
        int a = b.junction(33.70, 73.05);
        int c = b.junction(33.71, 73.05);
        b.junction(33.72, 73.05);
        b.segment(a, c, 42, trueLengthM(), 60, 0, 4, Float.NaN, Float.NaN, "", "", new double[0], new double[0], 0);
        assertThat(RoadLayerIntegrity.errors(b.build(null))).containsExactly(
                "roads.bin: names no origin (OSM file and source); import the OSM file again",
                "roads.bin junction 2: no segment starts or ends there");
    }

    @Test
    void theSummaryCountsKmByClass() {
        RoadLayerSummary summary = RoadLayerSummary.of(layer(trueLengthM(), 60, 4));
        assertThat(summary.segments()).isEqualTo(1);
        assertThat(summary.junctions()).isEqualTo(2);
        assertThat(summary.kmByClass()).containsOnlyKeys("primary");
        assertThat(summary.kmByClass().get("primary")).isEqualTo(trueLengthM() / 1000, org.assertj.core.api.Assertions.within(1e-3));
    }
}
