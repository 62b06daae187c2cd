package corridor.model;

import corridor.model.geo.GeoPoint;
import corridor.model.geo.GreatCircle;
import corridor.model.geo.Polyline;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Properties of the geometry helpers: great-circle distance is a metric, and a polyline never beats the straight line. */
class GeometryPropertiesTest {

    /**
     * Slack for floating-point rounding, km: one metre. The haversine loses precision next to
     * antipodal points (asin near 1), where rounding can reach hundredths of a metre.
     */
    private static final double EPSILON_KM = 1e-3;

    @Provide
    Arbitrary<GeoPoint> points() {
        Arbitrary<Double> latitudes = Arbitraries.doubles().between(-90, 90);
        Arbitrary<Double> longitudes = Arbitraries.doubles().between(-180, 180);
        return Combinators.combine(latitudes, longitudes).as(GeoPoint::new);
    }

    @Property
    void distanceIsNonNegativeAndAtMostHalfTheCircumference(@ForAll("points") GeoPoint a, @ForAll("points") GeoPoint b) {
        double km = GreatCircle.distanceKm(a, b);
        assertThat(km).isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(Math.PI * GreatCircle.EARTH_RADIUS_KM + EPSILON_KM);
    }

    @Property
    void distanceToItselfIsZero(@ForAll("points") GeoPoint a) {
        assertThat(GreatCircle.distanceKm(a, a)).isCloseTo(0, within(EPSILON_KM));
    }

    @Property
    void distanceIsSymmetric(@ForAll("points") GeoPoint a, @ForAll("points") GeoPoint b) {
        assertThat(GreatCircle.distanceKm(a, b)).isCloseTo(GreatCircle.distanceKm(b, a), within(EPSILON_KM));
    }

    @Property
    void distanceObeysTheTriangleInequality(@ForAll("points") GeoPoint a, @ForAll("points") GeoPoint b,
                                            @ForAll("points") GeoPoint c) {
        assertThat(GreatCircle.distanceKm(a, c))
                .isLessThanOrEqualTo(GreatCircle.distanceKm(a, b) + GreatCircle.distanceKm(b, c) + EPSILON_KM);
    }

    @Property
    void pointDistanceAgreesWithGreatCircle(@ForAll("points") GeoPoint a, @ForAll("points") GeoPoint b) {
        assertThat(a.distanceKm(b)).isEqualTo(GreatCircle.distanceKm(a, b));
    }

    @Property
    void polylineIsNeverShorterThanTheStraightLineBetweenItsEnds(
            @ForAll @Size(min = 2, max = 12) List<@From("points") GeoPoint> points) {
        Polyline line = new Polyline(points);
        assertThat(line.lengthKm()).isGreaterThanOrEqualTo(GreatCircle.distanceKm(line.first(), line.last()) - EPSILON_KM);
    }

    @Property
    void reversedPolylineHasTheSameLengthAndSwappedEnds(
            @ForAll @Size(min = 2, max = 12) List<@From("points") GeoPoint> points) {
        Polyline line = new Polyline(points);
        Polyline reversed = line.reversed();
        assertThat(reversed.lengthKm()).isCloseTo(line.lengthKm(), within(EPSILON_KM * points.size()));
        assertThat(reversed.first()).isEqualTo(line.last());
        assertThat(reversed.last()).isEqualTo(line.first());
        assertThat(reversed.reversed()).isEqualTo(line);
    }

    @Property
    void addingAPointNeverShortensAPolyline(@ForAll @Size(min = 2, max = 10) List<@From("points") GeoPoint> points,
                                            @ForAll("points") GeoPoint extra) {
        Polyline line = new Polyline(points);
        List<GeoPoint> longer = new java.util.ArrayList<>(points);
        longer.add(1, extra);
        assertThat(new Polyline(longer).lengthKm()).isGreaterThanOrEqualTo(line.lengthKm() - EPSILON_KM);
    }

    @Property
    void generatedPointsAreValid(@ForAll("points") GeoPoint a) {
        assertThat(a.isValid()).isTrue();
    }

    // ---- known values, so that the properties cannot pass on a constant function ----

    @Test
    void quarterOfTheEquatorIsAQuarterOfTheCircumference() {
        double km = GreatCircle.distanceKm(new GeoPoint(0, 0), new GeoPoint(0, 90));
        assertThat(km).isCloseTo(Math.PI * GreatCircle.EARTH_RADIUS_KM / 2, within(1e-6));
    }

    @Test
    void kashgarToKhunjerabIsAbout300KmInAStraightLine() {
        double km = GreatCircle.distanceKm(new GeoPoint(39.4704, 75.9898), new GeoPoint(36.85, 75.4228));
        assertThat(km).isBetween(290.0, 300.0);
    }

    @Test
    void polylineLengthIsTheSumOfItsSegments() {
        GeoPoint a = new GeoPoint(0, 0);
        GeoPoint b = new GeoPoint(0, 1);
        GeoPoint c = new GeoPoint(1, 1);
        double expected = GreatCircle.distanceKm(a, b) + GreatCircle.distanceKm(b, c);
        assertThat(new Polyline(List.of(a, b, c)).lengthKm()).isCloseTo(expected, within(1e-9));
        assertThat(new Polyline(List.of(a, b, c)).lengthKm()).isGreaterThan(GreatCircle.distanceKm(a, c));
    }

    @Test
    void polylineNeedsTwoPoints() {
        assertThatThrownBy(() -> new Polyline(List.of(new GeoPoint(0, 0)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least two points");
    }

    @Test
    void invalidPointsAreRecognised() {
        assertThat(new GeoPoint(91, 0).isValid()).isFalse();
        assertThat(new GeoPoint(0, -181).isValid()).isFalse();
        assertThat(new GeoPoint(Double.NaN, 0).isValid()).isFalse();
    }
}
