package corridor.evidence.project;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The totals of one group of projects (one pillar, sector or status). Immutable.
 *
 * <p>Money is never converted between currencies: Corridor has no exchange rate it could cite.
 * Costs in US dollars are summed into {@link #costUsd()}; costs in any other currency are summed
 * per currency in {@link #costByOtherCurrency()}. Amounts are nominal, each in the year its source
 * gives ({@link #costYearFrom()} to {@link #costYearTo()} for the dollars), and summed as published.
 *
 * @param key                   the group's value ("energy", "completed", "none")
 * @param projects              number of projects in the group
 * @param costUsd               sum of the costs published in US dollars
 * @param projectsWithUsdCost   projects whose cost is in US dollars
 * @param costYearFrom          earliest year of the US-dollar costs, null when there are none
 * @param costYearTo            latest year of the US-dollar costs, null when there are none
 * @param costByOtherCurrency   sums of costs published in other currencies, by ISO 4217 code
 * @param projectsWithOtherCost projects whose cost is in another currency
 * @param projectsWithUnknownCost projects without a published cost
 * @param jobs                  sum of the published jobs figures
 * @param projectsWithJobs      projects with a published jobs figure
 * @param projectsWithUnknownJobs projects without one: their jobs are unknown, not zero
 * @param publishedList         the latest count a published list gives for the group's sector (of the
 *                              summary's status when it is filtered by one), to set beside {@link #projects()};
 *                              null when no list gives one (unknown, not zero), for the total and for
 *                              summaries not by sector or narrowed by phase or pillar (the lists are not)
 */
public record ProjectGroup(String key, int projects, double costUsd, int projectsWithUsdCost, Integer costYearFrom,
                           Integer costYearTo, SortedMap<String, Double> costByOtherCurrency,
                           int projectsWithOtherCost, int projectsWithUnknownCost, long jobs, int projectsWithJobs,
                           int projectsWithUnknownJobs, PublishedListCount publishedList) {

    public ProjectGroup {
        costByOtherCurrency = new TreeMap<>(costByOtherCurrency);
    }

    /** This group with {@code count} as its published list count (null for none). */
    ProjectGroup withPublishedList(PublishedListCount count) {
        return new ProjectGroup(key, projects, costUsd, projectsWithUsdCost, costYearFrom, costYearTo,
                costByOtherCurrency, projectsWithOtherCost, projectsWithUnknownCost, jobs, projectsWithJobs,
                projectsWithUnknownJobs, count);
    }

    /**
     * The group's projects less the published list's count (+3: the dataset holds three more than the
     * list); null when no list gives a count.
     */
    public Integer listGap() {
        return publishedList == null ? null : projects - publishedList.count();
    }

    /** The sums of other currencies, read-only. */
    public Map<String, Double> otherCurrencies() {
        return java.util.Collections.unmodifiableSortedMap(costByOtherCurrency);
    }
}
