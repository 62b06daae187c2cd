package corridor.evidence.project;

import corridor.evidence.fixtures.Fixtures;
import corridor.model.record.Money;
import corridor.model.record.Pillar;
import corridor.model.record.Project;
import corridor.model.record.ProjectStatus;
import corridor.model.record.Sector;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.List;

import static corridor.evidence.fixtures.Fixtures.project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ProjectRegistryTest {

    private final List<Project> projects = List.of(
            project("sahiwal", "1", Pillar.GREEN, Sector.ENERGY, ProjectStatus.COMPLETED, new Money(1.8e9, "USD", 2017), 3000),
            project("karot", "1", Pillar.GREEN, Sector.ENERGY, ProjectStatus.COMPLETED, new Money(1.74e9, "USD", 2021), null),
            project("kkh-realign", "2.0", Pillar.GROWTH, Sector.TRANSPORT, ProjectStatus.PLANNED,
                    new Money(567.453e9, "PKR", 2024), null),
            project("ngia", "1", null, Sector.GWADAR, ProjectStatus.COMPLETED, new Money(14.775e9, "CNY", 2016), 0),
            project("rashakai", "2.0", Pillar.GROWTH, Sector.INDUSTRY_SEZ, ProjectStatus.UNDER_CONSTRUCTION, null, 500));

    private final ProjectRegistry registry = new ProjectRegistry(projects);

    @Test
    void filtersByEachCriterion() {
        assertThat(registry.select(new ProjectFilter("2.0", null, null, null))).extracting(Project::id)
                .containsExactlyInAnyOrder("kkh-realign", "rashakai");
        assertThat(registry.select(new ProjectFilter(null, Pillar.GREEN, null, null))).hasSize(2);
        assertThat(registry.select(new ProjectFilter(null, null, Sector.GWADAR, null))).extracting(Project::id)
                .containsExactly("ngia");
        assertThat(registry.select(new ProjectFilter("1", null, Sector.ENERGY, ProjectStatus.COMPLETED))).hasSize(2);
        assertThat(registry.select(new ProjectFilter("1", null, Sector.TRANSPORT, null))).isEmpty();
    }

    @Test
    void summingKeepsCurrenciesApartAndCountsUnknownJobs() {
        ProjectSummary summary = registry.summarize(ProjectFilter.ALL, SummaryDimension.SECTOR);
        ProjectGroup energy = summary.groups().stream().filter(g -> g.key().equals("energy")).findFirst().orElseThrow();
        assertThat(energy.projects()).isEqualTo(2);
        assertThat(energy.costUsd()).isCloseTo(3.54e9, within(1.0));
        assertThat(energy.costYearFrom()).isEqualTo(2017);
        assertThat(energy.costYearTo()).isEqualTo(2021);
        assertThat(energy.jobs()).isEqualTo(3000);
        assertThat(energy.projectsWithJobs()).isEqualTo(1);
        assertThat(energy.projectsWithUnknownJobs()).isEqualTo(1);

        ProjectGroup total = summary.total();
        assertThat(total.costUsd()).isCloseTo(3.54e9, within(1.0));
        assertThat(total.otherCurrencies()).containsEntry("PKR", 567.453e9).containsEntry("CNY", 14.775e9);
        assertThat(total.projectsWithOtherCost()).isEqualTo(2);
        assertThat(total.projectsWithUnknownCost()).isEqualTo(1);
        // a published zero is a known figure, not an unknown one
        assertThat(total.projectsWithJobs()).isEqualTo(3);
        assertThat(total.projectsWithUnknownJobs()).isEqualTo(2);
    }

    @Test
    void projectsWithoutPillarFormTheLastGroup() {
        ProjectSummary summary = registry.summarize(ProjectFilter.ALL, SummaryDimension.PILLAR);
        assertThat(summary.groups()).extracting(ProjectGroup::key).containsExactly("green", "growth", "none");
    }

    @Property(tries = 300)
    void summariesAgreeWithTheRegistry(@ForAll("projectLists") List<Project> list,
                                       @ForAll SummaryDimension dimension, @ForAll("filters") ProjectFilter filter) {
        ProjectRegistry random = new ProjectRegistry(list);
        List<Project> selected = random.select(filter);
        ProjectSummary summary = random.summarize(filter, dimension);

        assertThat(summary.groups().stream().mapToInt(ProjectGroup::projects).sum()).isEqualTo(selected.size());
        assertThat(summary.total().projects()).isEqualTo(selected.size());
        double usd = selected.stream().filter(p -> p.cost() != null && p.cost().currency().equals("USD"))
                .mapToDouble(p -> p.cost().amount()).sum();
        assertThat(summary.groups().stream().mapToDouble(ProjectGroup::costUsd).sum()).isCloseTo(usd, within(1e-3 * (1 + usd)));
        long jobs = selected.stream().filter(p -> p.jobs() != null).mapToLong(Project::jobs).sum();
        assertThat(summary.groups().stream().mapToLong(ProjectGroup::jobs).sum()).isEqualTo(jobs);
        assertThat(summary.groups().stream().mapToInt(ProjectGroup::projectsWithUnknownJobs).sum())
                .isEqualTo((int) selected.stream().filter(p -> p.jobs() == null).count());
        for (ProjectGroup group : summary.groups()) {
            assertThat(group.projects()).isEqualTo((int) selected.stream()
                    .filter(p -> dimension.keyOf(p).equals(group.key())).count());
            assertThat(group.projectsWithUsdCost() + group.projectsWithOtherCost() + group.projectsWithUnknownCost())
                    .isEqualTo(group.projects());
        }
    }

    @Provide
    Arbitrary<List<Project>> projectLists() {
        Arbitrary<Money> money = Combinators.combine(Arbitraries.doubles().between(0, 1e10),
                        Arbitraries.of("USD", "PKR", "CNY"), Arbitraries.integers().between(2000, 2030))
                .as(Money::new).injectNull(0.3);
        Arbitrary<Project> project = Combinators.combine(Arbitraries.strings().alpha().ofLength(6),
                        Arbitraries.of("1", "2.0"), Arbitraries.of(Pillar.class).injectNull(0.3),
                        Arbitraries.of(Sector.class), Arbitraries.of(ProjectStatus.class), money,
                        Arbitraries.integers().between(0, 100_000).injectNull(0.4))
                .as(Fixtures::project);
        return project.list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<ProjectFilter> filters() {
        return Combinators.combine(Arbitraries.of("1", "2.0").injectNull(0.5), Arbitraries.of(Pillar.class).injectNull(0.7),
                Arbitraries.of(Sector.class).injectNull(0.7), Arbitraries.of(ProjectStatus.class).injectNull(0.7))
                .as(ProjectFilter::new);
    }
}
