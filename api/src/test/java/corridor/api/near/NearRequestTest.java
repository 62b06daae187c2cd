package corridor.api.near;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.data.BuiltInDataset;
import corridor.evidence.proximity.NearLayer;
import corridor.evidence.proximity.NearbyItem;
import corridor.evidence.proximity.Proximity;
import corridor.model.Dataset;
import corridor.model.InputException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code near} and {@code /api/near} read with one set of rules, and answered by one writer. */
class NearRequestTest {

    private static final Dataset DATASET = BuiltInDataset.load();

    private static NearRequest read(String layer, String within, String of) {
        return NearRequest.read(layer, within, of, NearRequest.Names.API, DATASET);
    }

    @Test
    void aDistanceIsKilometresWithOrWithoutTheUnit() {
        assertThat(read("minerals", "50", null).withinKm()).isEqualTo(50);
        assertThat(read("Minerals", "50km", null).withinKm()).isEqualTo(50);
        assertThat(read("INCIDENTS", " 12.5 KM ", "").withinKm()).isEqualTo(12.5);
        assertThat(read("projects", "0", null).withinKm()).isZero();
        assertThat(read("projects", "1000", null).withinKm()).isEqualTo(NearRequest.MAX_WITHIN_KM);
        assertThat(read("incidents", "5", null).layer()).isEqualTo(NearLayer.INCIDENTS);
    }

    @Test
    void linksAreCommaSeparatedAndMustBeTheDatasets() {
        String first = DATASET.links().get(0).id();
        String second = DATASET.links().get(1).id();
        assertThat(read("projects", "50", " " + first + " ,, " + second + ",").linkIds()).containsExactly(first, second);
        assertThat(read("projects", "50", "  ").linkIds()).isEmpty();
        assertThatThrownBy(() -> read("projects", "50", first + ",no-such-link"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.field()).isEqualTo("of"))
                .hasMessageContaining("unknown link 'no-such-link'");
    }

    @Test
    void badValuesAreRefusedNamingTheParameterAsEachSurfaceSpellsIt() {
        String[][] cases = {
            {null, "50", "layer", "--layer", "required"},
            {"volcanoes", "50", "layer", "--layer", "unknown layer 'volcanoes'; expected one of minerals, incidents, projects"},
            {"minerals", null, "withinKm", "--within", "required"},
            {"minerals", "far", "withinKm", "--within", "not a distance: 'far'"},
            {"minerals", "5d", "withinKm", "--within", "not a distance"},
            {"minerals", "NaN", "withinKm", "--within", "not a distance"},
            {"minerals", "1e3", "withinKm", "--within", "not a distance"},
            {"minerals", "-5", "withinKm", "--within", "must be between 0 and 1000 km; got -5"},
            {"minerals", "1000.5km", "withinKm", "--within", "must be between 0 and 1000 km"},
        };
        for (String[] c : cases) {
            assertThatThrownBy(() -> NearRequest.read(c[0], c[1], null, NearRequest.Names.API, DATASET))
                    .as(c[0] + " " + c[1])
                    .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.field()).isEqualTo(c[2]))
                    .hasMessageContaining(c[4]);
            assertThatThrownBy(() -> NearRequest.read(c[0], c[1], null, NearRequest.Names.COMMAND_LINE, DATASET))
                    .as(c[0] + " " + c[1])
                    .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.field()).isEqualTo(c[3]))
                    .hasMessageContaining(c[4]);
        }
    }

    @Test
    void theAnswerSaysWhatWasMeasuredFromAndGivesMineralsTheirPortAndRailhead() {
        NearRequest request = read("minerals", "50", null);
        List<NearbyItem> items = new Proximity(DATASET).near(request.layer(), request.withinKm(), request.linkIds());
        JsonNode answer = NearJson.answer(request, items);
        assertThat(answer.get("layer").asText()).isEqualTo("minerals");
        assertThat(answer.get("within_km").asDouble()).isEqualTo(50);
        assertThat(answer.get("of")).isEmpty();
        assertThat(answer.get("measured_from").asText()).isEqualTo("every link not superseded");
        assertThat(answer.get("items")).hasSize(items.size()).isNotEmpty();
        JsonNode first = answer.get("items").get(0);
        assertThat(first.get("id").asText()).isEqualTo(items.get(0).id());
        assertThat(first.get("distance_km").asDouble()).isEqualTo(items.get(0).distanceKm());
        assertThat(first.get("nearest_port").get("distance_km").asDouble()).isPositive();
        assertThat(first.get("nearest_railhead").get("id").asText()).isNotBlank();

        String link = DATASET.links().get(0).id();
        NearRequest ofLink = read("incidents", "1000", link);
        JsonNode incidents = NearJson.answer(ofLink, new Proximity(DATASET).near(ofLink.layer(), ofLink.withinKm(),
                ofLink.linkIds()));
        assertThat(incidents.get("measured_from").asText()).isEqualTo("the links given");
        assertThat(incidents.get("of").get(0).asText()).isEqualTo(link);
        incidents.get("items").forEach(i -> assertThat(i.has("nearest_port")).isFalse());
    }
}
