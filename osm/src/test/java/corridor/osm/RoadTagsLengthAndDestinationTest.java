package corridor.osm;

import corridor.model.network.RoadLayer;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code maxlength} and {@code access=destination} as {@link RoadTags} reads them. */
class RoadTagsLengthAndDestinationTest {

    @Test
    void maxlengthInMetresOrPlain() {
        assertThat(RoadTags.maxLengthM(Map.of("maxlength", "12"))).isEqualTo(12f);
        assertThat(RoadTags.maxLengthM(Map.of("maxlength", "18.75 m"))).isEqualTo(18.75f);
        assertThat(RoadTags.maxLengthM(Map.of("maxlength", "10,5"))).isEqualTo(10.5f);
        assertThat(RoadTags.maxLengthM(Map.of("maxlength", "40'"))).isNaN();
        assertThat(RoadTags.maxLengthM(Map.of("highway", "primary"))).isNaN();
    }

    @Test
    void accessDestinationFlagsTheSegmentForGoodsVehiclesUnlessHgvSaysOtherwise() {
        assertThat(RoadTags.goodsAccess(Map.of("access", "destination"))).isEqualTo(RoadLayer.GOODS_DESTINATION_ONLY);
        assertThat(RoadTags.goodsAccess(Map.of("motor_vehicle", "destination", "access", "no")))
                .isEqualTo(RoadLayer.GOODS_DESTINATION_ONLY);
        assertThat(RoadTags.goodsAccess(Map.of("access", "destination", "hgv", "yes"))).isZero();
        assertThat(RoadTags.goodsAccess(Map.of("access", "destination", "hgv", "no")))
                .isEqualTo(RoadLayer.NO_GOODS_VEHICLES);
    }
}
