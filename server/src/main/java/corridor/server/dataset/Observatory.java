package corridor.server.dataset;

import corridor.api.claim.RoutedDistances;
import corridor.evidence.check.ClaimChecker;
import corridor.model.Dataset;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.matrix.MatrixEngine;
import corridor.routing.search.Router;
import corridor.store.LoadedDataset;
import corridor.store.Store;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the server serves: the dataset (also kept in the {@link Store}, whose spatial queries
 * answer the layer endpoints), its routing graphs, and the shipped scenarios. Routers hold
 * search state, so each request thread gets its own over the shared, immutable graph.
 */
public final class Observatory {

    private final Dataset dataset;
    private final Store store;
    private final Features features;
    private final PlaceIndex places;
    private final RoutingParameters parameters;
    private final Map<NetworkFilter, ThreadLocal<Router>> routers = new EnumMap<>(NetworkFilter.class);
    private final Map<NetworkFilter, MatrixEngine> matrices = new EnumMap<>(NetworkFilter.class);
    private final ScenarioCatalog scenarios;
    private final LoadedDataset stored;
    private final ClaimChecker claims;

    /**
     * @param stored what the store holds of {@code dataset} (its version); null while it is not written yet
     */
    public Observatory(Dataset dataset, Store store, ScenarioCatalog scenarios, LoadedDataset stored) {
        this.dataset = dataset;
        this.store = store;
        this.scenarios = scenarios;
        this.stored = stored;
        this.features = new Features(Features.byId(dataset.sources()));
        this.places = new PlaceIndex(dataset.places());
        this.parameters = RoutingParameters.defaults(LocalDate.now(ZoneOffset.UTC));
        RoutingGraph existing = null;
        for (NetworkFilter filter : NetworkFilter.values()) {
            RoutingGraph graph = RoutingGraph.build(dataset, filter, parameters);
            routers.put(filter, ThreadLocal.withInitial(() -> new Router(graph)));
            matrices.put(filter, new MatrixEngine(graph));
            existing = filter == NetworkFilter.EXISTING ? graph : existing;
        }
        // distances between places in claims are measured on the links in service, as check-claim measures them
        this.claims = new ClaimChecker(dataset, new RoutedDistances(existing));
    }

    private Observatory(Observatory built, LoadedDataset stored) {
        this.dataset = built.dataset;
        this.store = built.store;
        this.scenarios = built.scenarios;
        this.features = built.features;
        this.places = built.places;
        this.claims = built.claims;
        this.parameters = built.parameters;
        this.routers.putAll(built.routers);
        this.matrices.putAll(built.matrices);
        this.stored = stored;
    }

    /** This observatory, once its dataset is in the store as {@code written}. */
    Observatory stored(LoadedDataset written) {
        return new Observatory(this, written);
    }

    /** The store's version of the dataset served (0 while not written). */
    public long version() {
        return stored == null ? 0 : stored.version();
    }

    /** What the store holds of it: hash, version, origin; null while not written. */
    LoadedDataset storedAs() {
        return stored;
    }

    public Dataset dataset() {
        return dataset;
    }

    /**
     * The claim checker of the dataset served, built once with it (it indexes every indicator and
     * layer value; about 10 ms, which each claim request used to pay). Immutable; thread-safe.
     */
    public ClaimChecker claims() {
        return claims;
    }

    Store store() {
        return store;
    }

    public Features features() {
        return features;
    }

    public PlaceIndex places() {
        return places;
    }

    public RoutingParameters parameters() {
        return parameters;
    }

    /** This thread's router over the network {@code filter} selects. */
    public Router router(NetworkFilter filter) {
        return routers.get(filter).get();
    }

    /**
     * The travel matrices over the network {@code filter} selects (the same graph as {@link #router}):
     * its hierarchy is built by the first matrix asked, its customizations kept per weighting. Thread-safe.
     */
    public MatrixEngine matrix(NetworkFilter filter) {
        return matrices.get(filter);
    }

    public ScenarioCatalog scenarios() {
        return scenarios;
    }
}
