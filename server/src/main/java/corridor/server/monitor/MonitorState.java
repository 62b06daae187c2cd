package corridor.server.monitor;

import corridor.model.Dataset;
import corridor.monitor.MonitorEngine;
import corridor.model.network.ObservedTimes;
import corridor.monitor.indicator.Aggregates;
import corridor.monitor.indicator.RoutingObservations;
import corridor.monitor.ingest.CsvPingReader;
import corridor.monitor.ingest.MonitorSettings;
import corridor.monitor.ingest.Rejection;
import corridor.monitor.match.RoadNetwork;

import corridor.store.PingBatch;
import corridor.store.Store;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The monitoring aggregates the server shows: loaded at start from a state file written by
 * {@code corridor monitor ingest}, and grown by pings posted to the API. Readers see a published
 * {@link Aggregates} that is never changed afterwards: an ingestion merges into a fresh copy and
 * publishes it whole, so that a request never sees half an ingestion.
 *
 * <p>Posted pings are kept in the store before they are acknowledged ({@link #keep}) and merged
 * again after a restart ({@link #attach}); servers sharing a database merge each other's
 * ({@link #catchUp}, polled). The state file given at start is not in the store: each server shows
 * its own file's state plus every posted ping.
 */
public final class MonitorState {

    /** How many rejected pings an answer lists one by one (all are counted). */
    static final int LISTED_REJECTIONS = 20;

    private final AtomicReference<Aggregates> aggregates = new AtomicReference<>();
    private volatile String origin = "";
    private volatile RoadNetwork network;
    private volatile Dataset networkDataset;
    private Store store;
    private Supplier<Dataset> dataset;
    /** The id of the last kept ping batch merged here; every batch up to it is merged. */
    private long lastBatch;

    /** Serves {@code loaded} from now on; {@code origin} says where it came from (a file name). */
    public void load(Aggregates loaded, String origin) {
        aggregates.set(copy(loaded));
        this.origin = origin;
    }

    /** The aggregates served now; empty when nothing was loaded or posted. */
    Optional<Aggregates> current() {
        return Optional.ofNullable(aggregates.get());
    }

    /** The observed times routing takes from a state, with the state they were made from. */
    private record Times(Aggregates source, ObservedTimes times) {
    }

    private volatile Times times;

    /**
     * The observed medians and 95th percentiles of the state served now, for routing; empty when
     * nothing was loaded or posted. Made once per published state (a merge publishes a new one).
     */
    public Optional<ObservedTimes> observedTimes() {
        Aggregates now = aggregates.get();
        if (now == null) {
            return Optional.empty();
        }
        Times made = times;
        if (made == null || made.source() != now) {
            made = new Times(now, RoutingObservations.of(now, origin));
            times = made;
        }
        return Optional.of(made.times());
    }

    /** Where the served state came from: the file and/or "pings posted to the API"; empty when none. */
    String origin() {
        return origin;
    }

    /** The outcome of reading posted pings: the aggregates of this input alone and its rejections. */
    record Ingestion(Aggregates added, long rejected, List<Rejection> listed) {
    }

    /**
     * Reads pings (CSV) and analyses them over {@code dataset}'s network, without touching the
     * served state; {@link #merge} adds the result.
     *
     * @throws corridor.model.InputException when the text is not ping CSV (header, quoting)
     */
    Ingestion read(Dataset dataset, Reader csv, String where, MonitorSettings settings) {
        MonitorEngine engine = new MonitorEngine(network(dataset, settings), dataset, settings, false);
        List<Rejection> listed = new ArrayList<>();
        long[] rejected = {0};
        engine.onRejection(r -> {
            if (rejected[0]++ < LISTED_REJECTIONS) {
                listed.add(r);
            }
        });
        engine.beginInput(where);
        CsvPingReader.read(csv, where, settings, engine);
        return new Ingestion(engine.finish(), rejected[0], listed);
    }

    /**
     * Keeps posted pings in {@code store} from now on, and merges those kept already (by this server
     * before a restart, or by others on the same database), read over {@code dataset}'s network.
     */
    public synchronized void attach(Store store, Supplier<Dataset> dataset) {
        this.store = store;
        this.dataset = dataset;
        catchUp();
    }

    /**
     * Keeps accepted pings durably, then adds their aggregates to the served state (after any batch
     * another server kept before them); returns the new state. Without a store, only merges.
     *
     * @param body           the CSV text as posted
     * @param nowEpochSecond the "now" it was checked against
     * @param added          what {@link #read} made of it
     */
    synchronized Aggregates keep(String body, long nowEpochSecond, Aggregates added) {
        if (store == null) {
            return merge(added);
        }
        PingBatch batch = store.savePingBatch(body, nowEpochSecond);
        // Ids commit in order: every batch below this one is committed now; merge those first.
        for (PingBatch earlier : store.pingBatchesAfter(lastBatch)) {
            if (earlier.id() < batch.id()) {
                merge(replay(earlier));
            }
        }
        lastBatch = batch.id();
        return merge(added);
    }

    /** Merges the batches kept since the last one merged here (another server's posts). */
    public synchronized void catchUp() {
        if (store == null) {
            return;
        }
        for (PingBatch batch : store.pingBatchesAfter(lastBatch)) {
            merge(replay(batch));
            lastBatch = batch.id();
        }
    }

    private Aggregates replay(PingBatch batch) {
        return read(dataset.get(), new StringReader(batch.body()), "posted pings " + batch.id(),
                MonitorSettings.defaults(batch.nowEpochSecond())).added();
    }

    /** Adds an ingestion's aggregates to the served state and returns the new state. */
    synchronized Aggregates merge(Aggregates added) {
        Aggregates next = copy(aggregates.get());
        next.merge(added);
        aggregates.set(next);
        origin = origin.isEmpty() ? "pings posted to the API" : origin.contains("posted") ? origin
                : origin + " and pings posted to the API";
        return next;
    }

    private static Aggregates copy(Aggregates source) {
        Aggregates copy = new Aggregates();
        if (source != null) {
            copy.merge(source);
        }
        return copy;
    }

    /** The road network of {@code dataset}, built once per served dataset (building it takes a moment). */
    private synchronized RoadNetwork network(Dataset dataset, MonitorSettings settings) {
        if (network == null || networkDataset != dataset) {
            network = new RoadNetwork(dataset, settings.candidateRadiusKm());
            networkDataset = dataset;
        }
        return network;
    }
}
