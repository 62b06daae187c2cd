/**
 * Mergeable indicators. Per subject ({@link corridor.monitor.indicator.Subject}) and month
 * ({@link corridor.monitor.indicator.IndicatorKey}), {@link corridor.monitor.indicator.Aggregates}
 * keep integer sums ({@link corridor.monitor.indicator.Tally}) and DDSketch distributions
 * ({@link corridor.monitor.indicator.TimeSketch}) that add exactly; the figures derived from them
 * ({@link corridor.monitor.indicator.Indicator}) and their one definition table
 * ({@link corridor.monitor.indicator.IndicatorDefinition}: name, unit, meaning, how it aggregates,
 * its CPMM or FHWA reference), which every report, writer, table and legend reads; the observed
 * medians and 95th percentiles handed to the router ({@link corridor.monitor.indicator.RoutingObservations}).
 *
 * <p>May use: {@code corridor.model}, {@code corridor.monitor.ingest} (cost records, reject reasons),
 * {@code corridor.monitor.trip} (trip results), DDSketch.
 */
package corridor.monitor.indicator;
