package corridor.data.read;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.data.format.CsvTable;
import corridor.data.format.GeoJsonLayer;
import corridor.data.format.Row;
import corridor.data.load.Problem;

import java.util.List;

/**
 * A layer's file as its reader declares it: the file's name, its columns (CSV) or properties
 * (GeoJSON), required and optional, and how one row or feature becomes a record. Immutable.
 *
 * @param <T> the record type
 */
final class LayerFile<T> {

    /** Reads one row into a record; null, or an error recorded on the row, leaves the record out. */
    interface RowParser<T> {
        T parse(Row row);
    }

    /** Reads one feature (its properties and its geometry, null when absent) into a record. */
    interface FeatureParser<T> {
        T parse(Row row, JsonNode geometry);
    }

    private final String name;
    private final boolean geoJson;
    private final List<String> required;
    private final List<String> optional;
    private final FeatureParser<T> parser;

    private LayerFile(String name, boolean geoJson, List<String> required, List<String> optional,
                      FeatureParser<T> parser) {
        this.name = name;
        this.geoJson = geoJson;
        this.required = List.copyOf(required);
        this.optional = List.copyOf(optional);
        this.parser = parser;
    }

    /** A CSV file with a header of these columns. */
    static <T> LayerFile<T> csv(String name, List<String> required, List<String> optional, RowParser<T> parser) {
        return new LayerFile<>(name, false, required, optional, (row, geometry) -> parser.parse(row));
    }

    /** A GeoJSON FeatureCollection whose features have these properties. */
    static <T> LayerFile<T> geoJson(String name, List<String> required, List<String> optional,
                                    FeatureParser<T> parser) {
        return new LayerFile<>(name, true, required, optional, parser);
    }

    String name() {
        return name;
    }

    /**
     * The rows or features of the file's text, each with its geometry (null in a CSV file); the
     * problems of the file and its rows go to {@code problems}.
     */
    List<GeoJsonLayer.Feature> features(String text, List<Problem> problems) {
        return geoJson ? GeoJsonLayer.read(name, text, required, optional, problems)
                : CsvTable.read(name, text, required, optional, problems).stream()
                .map(row -> new GeoJsonLayer.Feature(row, null)).toList();
    }

    /** The record of one row or feature; null when it is left out. */
    T parse(GeoJsonLayer.Feature feature) {
        return parser.parse(feature.row(), feature.geometry());
    }
}
