package corridor.routing.route;

import corridor.model.geo.GeoPoint;
import corridor.model.InputException;
import corridor.model.network.Place;
import corridor.model.network.PlaceKind;
import corridor.routing.testing.Net;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlaceMatcherTest {

    private static Place place(String id, String name, List<String> aliases) {
        return new Place(id, name, aliases, PlaceKind.CITY, new GeoPoint(0, 0), "PK", "", null, null, Net.P);
    }

    private final PlaceMatcher matcher = new PlaceMatcher(List.of(
            place("kashgar", "Kashgar", List.of("Kashi")),
            place("sost", "Sust", List.of("Sost")),
            place("urumqi", "Ürümqi", List.of()),
            place("gwadar", "Gwadar", List.of()),
            place("gwadar-port", "Gwadar Port", List.of()),
            place("hub-a", "Hub", List.of()),
            place("hub-b", "Hub", List.of())));

    @Test
    void matchesByIdNameOrAliasForgivingCaseAccentsAndPunctuation() {
        assertThat(matcher.match("kashgar", "--from").id()).isEqualTo("kashgar");
        assertThat(matcher.match("KASHI", "--from").id()).isEqualTo("kashgar");
        assertThat(matcher.match("urumqi", "--from").id()).isEqualTo("urumqi");
        assertThat(matcher.match("Ürümqi", "--from").id()).isEqualTo("urumqi");
        assertThat(matcher.match("gwadar  PORT", "--to").id()).isEqualTo("gwadar-port");
        assertThat(matcher.match("Gwadar", "--to").id()).isEqualTo("gwadar");
        assertThat(matcher.match("sost", "--to").id()).isEqualTo("sost");
    }

    @Test
    void unknownNameListsTheClosestPlaces() {
        assertThatThrownBy(() -> matcher.match("Kashgr", "--from")).isInstanceOf(InputException.class)
                .hasMessageContaining("--from").hasMessageContaining("no place named 'Kashgr'")
                .hasMessageContaining("Kashgar (kashgar)");
    }

    @Test
    void ambiguousNameListsTheCandidates() {
        assertThatThrownBy(() -> matcher.match("hub", "--to")).isInstanceOf(InputException.class)
                .hasMessageContaining("several places").hasMessageContaining("hub-a").hasMessageContaining("hub-b");
    }
}
