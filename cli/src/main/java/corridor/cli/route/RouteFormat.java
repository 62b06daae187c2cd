package corridor.cli.route;

import corridor.model.InputException;

import java.util.Locale;

/** How routing commands print: a readable table, JSON or GeoJSON. */
enum RouteFormat {
    TABLE, JSON, GEOJSON;

    static RouteFormat parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InputException.ofParameter("--format", "expected table, json or geojson, got '" + text + "'");
        }
    }
}
