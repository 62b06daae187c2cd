package corridor.evidence.series;

import corridor.model.record.IndicatorValue;

/**
 * How two reporters' values of the same measure differ over overlapping periods.
 *
 * @param first            the value of one reporter
 * @param second           the value of the other
 * @param difference       {@code second - first}, in their common unit
 * @param percentOfFirst   the difference as a percentage of the first value; null when it is zero
 * @param samePeriod       whether both cover exactly the same days; when false the difference
 *                         mixes periods (CY2024 against FY2024) and is shown with that warning
 * @param periodNote       what the periods are, in words
 */
public record SeriesDifference(IndicatorValue first, IndicatorValue second, double difference,
                               Double percentOfFirst, boolean samePeriod, String periodNote) {
}
