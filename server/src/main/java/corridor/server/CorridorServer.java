package corridor.server;

import corridor.model.Dataset;
import corridor.monitor.Aggregates;
import corridor.store.Store;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The HTTP server of Corridor: the JSON/GeoJSON API under {@code /api}, its OpenAPI description
 * at {@code /openapi.json}, and the web observatory (static files, Leaflet and the basemap
 * included, so that it works offline). Handlers stay thin: they check parameters, call the
 * store or an engine, and render.
 */
public final class CorridorServer implements AutoCloseable {

    private static final String WEB = "/corridor/server/web";
    private static final String OPENAPI = "corridor/server/openapi.json";

    private final Javalin app;
    private final String host;
    private final AtomicReference<Observatory> current;
    private final MonitorState monitor;
    private SimulatedMonthState simulated;

    private CorridorServer(Javalin app, String host, AtomicReference<Observatory> current, MonitorState monitor) {
        this.app = app;
        this.host = host;
        this.current = current;
        this.monitor = monitor;
    }

    /**
     * Starts serving {@code dataset}, which {@code store} already holds (see {@link Store#sync}).
     *
     * @param shippedScenarios scenario texts (YAML or JSON) by id, shipped with the app
     */
    public static CorridorServer start(Dataset dataset, Store store, Map<String, String> shippedScenarios,
                                       ServerOptions options) {
        CorridorServer server = listen(options);
        try {
            server.serve(dataset, store, shippedScenarios);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /**
     * Starts listening before the dataset is ready, so that the web server's own start overlaps
     * with reading the dataset; until {@link #serve} the API answers 503 "starting".
     */
    public static CorridorServer listen(ServerOptions options) {
        AtomicReference<Observatory> current = new AtomicReference<>();
        MonitorState monitor = new MonitorState();
        SimulatedMonthState simulated = new SimulatedMonthState();
        WriteGuard guard = new WriteGuard(options.writeToken());
        String openApi = resource(OPENAPI);
        Javalin app = Javalin.create(config -> {
            configure(config, options);
            ErrorResponses.register(config);
            config.routes.before("/api/*", ctx -> {
                if (current.get() == null) {
                    throw new ApiError(503, "starting", "the server is still loading its dataset; try again in a moment");
                }
            });
            new LayerApi(current::get).register(config);
            new RouteApi(current::get).register(config);
            new ScenarioApi(current::get, guard).register(config);
            new EvidenceApi(current::get).register(config);
            new ClaimApi(current::get).register(config);
            new MonitorApi(current::get, monitor, guard, simulated).register(config);
            new DatasetApi(current, guard).register(config);
            config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
            config.routes.get("/api/health", ctx -> ctx.json(Map.of("status", "ok")));
        });
        app.start(options.host(), options.port());
        CorridorServer server = new CorridorServer(app, options.host(), current, monitor);
        server.simulated = simulated;
        return server;
    }

    /**
     * Serves {@code dataset}, which {@code store} already holds, from now on.
     *
     * @param shippedScenarios scenario texts (YAML or JSON) by id, shipped with the app
     */
    public void serve(Dataset dataset, Store store, Map<String, String> shippedScenarios) {
        current.set(new Observatory(dataset, store, new ScenarioCatalog(shippedScenarios, store)));
    }

    /**
     * Shows a monitoring state (as written by {@code corridor monitor ingest}) in the API and the
     * observatory's Performance tab; pings posted later add to it.
     *
     * @param origin where it came from, shown to people (a file name)
     */
    public void loadMonitorState(Aggregates aggregates, String origin) {
        monitor.load(aggregates, origin);
    }

    /**
     * Stores the simulated month the Performance view offers without monitoring data in
     * {@code file} (generated at its first request, read back at later starts) instead of only
     * in memory. Only the built-in dataset's month is stored.
     */
    public void storeSimulatedMonthIn(Path file) {
        simulated.storeIn(file);
    }

    private static void configure(JavalinConfig config, ServerOptions options) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = options.maxBodyBytes();
        // A small pool: requests are short and CPU-bound, so more threads than a few per core only
        // add switching (and tail latency) on a small machine.
        int threads = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
        config.jetty.threadPool = new QueuedThreadPool(threads, Math.min(threads, 8), 60_000);
        config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = WEB;
            files.location = Location.CLASSPATH;
        });
        VendorFiles.register(config);
        config.routes.after(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            // Everything the page needs comes from this server: no CDN, no tiles, no third-party requests.
            ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; "
                    + "style-src 'self' 'unsafe-inline'; connect-src 'self'");
        });
    }

    private static String resource(String name) {
        try (InputStream in = CorridorServer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the server jar lacks " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        return "http://" + host + ":" + port() + "/";
    }

    /** Stops serving; the store stays open (its owner closes it). */
    @Override
    public void close() {
        app.stop();
    }
}
