package corridor.evidence.project;

import corridor.model.record.IndicatorValue;
import corridor.model.record.ProjectStatus;
import corridor.model.record.Sector;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The project counts that published lists give per sector (the CPEC Authority's list, the
 * Economic Survey's count of completed projects), read from the indicator values of the corridor as
 * a whole (subject {@code cpec}) whose measure is {@code projects.listed.<sector>} or
 * {@code projects.listed.<sector>.<status>}, in unit {@code count}. Works on the values given to it;
 * reads nothing. Immutable; thread-safe.
 */
public final class PublishedLists {

    /** The prefix of the measures of published list counts. */
    public static final String MEASURE_PREFIX = "projects.listed.";
    private static final String CORRIDOR = "cpec";
    private static final Comparator<IndicatorValue> LATEST_FIRST = Comparator
            .comparing((IndicatorValue v) -> v.period().end())
            .thenComparing(v -> v.period().start())
            .thenComparing(IndicatorValue::id).reversed();

    /** No published lists at all: every count is unknown. */
    public static final PublishedLists NONE = new PublishedLists(List.of());

    private final List<IndicatorValue> counts;

    /** The published list counts among {@code indicators}; every other value is left out. */
    public PublishedLists(List<IndicatorValue> indicators) {
        this.counts = indicators.stream()
                .filter(v -> CORRIDOR.equals(v.subject()) && v.measure().startsWith(MEASURE_PREFIX)
                        && "count".equals(v.unit()))
                .sorted(LATEST_FIRST)
                .toList();
    }

    /** The measure of the count of {@code sector}'s projects, of those of {@code status} when it is not null. */
    public static String measure(Sector sector, ProjectStatus status) {
        String base = MEASURE_PREFIX + sector.name().toLowerCase(Locale.ROOT);
        return status == null ? base : base + "." + status.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The latest published count of {@code sector}'s projects (of those of {@code status} when it is
     * not null): the one whose period ends last. Empty when no list gives that count: the count is
     * then unknown, never zero. A count for a sector never stands in for a count by status, nor the
     * other way round.
     */
    public Optional<PublishedListCount> latest(Sector sector, ProjectStatus status) {
        String measure = measure(sector, status);
        return counts.stream().filter(v -> v.measure().equals(measure)).findFirst()
                .map(v -> new PublishedListCount((int) Math.round(v.value()), v.reporter(), v.period().label(),
                        v.provenance().sourceIds(),
                        status == null ? null : status.name().toLowerCase(Locale.ROOT)));
    }
}
