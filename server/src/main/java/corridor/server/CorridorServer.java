package corridor.server;

import corridor.model.Dataset;
import corridor.monitor.indicator.Aggregates;
import corridor.server.dataset.DatasetApi;
import corridor.server.dataset.LayerApi;
import corridor.server.dataset.Observatory;
import corridor.server.dataset.ScenarioCatalog;
import corridor.server.dataset.ServedDataset;
import corridor.server.evidence.ClaimApi;
import corridor.server.evidence.EvidenceApi;
import corridor.server.http.ApiError;
import corridor.server.http.ArrivalDeadlines;
import corridor.server.http.BodyGate;
import corridor.server.http.Endpoint;
import corridor.server.http.ErrorResponses;
import corridor.server.http.Json;
import corridor.server.http.JsonErrorHandler;
import corridor.server.http.RequestFilter;
import corridor.server.http.RequestText;
import corridor.server.http.VendorFiles;
import corridor.server.http.WriteGuard;
import corridor.server.monitor.MonitorApi;
import corridor.server.monitor.MonitorState;
import corridor.server.monitor.SimulatedMonthState;
import corridor.server.route.RouteApi;
import corridor.server.route.ScenarioApi;
import corridor.store.LoadedDataset;
import corridor.store.Store;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import io.javalin.json.JavalinJackson;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP server of Corridor: the JSON/GeoJSON API under {@code /api}, its OpenAPI description
 * at {@code /openapi.json}, and the web observatory (static files, Leaflet and the basemap
 * included, so that it works offline). Handlers stay thin: they check parameters, call the
 * store or an engine, and render. In front of them, {@link BodyGate} reads every request body
 * whole without holding a thread and {@link ArrivalDeadlines} limits how long a request may take
 * to arrive, so that clients sending slowly or not at all cannot take the threads that answer others.
 */
public final class CorridorServer implements AutoCloseable {

    private static final String WEB = "/corridor/server/web";
    private static final String OPENAPI = "corridor/server/openapi.json";
    private static final Logger LOG = LoggerFactory.getLogger(CorridorServer.class);
    /** Threads the server keeps at least; the most is 8 per core, never fewer than this. */
    private static final int MIN_THREADS = 16;
    /**
     * Connections the kernel may hold before the server accepts them (it caps this at its own
     * somaxconn). Java's default, 50, overflowed when a few hundred stalled clients, cut off at
     * the same moment, reconnected at once: other clients' connections then waited a second or more.
     */
    private static final int ACCEPT_QUEUE = 1024;

    private final Javalin app;
    private final String host;
    private final ServedDataset served;
    private final MonitorState monitor;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "corridor-dataset-poll");
        thread.setDaemon(true);
        return thread;
    });
    private SimulatedMonthState simulated;

    private CorridorServer(Javalin app, String host, ServedDataset served, MonitorState monitor) {
        this.app = app;
        this.host = host;
        this.served = served;
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
        ServedDataset served = new ServedDataset();
        MonitorState monitor = new MonitorState();
        SimulatedMonthState simulated = new SimulatedMonthState();
        WriteGuard guard = new WriteGuard(options.writeToken());
        String openApi = resource(OPENAPI);
        Javalin app = Javalin.create(config -> {
            configure(config, options, guard);
            ErrorResponses.register(config);
            config.routes.before("/api/*", ctx -> {
                // Before a handler reads the body: a write without the token is refused (BodyGate has
                // refused those with a large body already, unread).
                guard.beforeBody(ctx);
                RequestText.checkQuery(ctx.queryString());
                if (!served.isReady()) {
                    throw new ApiError(503, "starting", "the server is still loading its dataset; try again in a moment");
                }
                served.pin();
            });
            config.routes.after("/api/*", ctx -> {
                if (served.isReady()) {
                    ctx.header(ServedDataset.VERSION_HEADER, Long.toString(served.get().version()));
                }
                served.unpin();
            });
            new LayerApi(served).register(config);
            new RouteApi(served::get, monitor::observedTimes).register(config);
            corridor.server.route.MatrixApi.register(config, served::get);
            new ScenarioApi(served::get, guard).register(config);
            EvidenceApi.register(config, served::get);
            ClaimApi.register(config, served::get);
            new MonitorApi(served::get, monitor, guard, simulated).register(config);
            new DatasetApi(served, guard).register(config);
            new corridor.server.street.StreetApi(() -> served.get().dataset()).register(config);
            Endpoint.OPENAPI.register(config, ctx -> ctx.contentType(JsonErrorHandler.JSON_UTF8).result(openApi));
            Endpoint.HEALTH.register(config, ctx -> ctx.json(Map.of("status", "ok")));
        });
        app.start(options.host(), options.port());
        CorridorServer server = new CorridorServer(app, options.host(), served, monitor);
        server.simulated = simulated;
        return server;
    }

    /**
     * Serves {@code dataset}, which {@code store} already holds, from now on, with the pings posted
     * before (kept in the store) merged into the monitoring state.
     *
     * @param shippedScenarios scenario texts (YAML or JSON) by id, shipped with the app
     */
    public void serve(Dataset dataset, Store store, Map<String, String> shippedScenarios) {
        // The caller made the store hold it (sync or upload): its version is the store's.
        LoadedDataset held = store.loaded()
                .orElseThrow(() -> new IllegalStateException("the store holds no dataset; sync it first"));
        served.start(new Observatory(dataset, store, new ScenarioCatalog(shippedScenarios, store), held));
        monitor.attach(store, () -> served.get().dataset());
        // Another server on the same database may upload: look for its version every POLL_MILLIS.
        poller.scheduleWithFixedDelay(this::poll, ServedDataset.POLL_MILLIS, ServedDataset.POLL_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try {
            served.poll();
            monitor.catchUp();
        } catch (RuntimeException e) {
            LOG.warn("cannot look for a newer dataset in the store: {}", e.getMessage());
        }
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

    private static void configure(JavalinConfig config, ServerOptions options, WriteGuard guard) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = options.maxBodyBytes();
        config.jetty.threadPool = threadPool();
        config.jetty.modifyHttpConfiguration(http -> {
            // Jetty's minimum data rate is left unset: BodyGate reads every body before a handler
            // runs and enforces its own rate, also when no byte comes at all.
            http.setIdleTimeout(ArrivalDeadlines.IDLE_TIMEOUT_MILLIS);
            http.setSendServerVersion(false);
        });
        ArrivalDeadlines deadlines = new ArrivalDeadlines();
        config.jetty.addConnector((server, http) -> {
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setHost(options.host());
            connector.setPort(options.port());
            connector.setAcceptQueueSize(ACCEPT_QUEUE);
            // Told of every connection opened and closed, to time the arrival of its headers.
            connector.addEventListener(deadlines);
            return connector;
        });
        config.jetty.modifyServer(server -> {
            server.setErrorHandler(new JsonErrorHandler());
            server.addBean(deadlines);
            // In front of Javalin's servlet: no handler thread waits for a body.
            server.insertHandler(new BodyGate(guard, deadlines, options.maxBodyBytes()));
        });
        config.jetty.modifyServletContextHandler(handler -> {
            handler.setErrorHandler(new JsonErrorHandler());
            RequestFilter filter = new RequestFilter(options.host(), options.hostNames());
            handler.addFilter(new FilterHolder(filter), "/*", EnumSet.of(DispatcherType.REQUEST));
        });
        config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = WEB;
            files.location = Location.CLASSPATH;
        });
        VendorFiles.register(config);
        config.routes.after(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            declareUtf8(ctx);
            // Everything the page needs comes from this server: no CDN, no tiles, no third-party requests.
            ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; "
                    + "style-src 'self' 'unsafe-inline'; connect-src 'self'");
        });
    }

    /**
     * The pool that runs requests: a thread is taken only once a request has arrived whole
     * ({@link BodyGate}), so clients sending slowly hold none; threads end after a minute idle.
     * Jetty's own queue stays unbounded, as Jetty requires; what waits in it is bounded by the
     * connections the kernel's backlog lets in.
     */
    private static QueuedThreadPool threadPool() {
        int threads = Math.max(MIN_THREADS, 8 * Runtime.getRuntime().availableProcessors());
        QueuedThreadPool pool = new QueuedThreadPool(threads, MIN_THREADS, 60_000);
        pool.setName("corridor-http");
        return pool;
    }

    /** Every text response says it is UTF-8 (static files, errors and API answers alike). */
    private static void declareUtf8(Context ctx) {
        String type = ctx.res().getContentType();
        if (type == null || type.toLowerCase(Locale.ROOT).contains("charset")) {
            return;
        }
        String lower = type.toLowerCase(Locale.ROOT);
        if (lower.startsWith("text/") || lower.contains("json") || lower.contains("javascript")
                || lower.contains("xml") || lower.contains("yaml")) {
            ctx.res().setContentType(type + "; charset=utf-8");
        }
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
        poller.shutdownNow();
        app.stop();
    }
}
