package corridor.evidence.proximity;

import corridor.evidence.fixtures.Fixtures;
import corridor.model.Dataset;
import corridor.model.geo.GeoPoint;
import corridor.model.geo.GreatCircle;
import corridor.model.InputException;
import corridor.model.network.LinkStatus;
import corridor.model.network.Mode;
import corridor.model.network.PlaceKind;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static corridor.evidence.fixtures.Fixtures.link;
import static corridor.evidence.fixtures.Fixtures.place;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ProximityTest {

    // A north-south road along longitude 70 from latitude 25 to 30, a rail link, a superseded road far east.
    private final Dataset data = new Dataset("t", List.of(), Map.of(),
            List.of(place("south", PlaceKind.SEAPORT, 25, 70), place("north", PlaceKind.CITY, 30, 70),
                    place("r1", PlaceKind.CITY, 28, 68), place("r2", PlaceKind.CITY, 29, 68),
                    place("e1", PlaceKind.CITY, 25, 75), place("e2", PlaceKind.CITY, 30, 75)),
            List.of(link("road", Mode.ROAD, "south", "north", LinkStatus.EXISTING, new GeoPoint(25, 70), new GeoPoint(30, 70)),
                    link("rail", Mode.RAIL, "r1", "r2", LinkStatus.EXISTING, new GeoPoint(28, 68), new GeoPoint(29, 68)),
                    link("old", Mode.ROAD, "e1", "e2", LinkStatus.SUPERSEDED, new GeoPoint(25, 75), new GeoPoint(30, 75))),
            List.of(), List.of(),
            List.of(Fixtures.incident("near-road", 27, 70.3), Fixtures.incident("near-old", 27, 75.01)),
            List.of(Fixtures.mine("mine", 27.5, 70.2),
                    Fixtures.area("crossed", new GeoPoint(26, 69.5), new GeoPoint(26, 70.5), new GeoPoint(26.5, 70.5),
                            new GeoPoint(26.5, 69.5), new GeoPoint(26, 69.5)),
                    Fixtures.mine("far", 27, 73)));

    private final Proximity proximity = new Proximity(data);

    @Test
    void crossTrackDistanceToAMeridianSegment() {
        double km = SphericalDistance.pointToSegmentKm(new GeoPoint(27, 70.3), new GeoPoint(25, 70), new GeoPoint(30, 70));
        // along a parallel at 27N, 0.3 degrees of longitude is about 29.7 km
        assertThat(km).isCloseTo(GreatCircle.distanceKm(27, 70, 27, 70.3), within(0.05));
        // beyond the end, the distance is to the end point
        assertThat(SphericalDistance.pointToSegmentKm(new GeoPoint(31, 70), new GeoPoint(25, 70), new GeoPoint(30, 70)))
                .isCloseTo(GreatCircle.distanceKm(31, 70, 30, 70), within(1e-6));
    }

    @Property(tries = 500)
    void segmentDistanceNeverExceedsTheEnds(@ForAll @DoubleRange(min = 20, max = 40) double lat,
                                            @ForAll @DoubleRange(min = 60, max = 80) double lon) {
        GeoPoint a = new GeoPoint(25, 66);
        GeoPoint b = new GeoPoint(33, 74);
        GeoPoint p = new GeoPoint(lat, lon);
        double km = SphericalDistance.pointToSegmentKm(p, a, b);
        assertThat(km).isLessThanOrEqualTo(Math.min(p.distanceKm(a), p.distanceKm(b)) + 1e-6).isGreaterThanOrEqualTo(0);
    }

    @Test
    void mineralsWithinADistanceOfTheCorridorWithPortAndRailhead() {
        List<NearbyItem> near = proximity.near(NearLayer.MINERALS, 50, List.of());
        assertThat(near).extracting(NearbyItem::id).containsExactly("crossed", "mine");
        assertThat(near.get(0).distanceKm()).isZero();
        NearbyItem mine = near.get(1);
        assertThat(mine.distanceKm()).isCloseTo(GreatCircle.distanceKm(27.5, 70, 27.5, 70.2), within(0.05));
        assertThat(mine.nearestLinkId()).isEqualTo("road");
        assertThat(mine.nearestPort().placeId()).isEqualTo("south");
        assertThat(mine.nearestRailhead().placeId()).isEqualTo("r1");
        assertThat(mine.nearestRailhead().distanceKm()).isCloseTo(GreatCircle.distanceKm(27.5, 70.2, 28, 68), within(1e-6));
    }

    @Test
    void supersededLinksAreNotTheCorridorUnlessNamed() {
        assertThat(proximity.near(NearLayer.INCIDENTS, 50, List.of())).extracting(NearbyItem::id)
                .containsExactly("near-road");
        assertThat(proximity.near(NearLayer.INCIDENTS, 50, List.of("old"))).extracting(NearbyItem::id)
                .containsExactly("near-old");
    }

    @Test
    void badArgumentsAreInputErrors() {
        assertThatThrownBy(() -> proximity.near(NearLayer.MINERALS, -1, List.of())).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> proximity.near(NearLayer.MINERALS, 50, List.of("nope")))
                .isInstanceOf(InputException.class).hasMessageContaining("unknown link 'nope'");
    }
}
