/**
 * The monitoring answers as the surfaces give them: indicators as JSON rows
 * ({@link corridor.api.monitor.IndicatorJson}) and as GeoJSON for the map
 * ({@link corridor.api.monitor.IndicatorGeoJson}), each once, for {@code corridor monitor report}
 * and the server's {@code /api/monitor/...} alike. Keys are snake_case and are the names of
 * {@link corridor.monitor.indicator.IndicatorDefinition}.
 *
 * <p>May use: {@code corridor.model}, {@code corridor.monitor} and its packages, Jackson.
 */
package corridor.api.monitor;
