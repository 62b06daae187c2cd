/**
 * Indicator series, one per subject, measure and reporter ({@link corridor.evidence.series.IndicatorSeries}), and
 * the differences between two reporters of the same thing over comparable periods
 * ({@link corridor.evidence.series.IndicatorComparison}, {@link corridor.evidence.series.SeriesDifference}); never
 * added across reporters.
 * May use: corridor.evidence.text, corridor.model.
 */
package corridor.evidence.series;
