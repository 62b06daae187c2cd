package corridor.cli;

import corridor.model.Dataset;
import corridor.model.InputException;
import corridor.server.CorridorServer;
import corridor.server.ServerOptions;
import corridor.server.ShippedScenarios;
import corridor.server.WriteTokens;
import corridor.store.ContentHash;
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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code corridor serve}: the web observatory and the HTTP API on this machine, over a store
 * filled from the dataset. Runs until interrupted (Ctrl-C).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Starts the web observatory and the HTTP API on 127.0.0.1 and prints the address.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "port to listen on; 0 takes a free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "var/corridor",
            description = "the store: an H2GIS file (created when missing; default: ${DEFAULT-VALUE}.mv.db), "
                    + "or a PostgreSQL URL jdbc:postgresql://HOST:PORT/DB with PostGIS "
                    + "(user and password from CORRIDOR_DB_USER and CORRIDOR_DB_PASSWORD)")
    String db;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "token that uploads must send as 'Authorization: Bearer TOKEN' "
                    + "(at least 16 characters; default: a random one, printed at start)")
    String token;

    @Spec
    CommandSpec spec;

    /** Counted down to stop the server; tests interrupt the thread instead. */
    private final CountDownLatch stopped = new CountDownLatch(1);
    /** Counted down once the server has stopped and the store is closed, which Ctrl-C waits for. */
    private final CountDownLatch closed = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long startNanos = System.nanoTime();
        boolean interrupted = false;
        String writeToken = token != null ? token : WriteTokens.random();
        ServerOptions options = ServerOptions.local(port, writeToken);
        StoreTarget target = target();
        // The store opens (and migrates) while the dataset is read: two cores, half the wait.
        CompletableFuture<Store> opening = CompletableFuture.supplyAsync(() -> Store.open(target));
        Dataset dataset;
        Map<String, String> scenarios;
        String hash;
        try {
            dataset = data.dataset();
            scenarios = data.isGiven() ? ShippedScenarios.in(data.directory()) : ShippedScenarios.builtIn();
            hash = ContentHash.of(dataset);
        } catch (RuntimeException e) {
            opening.thenAccept(Store::close);
            throw e;
        }
        try (Store store = opened(opening)) {
            SyncResult sync = store.sync(dataset, hash);
            out.printf(Locale.ROOT, "corridor: store %s %s (%d records of %s)%n", target.describe(),
                    sync.reloaded() ? "loaded" : "up to date", sync.dataset().recordCount(), data.label());
            try (CorridorServer server = start(dataset, store, scenarios, options)) {
                out.printf(Locale.ROOT, "corridor: ready in %.1f s%n", (System.nanoTime() - startNanos) / 1e9);
                out.println("corridor: the observatory is at " + server.url() + "  (Ctrl-C stops it)");
                if (token == null) {
                    out.println("corridor: write token for uploads: " + writeToken);
                }
                out.flush();
                interrupted = awaitStop();
            }
        } finally {
            closed.countDown();
        }
        if (interrupted) {
            // Restored only now, so that stopping the server and closing the store ran undisturbed.
            Thread.currentThread().interrupt();
        }
        return 0;
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

    private static Store opened(CompletableFuture<Store> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private StoreTarget target() {
        if (db.startsWith("jdbc:")) {
            return StoreTarget.postgres(db, System.getenv("CORRIDOR_DB_USER"), System.getenv("CORRIDOR_DB_PASSWORD"));
        }
        return StoreTarget.embedded(Path.of(db));
    }

    private CorridorServer start(Dataset dataset, Store store, Map<String, String> scenarios, ServerOptions options) {
        try {
            return CorridorServer.start(dataset, store, scenarios, options);
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
