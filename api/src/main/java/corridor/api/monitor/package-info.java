/**
 * The monitoring answers as the surfaces give them, each written once for
 * {@code corridor monitor report} and the server's {@code /api/monitor/...} alike: the report as
 * JSON ({@link corridor.api.monitor.IndicatorReportJson}, its rows by
 * {@link corridor.api.monitor.IndicatorJson}), as CSV ({@link corridor.api.monitor.IndicatorCsv}) and
 * as GeoJSON for the map ({@link corridor.api.monitor.IndicatorGeoJson}), with the subjects' names
 * for people ({@link corridor.api.monitor.SubjectNames}). Keys are snake_case: the names of
 * {@link corridor.monitor.indicator.IndicatorDefinition}, the one table of the indicators.
 *
 * <p>May use: {@code corridor.model}, {@code corridor.monitor} and its packages, Jackson.
 */
package corridor.api.monitor;
