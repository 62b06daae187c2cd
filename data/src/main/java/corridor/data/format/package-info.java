/**
 * The dataset's text formats: CSV tables ({@link corridor.data.format.CsvTable}) and GeoJSON feature
 * collections ({@link corridor.data.format.GeoJsonLayer}) read into {@link corridor.data.format.Row}s,
 * whose typed fields (ids, numbers in range, enums, dates, provenance) report every problem against
 * their file and line or feature; the field syntaxes of calendars and periods. Knows no layer.
 * May use: {@code corridor.data.load}, model, Jackson, commons-csv.
 */
package corridor.data.format;
