package corridor.api.match;

import corridor.model.InputException;

import java.util.Locale;

/** The formats of a matched trace: GeoJSON (the default), GPX 1.1 or CSV, with their media types. */
public enum MatchFormat {
    GEOJSON("application/geo+json"), GPX("application/gpx+xml"), CSV("text/csv");

    private final String mediaType;

    MatchFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The answer's media type (UTF-8). */
    public String mediaType() {
        return mediaType;
    }

    /**
     * @param text      the format's name, any case; {@code null} is GeoJSON
     * @param parameter how the surface names the parameter ({@code --format}, {@code format})
     * @throws InputException naming the parameter when it is none of geojson, gpx, csv
     */
    public static MatchFormat parse(String text, String parameter) {
        if (text == null) {
            return GEOJSON;
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InputException.ofParameter(parameter, "expected geojson, gpx or csv, got '" + text + "'");
        }
    }
}
