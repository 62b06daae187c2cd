package corridor.evidence.project;

import corridor.model.record.Money;
import corridor.model.record.Project;
import corridor.model.record.ProjectStatus;
import corridor.model.record.Sector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Projects grouped by pillar, sector or status, with their counts, costs and jobs, and the
 * totals over all groups. Every project falls in exactly one group, so the groups add up to the
 * registry they were made from.
 *
 * @param dimension what the projects are grouped by
 * @param groups    one group per value present, in the order of the dimension's values ("none" last)
 * @param total     the totals over every project
 */
public record ProjectSummary(SummaryDimension dimension, List<ProjectGroup> groups, ProjectGroup total) {

    /** The currency whose amounts are summed into {@link ProjectGroup#costUsd()}. */
    public static final String USD = "USD";

    public ProjectSummary {
        groups = List.copyOf(groups);
    }

    /** Groups {@code projects} by {@code dimension}, with no published list counts. */
    public static ProjectSummary of(List<Project> projects, SummaryDimension dimension) {
        return of(projects, dimension, PublishedLists.NONE, null);
    }

    /**
     * Groups {@code projects} by {@code dimension}; by sector, each group gains the latest count
     * {@code lists} give for its sector, of the projects of {@code status} when it is not null (the
     * status the projects were selected by). Other dimensions get none.
     */
    public static ProjectSummary of(List<Project> projects, SummaryDimension dimension, PublishedLists lists,
                                    ProjectStatus status) {
        Map<String, List<Project>> byKey = new TreeMap<>(ProjectSummary::compareKeys);
        for (Project project : projects) {
            byKey.computeIfAbsent(dimension.keyOf(project), k -> new ArrayList<>()).add(project);
        }
        Map<String, List<Project>> ordered = new LinkedHashMap<>(byKey);
        List<ProjectGroup> groups = new ArrayList<>();
        ordered.forEach((key, members) -> {
            ProjectGroup group = group(key, members);
            if (dimension == SummaryDimension.SECTOR) {
                Sector sector = Sector.valueOf(key.toUpperCase(Locale.ROOT));
                group = group.withPublishedList(lists.latest(sector, status).orElse(null));
            }
            groups.add(group);
        });
        return new ProjectSummary(dimension, groups, group("total", projects));
    }

    private static int compareKeys(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        if (a.equals(SummaryDimension.NONE)) {
            return 1;
        }
        return b.equals(SummaryDimension.NONE) ? -1 : a.compareTo(b);
    }

    /** The totals of one set of projects. */
    static ProjectGroup group(String key, List<Project> projects) {
        double costUsd = 0;
        int withUsd = 0;
        int withOther = 0;
        int unknownCost = 0;
        Integer yearFrom = null;
        Integer yearTo = null;
        Map<String, Double> other = new TreeMap<>();
        long jobs = 0;
        int withJobs = 0;
        for (Project project : projects) {
            Money cost = project.cost();
            if (cost == null) {
                unknownCost++;
            } else if (USD.equals(cost.currency())) {
                costUsd += cost.amount();
                withUsd++;
                yearFrom = yearFrom == null ? cost.year() : Math.min(yearFrom, cost.year());
                yearTo = yearTo == null ? cost.year() : Math.max(yearTo, cost.year());
            } else {
                other.merge(cost.currency(), cost.amount(), Double::sum);
                withOther++;
            }
            if (project.jobs() != null) {
                jobs += project.jobs();
                withJobs++;
            }
        }
        return new ProjectGroup(key, projects.size(), costUsd, withUsd, yearFrom, yearTo, new TreeMap<>(other),
                withOther, unknownCost, jobs, withJobs, projects.size() - withJobs, null);
    }
}
