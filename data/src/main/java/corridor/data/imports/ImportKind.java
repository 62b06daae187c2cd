package corridor.data.imports;

import corridor.model.InputException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The file formats {@code corridor import} reads. */
public enum ImportKind {
    /** UN Comtrade CSV (the current API and bulk format, 47 columns): trade flows become indicator values. */
    COMTRADE,
    /** AidData Global Chinese Development Finance 3.0 CSV (126 columns): projects. */
    GCDF,
    /** ACLED CSV (31 columns): incidents. */
    ACLED,
    /** A GeoJSON FeatureCollection in the format of one dataset layer (DATASET.md). */
    GEOJSON;

    /** The kind named {@code name}, ignoring case. */
    public static ImportKind parse(String name) {
        for (ImportKind kind : values()) {
            if (kind.name().equalsIgnoreCase(name)) {
                return kind;
            }
        }
        throw InputException.ofParameter("KIND", "unknown kind '" + name + "'; expected one of "
                + Arrays.stream(values()).map(k -> k.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }
}
