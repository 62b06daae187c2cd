package corridor.cli.serve;

import corridor.cli.common.DataOption;
import corridor.cli.common.MonitorStateFile;
import corridor.model.Dataset;
import corridor.model.InputException;
import corridor.monitor.indicator.Aggregates;
import corridor.server.CorridorServer;
import corridor.server.ServerOptions;
import corridor.server.ShippedScenarios;
import corridor.server.WriteTokens;
import corridor.store.ContentHash;
import corridor.store.LoadedDataset;
import corridor.store.Store;
import corridor.store.StoreTarget;
import corridor.store.SyncResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * {@code corridor serve}: the web observatory and the HTTP API on this machine, over a store
 * filled from the dataset. Runs until interrupted (Ctrl-C).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Starts the web observatory and the HTTP API on 127.0.0.1 and prints the address.")
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "port to listen on; 0 takes a free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "var/corridor",
            description = "the store: an H2GIS file (created when missing; default: ${DEFAULT-VALUE}.mv.db), "
                    + "or a PostgreSQL URL jdbc:postgresql://HOST:PORT/DB with PostGIS "
                    + "(user and password in the URL as ?user=...&password=..., or from CORRIDOR_DB_USER and "
                    + "CORRIDOR_DB_PASSWORD)")
    String db;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "token that uploads must send as 'Authorization: Bearer TOKEN' "
                    + "(at least 16 characters; default: a random one, printed at start)")
    String token;

    /** Where the simulated month the Performance view offers without monitoring data is kept between starts. */
    static final Path SIMULATED_MONTH = Path.of("var", "simulated-month.json");

    @Option(names = "--monitor-state", paramLabel = "FILE",
            description = "a monitoring state written by 'corridor monitor ingest' (var/monitor-state.json), shown in the "
                    + "observatory's Performance tab and the /api/monitor endpoints")
    Path monitorState;

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = "a host name requests may carry in their Host header besides the bound address and localhost "
                    + "(a name a proxy or DNS gives this server); repeat for several. Others are refused (421), which "
                    + "stops DNS rebinding")
    List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--reload-data",
            description = "serve the dataset of --data (or the built-in one) even when the store holds a dataset "
                    + "uploaded through the API, which it then replaces (without it, the last upload is served)")
    boolean reloadData;

    @Spec
    CommandSpec spec;

    /** Counted down to stop the server; tests interrupt the thread instead. */
    private final CountDownLatch stopped = new CountDownLatch(1);
    /** Counted down once the server has stopped and the store is closed, which Ctrl-C waits for. */
    private final CountDownLatch closed = new CountDownLatch(1);

    @Override
    public Integer call() {
        long startNanos = System.nanoTime();
        String writeToken = token != null ? token : WriteTokens.random();
        ServerOptions options = ServerOptions.local(port, writeToken).withHostNames(allowedHosts);
        StoreTarget target = target();
        // Read first: a missing or broken state file, or a --data that is no directory, stops the command before
        // anything starts (an import into --data that a crash interrupted is completed here too).
        data.directory();
        Aggregates monitoring = monitorState == null ? null : MonitorStateFile.read(monitorState, "--monitor-state");
        // Three things take most of a start: opening (and migrating) the store, starting the web
        // server and reading the dataset. The first two run beside the third.
        ExecutorService background = Executors.newFixedThreadPool(2);
        CompletableFuture<Store> opening = CompletableFuture.supplyAsync(() -> Store.open(target), background);
        CompletableFuture<CorridorServer> listening = CompletableFuture.supplyAsync(() -> listen(options), background);
        background.shutdown();
        boolean interrupted = false;
        try (Store store = joined(opening); CorridorServer server = joined(listening)) {
            Map<String, String> scenarios = data.isGiven() ? ShippedScenarios.in(data.directory()) : ShippedScenarios.builtIn();
            PrintWriter out = spec.commandLine().getOut();
            Optional<LoadedDataset> held = store.loaded();
            Dataset dataset;
            if (!reloadData && held.isPresent() && held.get().origin() == LoadedDataset.Origin.UPLOAD) {
                // The rule: an upload is durable; the last one is served after a restart until --reload-data.
                dataset = store.readDataset().orElseThrow();
                LoadedDataset upload = held.get();
                out.printf(Locale.ROOT, "corridor: store %s: serving the dataset '%s' uploaded at %s (version %d, %d "
                        + "records); --reload-data serves %s instead%n", target.describe(), upload.name(),
                        upload.loadedAt(), upload.version(), upload.recordCount(), data.label());
            } else {
                dataset = data.routingDataset();
                SyncResult sync = store.sync(dataset, ContentHash.of(dataset));
                out.printf(Locale.ROOT, "corridor: store %s %s (%d records of %s, version %d)%n", target.describe(),
                        sync.reloaded() ? "loaded" : "up to date", sync.dataset().recordCount(), data.label(),
                        sync.dataset().version());
            }
            if (monitoring != null) {
                server.loadMonitorState(monitoring, monitorState.toString());
            }
            server.storeSimulatedMonthIn(SIMULATED_MONTH);
            server.serve(dataset, store, scenarios);
            if (monitoring != null) {
                out.printf(Locale.ROOT, "corridor: monitoring state %s (%d pings, %d trips)%n", monitorState,
                        monitoring.acceptedPings(), monitoring.trips());
            }
            out.printf(Locale.ROOT, "corridor: ready in %.1f s%n", (System.nanoTime() - startNanos) / 1e9);
            out.println("corridor: the observatory is at " + server.url() + "  (Ctrl-C stops it)");
            if (token == null) {
                out.println("corridor: write token for uploads: " + writeToken);
            }
            out.flush();
            interrupted = awaitStop();
        } finally {
            closeQuietly(opening);
            closeQuietly(listening);
            closed.countDown();
        }
        if (interrupted) {
            // Restored only now, so that stopping the server and closing the store ran undisturbed.
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** The result of a background start, with its own exception (an InputException, say) rethrown. */
    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Closes what a background start made, when the command failed before using it (idempotent otherwise). */
    private static void closeQuietly(CompletableFuture<? extends AutoCloseable> future) {
        future.thenAccept(resource -> {
            try {
                resource.close();
            } catch (Exception e) {
                // Already closed, or closing after a failure: nothing more to do.
            }
        });
    }

    /** Waits for Ctrl-C (the JVM's shutdown) or an interrupt; returns whether it was an interrupt. */
    private boolean awaitStop() {
        Thread hook = new Thread(this::stopAndWait, "corridor-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
            return false;
        } catch (InterruptedException e) {
            return true;
        } finally {
            removeHook(hook);
        }
    }

    private StoreTarget target() {
        if (db.startsWith("jdbc:")) {
            return StoreTarget.postgres(db, System.getenv("CORRIDOR_DB_USER"), System.getenv("CORRIDOR_DB_PASSWORD"));
        }
        return StoreTarget.embedded(Path.of(db));
    }

    private static CorridorServer listen(ServerOptions options) {
        try {
            return CorridorServer.listen(options);
        } catch (RuntimeException e) {
            if (causedByBind(e)) {
                throw InputException.ofParameter("--port", "port " + options.port() + " is in use; give another "
                        + "with --port, or --port 0 for a free one");
            }
            throw e;
        }
    }

    private static boolean causedByBind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    /** On Ctrl-C: lets the command stop the server and close the store before the JVM exits. */
    private void stopAndWait() {
        stopped.countDown();
        try {
            closed.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook has run already.
        }
    }
}
