package corridor.model.geo;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LocalPlaneTest {

    @Test
    void theNearestPlaceOnASegmentIsItsFootOrTheNearerEnd() {
        // a segment from (-1, 2) to (3, 2): the origin's foot is a quarter of the way, 2 km off
        double t = LocalPlane.fraction(-1, 2, 4, 0);
        assertThat(t).isEqualTo(0.25);
        assertThat(LocalPlane.distanceKm(-1, 2, 4, 0, t)).isEqualTo(2.0);
        // beyond its start: the start itself
        assertThat(LocalPlane.fraction(1, 0, 2, 0)).isZero();
        assertThat(LocalPlane.distanceKm(1, 0, 2, 0, 0)).isEqualTo(1.0);
        // beyond its end: the end itself
        assertThat(LocalPlane.fraction(-3, 4, 1, 0)).isEqualTo(1.0);
        assertThat(LocalPlane.distanceKm(-3, 4, 1, 0, 1)).isEqualTo(Math.hypot(2, 4));
        // a segment of no length is its one point
        assertThat(LocalPlane.fraction(3, 4, 0, 0)).isZero();
        assertThat(LocalPlane.distanceKm(3, 4, 0, 0, 0)).isEqualTo(5.0);
    }

    @Test
    void itsKilometresAreTheGreatCirclesOnesNearThePoint() {
        double lat = 35.9;
        GeoPoint point = new GeoPoint(lat, 74.3);
        GeoPoint north = new GeoPoint(lat + 0.05, 74.3);
        GeoPoint east = new GeoPoint(lat, 74.35);
        assertThat(0.05 * LocalPlane.KM_PER_DEGREE).isCloseTo(GreatCircle.distanceKm(point, north), within(1e-3));
        assertThat(0.05 * LocalPlane.kmPerDegreeLon(lat)).isCloseTo(GreatCircle.distanceKm(point, east), within(1e-3));
        // a line passing 0.05° north of the point, east to west
        Polyline line = new Polyline(List.of(new GeoPoint(lat + 0.05, 74.2), new GeoPoint(lat + 0.05, 74.4)));
        assertThat(line.distanceKm(point)).isCloseTo(GreatCircle.distanceKm(point, north), within(1e-3));
    }
}
