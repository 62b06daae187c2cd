package corridor.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The one list of the server's endpoints: each {@code *Api} registers its handlers through
 * {@link #register}, {@link WriteGuard} reads which ones are writes, and the tests compare the list with
 * {@code openapi.json} (its paths, methods, tags and security) and call every entry. A new endpoint is
 * one row here, its handler in the {@code *Api} of its area, and its entry in {@code openapi.json}.
 * Paths are Javalin's and OpenAPI's alike ({@code {id}} for a path parameter). The web page's
 * JavaScript keeps its own literal paths (it is static and reads nothing from here).
 * Immutable, so thread-safe.
 */
public enum Endpoint {

    PLACES("GET", "/api/places", Area.LAYERS, "places as GeoJSON"),
    PLACE("GET", "/api/places/{id}", Area.LAYERS, "one place as a GeoJSON Feature"),
    LINKS("GET", "/api/links", Area.LAYERS, "links as GeoJSON"),
    LINK("GET", "/api/links/{id}", Area.LAYERS, "one link as a GeoJSON Feature"),
    PROJECTS("GET", "/api/projects", Area.LAYERS, "projects as GeoJSON"),
    PROJECT("GET", "/api/projects/{id}", Area.LAYERS, "one project as a GeoJSON Feature"),
    INCIDENTS("GET", "/api/incidents", Area.LAYERS, "security incidents as GeoJSON"),
    INCIDENT("GET", "/api/incidents/{id}", Area.LAYERS, "one security incident as a GeoJSON Feature"),
    MINERALS("GET", "/api/minerals", Area.LAYERS, "mineral areas as GeoJSON"),
    MINERAL("GET", "/api/minerals/{id}", Area.LAYERS, "one mineral area as a GeoJSON Feature"),
    SOURCES("GET", "/api/sources", Area.LAYERS, "the sources records cite"),
    SOURCE("GET", "/api/sources/{id}", Area.LAYERS, "one source"),
    SUMMARY("GET", "/api/summary", Area.LAYERS, "counts by layer and what the store holds"),
    ROUTE("GET", "/api/route", Area.ROUTES, "the best route (or the Pareto set) between two places"),
    COMPARE("GET", "/api/compare", Area.ROUTES, "the best route through each seaport side by side"),
    MINERAL_ROUTES("GET", "/api/mineral-routes", Area.ROUTES, "a mineral area's routes to China by each way out"),
    VEHICLES("GET", "/api/vehicles", Area.ROUTES, "the vehicle profiles a route may be asked for"),
    MATRIX("POST", "/api/matrix", Area.ROUTES, "hours, km and cost between many places at once (a query with a body)"),
    ISOCHRONE("GET", "/api/isochrone", Area.ROUTES, "where goods from one place can be within given hours, as GeoJSON"),
    SCENARIOS("GET", "/api/scenarios", Area.SCENARIOS, "the shipped and uploaded scenarios"),
    SCENARIO_UPLOAD("POST", "/api/scenarios", Area.SCENARIOS, "upload a scenario (a write)"),
    SCENARIO("GET", "/api/scenarios/{id}", Area.SCENARIOS, "one scenario with its text"),
    SCENARIO_RUN("GET", "/api/scenarios/{id}/run", Area.SCENARIOS, "a route before and after a scenario"),
    INDICATORS("GET", "/api/indicators", Area.EVIDENCE, "indicator series and the differences between reporters"),
    PROJECT_SUMMARY("GET", "/api/project-summary", Area.EVIDENCE, "projects counted and costed by a grouping"),
    CHECK_CLAIM("GET", "/api/check-claim", Area.EVIDENCE, "the claims of a sentence checked against the data"),
    CHECK_ARTICLE("POST", "/api/check-article", Area.EVIDENCE, "every figure of an article checked (a query with a body)"),
    NEAR("GET", "/api/near", Area.EVIDENCE, "mineral areas, incidents or projects near the corridor"),
    MATCH("POST", "/api/match", Area.STREET, "a GPS trace snapped to the imported roads (a query with a body)"),
    ROAD_TILE("GET", "/api/tiles/roads/{z}/{x}/{y}.mvt", Area.STREET, "the imported roads as a Mapbox Vector Tile"),
    ROAD_TILEJSON("GET", "/api/tiles/roads.json", Area.STREET, "what the road tiles hold (TileJSON 3.0)"),
    MONITOR_INDICATORS("GET", "/api/monitor/indicators", Area.MONITOR, "corridor performance measured from truck pings"),
    MONITOR_MAP("GET", "/api/monitor/links.geojson", Area.MONITOR, "observed links and hubs for the map"),
    MONITOR_PINGS("POST", "/api/monitor/pings", Area.MONITOR, "ingest posted GPS pings (a write)"),
    DATASET_UPLOAD("PUT", "/api/dataset", Area.DATASET, "replace the served dataset (a write)"),
    HEALTH("GET", "/api/health", Area.SERVER, "whether the server is up"),
    OPENAPI("GET", "/openapi.json", Area.SERVER, "the API's description");

    /** Groups of endpoints: the {@code tags} of {@code openapi.json}. */
    public enum Area {
        LAYERS, ROUTES, SCENARIOS, EVIDENCE, STREET, MONITOR, DATASET, SERVER;

        /** The tag of this area in {@code openapi.json}. */
        public String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The endpoints that change what the server holds: they need the write token. */
    private static final List<Endpoint> WRITES = List.of(SCENARIO_UPLOAD, MONITOR_PINGS, DATASET_UPLOAD);

    private final String method;
    private final String path;
    private final Area area;
    private final String summary;

    Endpoint(String method, String path, Area area, String summary) {
        this.method = method;
        this.path = path;
        this.area = area;
        this.summary = summary;
    }

    /** The HTTP method, upper case ({@code GET}, {@code POST}, {@code PUT}). */
    public String method() {
        return method;
    }

    /** The path as Javalin and OpenAPI write it, with {@code {id}} for a path parameter. */
    public String path() {
        return path;
    }

    /** The group it belongs to (its OpenAPI tag). */
    public Area area() {
        return area;
    }

    /** What it answers, in one line (the full description is in {@code openapi.json}). */
    public String summary() {
        return summary;
    }

    /** Whether it changes what the server holds, and so needs the write token. */
    public boolean write() {
        return WRITES.contains(this);
    }

    /**
     * Whether {@code requestPath} (as sent, without its query) is this endpoint's path, a path
     * parameter standing for any one segment.
     */
    public boolean matches(String requestPath) {
        return requestPath.matches(path.replaceAll("\\{[^/]+}", "[^/]+").replace(".", "\\."));
    }

    /** Registers {@code handler} for this endpoint's method and path. */
    public void register(JavalinConfig config, Handler handler) {
        config.routes.addHttpHandler(HandlerType.findOrCreate(method), path, handler);
    }

    /**
     * Registers {@code handler} with what {@code served} gives when the request comes (the dataset or
     * observatory served then, which the request keeps to its end).
     */
    public <T> void register(JavalinConfig config, Supplier<T> served, ServedHandler<T> handler) {
        register(config, ctx -> handler.handle(ctx, served.get()));
    }

    /** A handler of a request that answers from what is served, taken once when the request comes. */
    @FunctionalInterface
    public interface ServedHandler<T> {
        void handle(Context ctx, T served) throws Exception;
    }
}
