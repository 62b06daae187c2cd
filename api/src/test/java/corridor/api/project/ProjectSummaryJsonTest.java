package corridor.api.project;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.evidence.project.ProjectFilter;
import corridor.evidence.project.ProjectRegistry;
import corridor.evidence.project.PublishedLists;
import corridor.evidence.project.SummaryDimension;
import corridor.model.source.Confidence;
import corridor.model.record.IndicatorValue;
import corridor.model.InputException;
import corridor.model.record.Money;
import corridor.model.record.Period;
import corridor.model.record.PeriodType;
import corridor.model.record.Project;
import corridor.model.record.ProjectStatus;
import corridor.model.source.Provenance;
import corridor.model.source.PublisherType;
import corridor.model.record.Sector;
import corridor.model.source.Source;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The project summary's one writer, and the phase filter's one rule. */
class ProjectSummaryJsonTest {

    private static final Source LIST_SOURCE = new Source("list-2022", "CPEC Authority", "Projects by sector", "2022-04",
            "https://example.org/list", "", PublisherType.GOVERNMENT);

    private static Project project(String id, Sector sector, Money cost, Integer jobs) {
        return new Project(id, "Project " + id, "1", null, sector, ProjectStatus.COMPLETED, cost, null, null, jobs,
                null, null, "2015", "2019", new Provenance(List.of("list-2022"), Confidence.REPORTED, ""), List.of());
    }

    @Test
    void bySectorEachGroupHasItsPublishedListWithResolvedSourcesAndTheGap() {
        List<Project> projects = List.of(project("a", Sector.ENERGY, new Money(1e9, "USD", 2017), 1000),
                project("b", Sector.ENERGY, new Money(5e9, "PKR", 2020), null),
                project("c", Sector.TRANSPORT, null, 50));
        IndicatorValue listed = new IndicatorValue("listed-energy", "cpec", "projects.listed.energy", "PK-CPECA",
                new Period(PeriodType.PARTIAL_YEAR, "2022-04", LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 30)), 5,
                "count", new Provenance(List.of("list-2022", "gone"), Confidence.REPORTED, ""));
        var summary = new ProjectRegistry(projects).summarize(ProjectFilter.ALL, SummaryDimension.SECTOR,
                new PublishedLists(List.of(listed)));
        JsonNode answer = ProjectSummaryJson.answer(summary, Map.of(LIST_SOURCE.id(), LIST_SOURCE));
        assertThat(answer.get("by").asText()).isEqualTo("sector");
        JsonNode energy = answer.get("groups").get(0);
        assertThat(energy.get("key").asText()).isEqualTo("energy");
        assertThat(energy.get("projects").asInt()).isEqualTo(2);
        assertThat(energy.get("cost_usd").asDouble()).isEqualTo(1e9);
        assertThat(energy.get("cost_year_from").asInt()).isEqualTo(2017);
        assertThat(energy.get("cost_by_other_currency").get("PKR").asDouble()).isEqualTo(5e9);
        assertThat(energy.get("projects_with_unknown_jobs").asInt()).isEqualTo(1);
        JsonNode list = energy.get("published_list");
        assertThat(list.get("count").asInt()).isEqualTo(5);
        assertThat(list.get("reporter").asText()).isEqualTo("PK-CPECA");
        assertThat(list.get("status").isNull()).isTrue();
        assertThat(list.get("sources").get(0).get("publisher_type").asText()).isEqualTo("government");
        assertThat(list.get("sources").get(1).get("missing").asBoolean()).isTrue();
        assertThat(energy.get("gap").asInt()).isEqualTo(2 - 5);
        JsonNode transport = answer.get("groups").get(1);
        assertThat(transport.get("published_list").isNull()).isTrue();
        assertThat(transport.get("gap").isNull()).isTrue();
        assertThat(answer.get("total").get("projects").asInt()).isEqualTo(3);
        assertThat(answer.get("total").has("published_list")).isFalse();
    }

    @Test
    void otherDimensionsHaveNoPublishedList() {
        var summary = new ProjectRegistry(List.of(project("a", Sector.ENERGY, null, null)))
                .summarize(ProjectFilter.ALL, SummaryDimension.STATUS);
        JsonNode answer = ProjectSummaryJson.answer(summary, Map.of());
        assertThat(answer.get("by").asText()).isEqualTo("status");
        assertThat(answer.get("groups").get(0).has("published_list")).isFalse();
        assertThat(answer.get("total").get("cost_year_from").isNull()).isTrue();
    }

    @Test
    void aPhaseIsOneOrTwoPointZeroOnEverySurface() {
        assertThat(ProjectPhase.read("1", "phase")).isEqualTo("1");
        assertThat(ProjectPhase.read(" 2.0 ", "phase")).isEqualTo("2.0");
        assertThat(ProjectPhase.read("2", "--phase")).isEqualTo("2.0");
        assertThat(ProjectPhase.read(null, "phase")).isNull();
        assertThat(ProjectPhase.read(" ", "phase")).isNull();
        assertThatThrownBy(() -> ProjectPhase.read("3", "--phase"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.field()).isEqualTo("--phase"))
                .hasMessage("--phase: unknown phase '3'; expected 1 or 2.0");
    }
}
