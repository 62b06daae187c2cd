package corridor.evidence.project;

import java.util.List;
import java.util.Objects;

/**
 * How many projects of one sector (or of one sector and status) a published project list holds,
 * as an indicator row of measure {@code projects.listed.<sector>} or
 * {@code projects.listed.<sector>.<status>} gives it. Immutable.
 *
 * @param count     the number of projects on the list (a count of projects, not of the dataset's records)
 * @param reporter  who published the list ({@code PK-CPECA}, {@code PK-MOF}, or the publisher when it names none)
 * @param period    the period of the count as written in the data ({@code 2022-04}, {@code FY2025})
 * @param sourceIds the ids of the sources (sources.csv) the count is cited from; never empty
 * @param status    the project status the count is restricted to ({@code completed}), or null for every status
 */
public record PublishedListCount(int count, String reporter, String period, List<String> sourceIds, String status) {

    public PublishedListCount {
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(period, "period");
        sourceIds = List.copyOf(sourceIds);
    }
}
