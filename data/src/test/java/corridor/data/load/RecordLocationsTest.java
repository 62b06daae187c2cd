package corridor.data.load;

import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.model.network.Mode;
import corridor.model.network.OpeningRule;
import corridor.model.network.Place;
import org.junit.jupiter.api.Test;

import java.util.IdentityHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordLocationsTest {

    private static final Dataset CPEC = BuiltInDataset.load();

    @Test
    void aRecordBuiltInMemoryIsLocatedInItsLayersFileByWhatNamesIt() {
        RecordLocations locations = RecordLocations.byId();
        Place place = CPEC.places().get(0);
        assertThat(locations.of(place)).isEqualTo(new RecordLocations.Where("places.geojson", "id " + place.id()));
        assertThat(locations.of(CPEC.links().get(0)))
                .isEqualTo(new RecordLocations.Where("links.geojson", "id " + CPEC.links().get(0).id()));
        assertThat(locations.of(CPEC.sources().get(0)))
                .isEqualTo(new RecordLocations.Where("sources.csv", "id " + CPEC.sources().get(0).id()));
        assertThat(locations.of(CPEC.modeDefaults().get(Mode.ROAD)))
                .isEqualTo(new RecordLocations.Where("modes.csv", "mode road"));
        OpeningRule rule = CPEC.places().stream().filter(p -> p.calendar() != null && !p.calendar().rules().isEmpty())
                .findFirst().orElseThrow().calendar().rules().get(0);
        assertThat(locations.of(rule)).isEqualTo(new RecordLocations.Where("calendars.csv", "from " + rule.fromText()));
        assertThat(locations.of(CPEC.indicators().get(0)).file()).isEqualTo("indicators.csv");
        assertThat(locations.of(CPEC.projects().get(0)).file()).isEqualTo("projects.geojson");
    }

    @Test
    void aRecordReadFromAFileKeepsItsLineAndAnythingElseIsNoRecord() {
        IdentityHashMap<Object, RecordLocations.Where> read = new IdentityHashMap<>();
        Place place = CPEC.places().get(0);
        read.put(place, new RecordLocations.Where("places.geojson", "feature 1"));
        assertThat(RecordLocations.of(read).of(place).location()).isEqualTo("feature 1");
        assertThatThrownBy(() -> RecordLocations.byId().of("a string")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a dataset record: java.lang.String");
    }
}
