package corridor.evidence.project;

import corridor.model.record.IndicatorValue;
import corridor.model.record.Money;
import corridor.model.record.Pillar;
import corridor.model.record.Project;
import corridor.model.record.ProjectStatus;
import corridor.model.record.Sector;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static corridor.evidence.fixtures.Fixtures.project;
import static corridor.evidence.fixtures.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

class PublishedListsTest {

    private final List<IndicatorValue> indicators = List.of(
            value("energy-2021", "projects.listed.energy", "PK-CPECA", "2021", 22, "count", "br"),
            value("energy-2019", "projects.listed.energy", "PK-CPECA", "2019", 21, "count", "old"),
            value("energy-fy2023", "projects.listed.energy", "PK-MOPDSI", "FY2023", 23, "count", "nation", "dawn"),
            value("transport-done", "projects.listed.transport.completed", "PK-MOF", "FY2025", 8, "count", "pes"),
            value("transport-usd", "projects.listed.transport", "PK-MOF", "FY2025", 6.7e9, "USD", "pes"),
            value("completed", "projects.completed", "PK-MOPDSI", "2013/2022", 28, "count", "up"));

    private final PublishedLists lists = new PublishedLists(indicators);

    private final ProjectRegistry registry = new ProjectRegistry(List.of(
            project("sahiwal", "1", Pillar.GREEN, Sector.ENERGY, ProjectStatus.COMPLETED, new Money(1.8e9, "USD", 2017), null),
            project("suki", "1", Pillar.GREEN, Sector.ENERGY, ProjectStatus.UNDER_CONSTRUCTION, null, null),
            project("kkh", "1", null, Sector.TRANSPORT, ProjectStatus.COMPLETED, null, null),
            project("ngia", "1", null, Sector.GWADAR, ProjectStatus.COMPLETED, null, null)));

    @Test
    void theCountWhosePeriodEndsLastWins() {
        PublishedListCount energy = lists.latest(Sector.ENERGY, null).orElseThrow();
        assertThat(energy.count()).isEqualTo(23);
        assertThat(energy.reporter()).isEqualTo("PK-MOPDSI");
        assertThat(energy.period()).isEqualTo("FY2023");
        assertThat(energy.sourceIds()).containsExactly("nation", "dawn");
        assertThat(energy.status()).isNull();
    }

    @Test
    void aStatusQualifiedCountAnswersOnlyForThatStatus() {
        assertThat(lists.latest(Sector.TRANSPORT, ProjectStatus.COMPLETED)).get()
                .extracting(PublishedListCount::count, PublishedListCount::status).containsExactly(8, "completed");
        // the count in dollars is not a count, and a status-qualified count does not stand for the sector's
        assertThat(lists.latest(Sector.TRANSPORT, null)).isEmpty();
        assertThat(lists.latest(Sector.ENERGY, ProjectStatus.COMPLETED)).isEmpty();
    }

    @Test
    void noListIsUnknownNotZero() {
        assertThat(lists.latest(Sector.GWADAR, null)).isEmpty();
        assertThat(PublishedLists.NONE.latest(Sector.ENERGY, null)).isEmpty();
        assertThat(PublishedLists.measure(Sector.INDUSTRY_SEZ, null)).isEqualTo("projects.listed.industry_sez");
    }

    @Test
    void summaryBySectorCarriesEachSectorsCount() {
        Map<String, ProjectGroup> bySector = groups(registry.summarize(ProjectFilter.ALL, SummaryDimension.SECTOR, lists));
        assertThat(bySector.get("energy").projects()).isEqualTo(2);
        assertThat(bySector.get("energy").publishedList().count()).isEqualTo(23);
        assertThat(bySector.get("energy").listGap()).isEqualTo(2 - 23);
        assertThat(bySector.get("gwadar").publishedList()).isNull();
        assertThat(bySector.get("gwadar").listGap()).isNull();
        assertThat(bySector.get("transport").publishedList()).isNull();

        Map<String, ProjectGroup> completed = groups(registry.summarize(
                new ProjectFilter(null, null, null, ProjectStatus.COMPLETED), SummaryDimension.SECTOR, lists));
        assertThat(completed.get("transport").publishedList().count()).isEqualTo(8);
        assertThat(completed.get("energy").publishedList()).isNull();
    }

    @Test
    void otherDimensionsTotalsAndNarrowerFiltersCarryNone() {
        ProjectSummary byStatus = registry.summarize(ProjectFilter.ALL, SummaryDimension.STATUS, lists);
        assertThat(byStatus.groups()).allSatisfy(g -> assertThat(g.publishedList()).isNull());
        assertThat(registry.summarize(ProjectFilter.ALL, SummaryDimension.SECTOR, lists).total().publishedList()).isNull();
        ProjectSummary phaseOne = registry.summarize(new ProjectFilter("1", null, null, null), SummaryDimension.SECTOR, lists);
        assertThat(phaseOne.groups()).allSatisfy(g -> assertThat(g.publishedList()).isNull());
    }

    private static Map<String, ProjectGroup> groups(ProjectSummary summary) {
        return summary.groups().stream().collect(Collectors.toMap(ProjectGroup::key, Function.identity()));
    }
}
