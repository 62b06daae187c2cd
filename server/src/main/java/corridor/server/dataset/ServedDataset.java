package corridor.server.dataset;

import corridor.model.CrashPoint;
import corridor.model.Dataset;
import corridor.server.http.ApiError;
import corridor.store.BoundingBox;
import corridor.store.ContentHash;
import corridor.store.LayerRead;
import corridor.store.Layer;
import corridor.store.LoadedDataset;
import corridor.store.Store;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The dataset this server serves, and the one way it changes.
 *
 * <p><b>Versions.</b> Each write of the store's dataset has a version number; the served
 * {@link Observatory} carries the version it was built from. Every request is pinned to one
 * observatory when it starts ({@link #pin}), so that all it reads in memory belongs to one version,
 * and rows read from the store come with the version they belong to, read in the same statement
 * ({@link #read}): when the store has moved on (an upload through this server or another one on the
 * same database), the request first catches up to that version and reads again. So every answer is
 * from one version, which the response names in its {@code Corridor-Dataset-Version} header.
 *
 * <p><b>Writes.</b> One at a time ({@link #upload}): the new observatory is built first (a dataset
 * the engines refuse changes nothing), then the store is written in one transaction, then the
 * observatory is swapped in, all under one lock, which catching up takes too.
 *
 * <p>Thread-safe.
 */
public final class ServedDataset {

    /** The response header naming the dataset version an answer comes from. */
    public static final String VERSION_HEADER = "Corridor-Dataset-Version";
    /** How often a server looks for a version written by another server on the same database. */
    public static final long POLL_MILLIS = 2_000;
    private static final int READ_ATTEMPTS = 3;
    private static final ThreadLocal<Observatory> PINNED = new ThreadLocal<>();

    private final AtomicReference<Observatory> current = new AtomicReference<>();
    private final ReentrantLock changes = new ReentrantLock();

    /** Whether a dataset is served yet. */
    public boolean isReady() {
        return current.get() != null;
    }

    /** Serves {@code observatory} from now on (at start). */
    public void start(Observatory observatory) {
        current.set(observatory);
    }

    /** The observatory this request is pinned to, else the one served now. */
    public Observatory get() {
        Observatory pinned = PINNED.get();
        return pinned != null ? pinned : current.get();
    }

    /** Pins this thread's request to the observatory served now. */
    public Observatory pin() {
        Observatory now = current.get();
        PINNED.set(now);
        return now;
    }

    /** Ends this thread's request: the next one pins afresh. */
    public void unpin() {
        PINNED.remove();
    }

    /**
     * Replaces the served dataset and the store's, as one step seen by readers: builds the engines
     * for it, writes it to the store in one transaction (origin upload: served again after a
     * restart), swaps it in. One upload at a time; the next waits.
     *
     * @return what the store holds now
     */
    LoadedDataset upload(Dataset dataset) {
        changes.lock();
        try {
            Observatory served = current.get();
            // Built before the store changes, so that a dataset the engines refuse leaves everything as it was.
            Observatory next = new Observatory(dataset, served.store(), served.scenarios(), null);
            LoadedDataset stored = served.store().write(dataset, ContentHash.of(dataset), LoadedDataset.Origin.UPLOAD);
            CrashPoint.reached("upload.after-store");
            Observatory swapped = next.stored(stored);
            current.set(swapped);
            PINNED.set(swapped);
            CrashPoint.reached("upload.after-swap");
            return stored;
        } finally {
            changes.unlock();
        }
    }

    /**
     * The records of a layer (touching {@code box} when given) of the version this request serves,
     * catching up first when the store holds a newer one.
     *
     * @throws ApiError 503 when the store kept changing while this request read it
     */
    <T> List<T> read(Layer<T> layer, BoundingBox box) {
        return consistent(store -> store.read(layer, box));
    }

    /** The record of a layer with this id, of the version this request serves (see {@link #read}). */
    <T> Optional<T> find(Layer<T> layer, String id) {
        return consistent(store -> store.read(layer, id)).stream().findFirst();
    }

    private <T> List<T> consistent(Function<Store, LayerRead<T>> query) {
        for (int attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
            Observatory observatory = get();
            LayerRead<T> read = query.apply(observatory.store());
            if (read.version() == observatory.version()) {
                return read.records();
            }
            PINNED.set(catchUp(read.version()));
        }
        throw new ApiError(503, "dataset_changing", "the dataset changed several times during this request; try again");
    }

    /**
     * The observatory of store version {@code seen} or later: the served one when it is, else built
     * from the store (a version another server wrote) and served from now on.
     */
    Observatory catchUp(long seen) {
        changes.lock();
        try {
            Observatory served = current.get();
            if (served.version() >= seen) {
                return served;
            }
            Store store = served.store();
            for (int attempt = 0; attempt < READ_ATTEMPTS; attempt++) {
                Optional<LoadedDataset> before = store.loaded();
                Optional<Dataset> dataset = store.readDataset();
                Optional<LoadedDataset> after = store.loaded();
                // Versions only grow and every write changes it: the same before and after means one version was read.
                if (before.isPresent() && dataset.isPresent() && after.isPresent()
                        && before.get().version() == after.get().version()) {
                    Observatory next = new Observatory(dataset.get(), store, served.scenarios(), after.get());
                    current.set(next);
                    return next;
                }
            }
            throw new ApiError(503, "dataset_changing", "the dataset changed several times while this server read it; "
                    + "try again");
        } finally {
            changes.unlock();
        }
    }

    /** Catches up when the store holds a version newer than the one served (another server's upload). */
    public void poll() {
        Observatory served = current.get();
        if (served == null) {
            return;
        }
        served.store().loaded().filter(held -> held.version() > served.version())
                .ifPresent(held -> catchUp(held.version()));
    }
}
