package corridor.routing.io;

import corridor.model.InputException;
import corridor.model.network.LinkStatus;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.scenario.Scenario;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioReaderTest {

    @Test
    void readsYamlAndJson() {
        Scenario yaml = ScenarioReader.parse("""
                name: two changes
                network: with_planned
                links:
                  - project: ml-1
                    use_design_speed: true
                places:
                  - id: h
                    dwell_factor: 0.5
                """, "s.yaml");
        Scenario json = ScenarioReader.parse(new StringReader("""
                {"name": "new road", "links": [{"id": "ad-new", "status": "existing", "speed_kmh": 100}]}
                """), "open.json");

        assertThat(yaml.network()).isEqualTo(NetworkFilter.WITH_PLANNED);
        assertThat(yaml.links()).singleElement().satisfies(c -> {
            assertThat(c.project()).isEqualTo("ml-1");
            assertThat(c.useDesignSpeed()).isTrue();
        });
        assertThat(yaml.places()).singleElement().satisfies(c -> assertThat(c.dwellFactor()).isEqualTo(0.5));
        assertThat(json.network()).isEqualTo(NetworkFilter.EXISTING);
        assertThat(json.links()).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(LinkStatus.EXISTING);
            assertThat(c.speedKmh()).isEqualTo(100.0);
        });
    }

    @Test
    void badScenariosAreInputErrorsNamingTheField() {
        assertThatThrownBy(() -> ScenarioReader.parse("name: x\nlinks:\n  - id: ab\n    sped_kmh: 3\n", "s.yaml"))
                .isInstanceOf(InputException.class).hasMessageContaining("s.yaml, links[0].sped_kmh: unknown field");
        assertThatThrownBy(() -> ScenarioReader.parse("name: x\nlinks:\n  - id: ab\n    speed_kmh: -3\n", "s.yaml"))
                .isInstanceOf(InputException.class).hasMessageContaining("links[0].speed_kmh");
        assertThatThrownBy(() -> ScenarioReader.parse("name: [unclosed\n", "s.yaml"))
                .isInstanceOf(InputException.class).hasMessageContaining("not valid YAML or JSON");
        assertThatThrownBy(() -> ScenarioReader.parse("name: x\n", "s.yaml"))
                .isInstanceOf(InputException.class).hasMessageContaining("changes nothing");
    }
}
