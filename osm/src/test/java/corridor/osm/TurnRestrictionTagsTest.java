package corridor.osm;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whom a restriction relation's tags bind ({@link TurnRestrictionReader#entries}), as bits of the
 * vehicle classes: car 1, light transport 2, heavy transport 4.
 */
class TurnRestrictionTagsTest {

    @Test
    void aPlainRestrictionBindsEveryClass() {
        assertThat(TurnRestrictionReader.entries(Map.of("type", "restriction", "restriction", "no_left_turn")))
                .isEqualTo(Map.of("no_left_turn", 7));
    }

    @Test
    void exceptTakesOutTheClassesItNamesAndIgnoresTheOthers() {
        assertThat(TurnRestrictionReader.entries(Map.of("restriction", "no_right_turn", "except", "hgv")))
                .isEqualTo(Map.of("no_right_turn", 3));
        assertThat(TurnRestrictionReader.entries(Map.of("restriction", "no_right_turn", "except", "psv;bicycle")))
                .isEqualTo(Map.of("no_right_turn", 7));
        assertThat(TurnRestrictionReader.entries(Map.of("restriction", "no_right_turn", "except", "motorcar; goods")))
                .isEqualTo(Map.of("no_right_turn", 4));
        assertThat(TurnRestrictionReader.entries(Map.of("restriction", "no_u_turn", "except", "motor_vehicle")))
                .isEmpty();
    }

    @Test
    void aRestrictionForOneClassBindsItAloneAndTakesItOutOfTheGeneralOne() {
        assertThat(TurnRestrictionReader.entries(Map.of("type", "restriction", "restriction:hgv", "no_left_turn")))
                .isEqualTo(Map.of("no_left_turn", 4));
        assertThat(TurnRestrictionReader.entries(Map.of("restriction", "no_left_turn", "restriction:hgv",
                "only_straight_on"))).isEqualTo(Map.of("no_left_turn", 3, "only_straight_on", 4));
        assertThat(TurnRestrictionReader.entries(Map.of("restriction:bicycle", "no_left_turn"))).isEmpty();
    }
}
