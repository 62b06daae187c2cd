package corridor.server;

import corridor.model.Dataset;
import corridor.routing.NetworkFilter;
import corridor.routing.Router;
import corridor.routing.RoutingGraph;
import corridor.routing.RoutingParameters;
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
final class Observatory {

    private final Dataset dataset;
    private final Store store;
    private final Features features;
    private final PlaceIndex places;
    private final RoutingParameters parameters;
    private final Map<NetworkFilter, ThreadLocal<Router>> routers = new EnumMap<>(NetworkFilter.class);
    private final ScenarioCatalog scenarios;

    Observatory(Dataset dataset, Store store, ScenarioCatalog scenarios) {
        this.dataset = dataset;
        this.store = store;
        this.scenarios = scenarios;
        this.features = new Features(Features.byId(dataset.sources()));
        this.places = new PlaceIndex(dataset.places());
        this.parameters = RoutingParameters.defaults(LocalDate.now(ZoneOffset.UTC));
        for (NetworkFilter filter : NetworkFilter.values()) {
            RoutingGraph graph = RoutingGraph.build(dataset, filter, parameters);
            routers.put(filter, ThreadLocal.withInitial(() -> new Router(graph)));
        }
    }

    Dataset dataset() {
        return dataset;
    }

    Store store() {
        return store;
    }

    Features features() {
        return features;
    }

    PlaceIndex places() {
        return places;
    }

    RoutingParameters parameters() {
        return parameters;
    }

    /** This thread's router over the network {@code filter} selects. */
    Router router(NetworkFilter filter) {
        return routers.get(filter).get();
    }

    ScenarioCatalog scenarios() {
        return scenarios;
    }
}
