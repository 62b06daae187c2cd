package corridor.data.validate;

import corridor.model.source.Source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The dataset's own date: the newest publication date in sources.csv, a partial date counting as
 * its last day ({@code 2026-05} as 31 May 2026). Nothing a dataset records can have happened after
 * its newest source was published, so incidents, indicator periods and the dates of started or
 * completed projects must not be later. A dataset whose sources are all undated has no date of its
 * own and is held to the day it is validated. Immutable; thread-safe.
 *
 * @param date       the date records are held to
 * @param sourceId   the source that gives it, or empty when it is the validation day
 * @param sourceDate that source's date as written ({@code 2026-05}), or empty
 */
record DatasetDate(LocalDate date, String sourceId, String sourceDate) {

    /**
     * The date of {@code sources}, leaving out the ones dated after {@code today} (an error of
     * their own): a source cannot have been published in the future.
     */
    static DatasetDate of(List<Source> sources, LocalDate today) {
        DatasetDate newest = null;
        for (Source source : sources) {
            Optional<LocalDate> first = firstDay(source.date());
            if (first.isEmpty() || first.get().isAfter(today)) {
                continue;
            }
            LocalDate last = lastDay(source.date()).orElseThrow();
            if (newest == null || last.isAfter(newest.date)) {
                newest = new DatasetDate(last, source.id(), source.date());
            }
        }
        return newest != null ? newest : new DatasetDate(today, "", "");
    }

    /** The date as messages give it: "the dataset's date, 2026-05-31 (its newest source, 'x', is dated 2026-05)". */
    String describe() {
        return sourceId.isEmpty() ? "the day of validation, " + date + " (no source in sources.csv is dated)"
                : "the dataset's date, " + date + " (its newest source, '" + sourceId + "', is dated " + sourceDate + ")";
    }

    /** Whether {@code day} (the first day of a record's date) is later than the dataset's date. */
    boolean isExceededBy(LocalDate day) {
        return day.isAfter(date);
    }

    /** The first day of an ISO date that may be partial (2024, 2024-05, 2024-05-31); empty when it is not one. */
    static Optional<LocalDate> firstDay(String partial) {
        return parse(partial, false);
    }

    /** The last day of an ISO date that may be partial; empty when it is not one. */
    static Optional<LocalDate> lastDay(String partial) {
        return parse(partial, true);
    }

    private static Optional<LocalDate> parse(String partial, boolean last) {
        try {
            return switch (partial == null ? 0 : partial.length()) {
                case 4 -> Optional.of(last ? Year.parse(partial).atMonth(12).atEndOfMonth()
                        : Year.parse(partial).atDay(1));
                case 7 -> Optional.of(last ? YearMonth.parse(partial).atEndOfMonth() : YearMonth.parse(partial).atDay(1));
                case 10 -> Optional.of(LocalDate.parse(partial));
                default -> Optional.empty();
            };
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
