package corridor.server.dataset;

import corridor.api.claim.RoutedDistances;
import corridor.evidence.check.ClaimChecker;
import corridor.model.Dataset;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.matrix.HierarchyRoutes;
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
 * answer the layer endpoints), what is built of it once (routing graphs, the claim checker, the
 * place index), and the scenarios. Routers hold search state, so each request thread gets its own
 * over the shared, immutable graph. Immutable; thread-safe.
 *
 * @param dataset    the dataset served
 * @param store      the store that holds it
 * @param scenarios  the shipped and uploaded scenarios
 * @param storedAs   what the store holds of it: hash, version, origin; null while it is not written yet
 * @param features   its records as GeoJSON features
 * @param places     its places by id, name and alias
 * @param claims     its claim checker, built once with it (it indexes every indicator and layer value; about
 *                   10 ms, which each claim request used to pay)
 * @param parameters the routing parameters of its graphs
 * @param graphs     its routing graphs, by network
 */
public record Observatory(Dataset dataset, Store store, ScenarioCatalog scenarios, LoadedDataset storedAs,
                          Features features, PlaceIndex places, ClaimChecker claims, RoutingParameters parameters,
                          Graphs graphs) {

    /**
     * Builds what is served of {@code dataset}.
     *
     * @param stored what the store holds of {@code dataset} (its version); null while it is not written yet
     */
    public Observatory(Dataset dataset, Store store, ScenarioCatalog scenarios, LoadedDataset stored) {
        this(dataset, store, scenarios, stored, RoutingParameters.defaults(LocalDate.now(ZoneOffset.UTC)));
    }

    private Observatory(Dataset dataset, Store store, ScenarioCatalog scenarios, LoadedDataset stored,
                        RoutingParameters parameters) {
        this(dataset, store, scenarios, stored, parameters, new Graphs(dataset, parameters));
    }

    private Observatory(Dataset dataset, Store store, ScenarioCatalog scenarios, LoadedDataset stored,
                        RoutingParameters parameters, Graphs graphs) {
        // distances between places in claims are measured on the links in service, as check-claim measures them
        this(dataset, store, scenarios, stored, new Features(Features.byId(dataset.sources())),
                new PlaceIndex(dataset.places()), new ClaimChecker(dataset, new RoutedDistances(graphs.existing)),
                parameters, graphs);
    }

    /** This observatory, once its dataset is in the store as {@code written}. */
    Observatory stored(LoadedDataset written) {
        return new Observatory(dataset, store, scenarios, written, features, places, claims, parameters, graphs);
    }

    /** The store's version of the dataset served (0 while not written). */
    public long version() {
        return storedAs == null ? 0 : storedAs.version();
    }

    /** This thread's router over the network {@code filter} selects. */
    public Router router(NetworkFilter filter) {
        return graphs.routers.get(filter).get();
    }

    /**
     * The travel matrices over the network {@code filter} selects (the same graph as {@link #router}):
     * its hierarchy is built by the first matrix asked, its customizations kept per weighting. Thread-safe.
     */
    public MatrixEngine matrix(NetworkFilter filter) {
        return graphs.matrices.get(filter);
    }

    /**
     * The single routes over the network {@code filter} selects, from the hierarchy {@link #matrix} keeps
     * where it applies (built by the first route or matrix asked), else from the A* router. Thread-safe.
     */
    public HierarchyRoutes routes(NetworkFilter filter) {
        return graphs.routes.get(filter);
    }

    /** The routing graph of each network, with a router per thread, the travel matrices and the hierarchy's routes over it. */
    public static final class Graphs {

        private final Map<NetworkFilter, ThreadLocal<Router>> routers = new EnumMap<>(NetworkFilter.class);
        private final Map<NetworkFilter, MatrixEngine> matrices = new EnumMap<>(NetworkFilter.class);
        private final Map<NetworkFilter, HierarchyRoutes> routes = new EnumMap<>(NetworkFilter.class);
        /** The graph of the links in service. */
        private final RoutingGraph existing;

        Graphs(Dataset dataset, RoutingParameters parameters) {
            RoutingGraph inService = null;
            for (NetworkFilter filter : NetworkFilter.values()) {
                RoutingGraph graph = RoutingGraph.build(dataset, filter, parameters);
                routers.put(filter, ThreadLocal.withInitial(() -> new Router(graph)));
                MatrixEngine matrix = new MatrixEngine(graph);
                matrices.put(filter, matrix);
                routes.put(filter, new HierarchyRoutes(matrix));
                inService = filter == NetworkFilter.EXISTING ? graph : inService;
            }
            existing = inService;
        }
    }
}
