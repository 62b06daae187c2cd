package corridor.server.dataset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.api.GeoJson;
import corridor.api.JsonValues;
import corridor.api.SourceJson;
import corridor.api.project.ProjectPhase;
import corridor.data.DatasetSummary;
import corridor.model.record.Incident;
import corridor.model.network.LinkStatus;
import corridor.model.record.MineralStatus;
import corridor.model.network.Mode;
import corridor.model.record.Pillar;
import corridor.model.network.PlaceKind;
import corridor.model.record.ProjectStatus;
import corridor.model.source.PublisherType;
import corridor.model.record.Sector;
import corridor.model.source.Source;
import corridor.server.http.ApiError;
import corridor.server.http.Endpoint;
import corridor.server.http.Json;
import corridor.server.http.Params;
import corridor.store.BoundingBox;
import corridor.store.Layer;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/** The layers as GeoJSON (places, links, projects, incidents, minerals) and the sources as JSON. */
public final class LayerApi {

    private static final String GEOJSON = "application/geo+json; charset=utf-8";

    private final ServedDataset served;

    public LayerApi(ServedDataset served) {
        this.served = served;
    }

    /** The dataset this request serves (one version for the whole request). */
    private Observatory observatory() {
        return served.get();
    }

    public void register(JavalinConfig config) {
        Endpoint.PLACES.register(config, this::places);
        Endpoint.PLACE.register(config, ctx -> one(ctx, Layer.PLACES, Features::place));
        Endpoint.LINKS.register(config, this::links);
        Endpoint.LINK.register(config, ctx -> one(ctx, Layer.LINKS, Features::link));
        Endpoint.PROJECTS.register(config, this::projects);
        Endpoint.PROJECT.register(config, ctx -> one(ctx, Layer.PROJECTS, Features::project));
        Endpoint.INCIDENTS.register(config, this::incidents);
        Endpoint.INCIDENT.register(config, ctx -> one(ctx, Layer.INCIDENTS, Features::incident));
        Endpoint.MINERALS.register(config, this::minerals);
        Endpoint.MINERAL.register(config, ctx -> one(ctx, Layer.MINERALS, Features::mineral));
        Endpoint.SOURCES.register(config, this::sources);
        Endpoint.SOURCE.register(config, this::source);
        Endpoint.SUMMARY.register(config, this::summary);
    }

    private void places(Context ctx) {
        Params params = Params.of(ctx, "bbox", "kind");
        Optional<PlaceKind> kind = params.enumValue("kind", PlaceKind.class);
        answer(ctx, params, Layer.PLACES, p -> kind.isEmpty() || p.kind() == kind.get(), Features::place);
    }

    private void links(Context ctx) {
        Params params = Params.of(ctx, "bbox", "mode", "status");
        Optional<Mode> mode = params.enumValue("mode", Mode.class);
        Optional<LinkStatus> status = params.enumValue("status", LinkStatus.class);
        answer(ctx, params, Layer.LINKS, l -> (mode.isEmpty() || l.mode() == mode.get())
                && (status.isEmpty() || l.status() == status.get()), Features::link);
    }

    private void projects(Context ctx) {
        Params params = Params.of(ctx, "bbox", "sector", "status", "pillar", "phase");
        Optional<Sector> sector = params.enumValue("sector", Sector.class);
        Optional<ProjectStatus> status = params.enumValue("status", ProjectStatus.class);
        Optional<Pillar> pillar = params.enumValue("pillar", Pillar.class);
        Optional<String> phase = Optional.ofNullable(phase(params));
        answer(ctx, params, Layer.PROJECTS, p -> (sector.isEmpty() || p.sector() == sector.get())
                && (status.isEmpty() || p.status() == status.get())
                && (pillar.isEmpty() || p.pillar() == pillar.get())
                && (phase.isEmpty() || p.phase().equals(phase.get())), Features::project);
    }

    /** The {@code phase} parameter, 1 or 2.0; null when absent. */
    public static String phase(Params params) {
        return ProjectPhase.read(params.text("phase").orElse(null), "phase");
    }

    private void incidents(Context ctx) {
        Params params = Params.of(ctx, "bbox", "since", "until");
        LocalDate since = params.date("since", LocalDate.MIN);
        LocalDate until = params.date("until", LocalDate.MAX);
        answer(ctx, params, Layer.INCIDENTS, (Incident i) -> !i.date().isBefore(since) && !i.date().isAfter(until),
                Features::incident);
    }

    private void minerals(Context ctx) {
        Params params = Params.of(ctx, "bbox", "status");
        Optional<MineralStatus> status = params.enumValue("status", MineralStatus.class);
        answer(ctx, params, Layer.MINERALS, m -> status.isEmpty() || m.status() == status.get(),
                Features::mineral);
    }

    /** Reads a layer from the store (by bounding box when given), filters and renders it. */
    private <T> void answer(Context ctx, Params params, Layer<T> layer, Predicate<T> filter,
                            BiFunction<Features, T, ObjectNode> render) {
        Optional<BoundingBox> box = params.boundingBox("bbox");
        List<T> records = served.read(layer, box.orElse(null));
        // Rendered with the observatory the records belong to (the request may have caught up while reading).
        Features features0 = observatory().features();
        List<ObjectNode> features = records.stream().filter(filter).map(r -> render.apply(features0, r)).toList();
        ctx.contentType(GEOJSON).result(Json.write(GeoJson.collection(features)));
    }

    private <T> void one(Context ctx, Layer<T> layer, BiFunction<Features, T, ObjectNode> render) {
        Params.of(ctx);
        String id = ctx.pathParam("id");
        T record = served.find(layer, id)
                .orElseThrow(() -> ApiError.notFound("no " + singular(layer) + " with id '" + id + "'; /api/"
                        + layer.name() + " lists them"));
        ctx.contentType(GEOJSON).result(Json.write(render.apply(observatory().features(), record)));
    }

    private void sources(Context ctx) {
        Params params = Params.of(ctx, "publisher_type");
        Optional<PublisherType> type = params.enumValue("publisher_type", PublisherType.class);
        List<ObjectNode> sources = served.read(Layer.SOURCES, null).stream()
                .filter(s -> type.isEmpty() || s.publisherType() == type.get()).map(SourceJson::source).toList();
        ctx.json(Json.array().addAll(sources));
    }

    private void source(Context ctx) {
        Params.of(ctx);
        String id = ctx.pathParam("id");
        Source source = observatory().dataset().source(id).orElseThrow(() -> ApiError.notFound("no source with id '"
                + id + "'; /api/sources lists them"));
        ctx.json(SourceJson.source(source));
    }

    private void summary(Context ctx) {
        Params.of(ctx);
        DatasetSummary summary = DatasetSummary.of(observatory().dataset());
        ObjectNode body = Json.object();
        body.put("name", summary.name());
        body.set("records_by_layer", Json.MAPPER.valueToTree(summary.recordsByLayer()));
        body.set("links_by_mode", lowerKeys(summary.linksByMode()));
        body.set("links_by_status", lowerKeys(summary.linksByStatus()));
        body.set("places_by_kind", lowerKeys(summary.placesByKind()));
        body.set("projects_by_status", lowerKeys(summary.projectsByStatus()));
        body.put("resolving_source_share", summary.resolvingSourceShare());
        // The page draws the streets (from /api/tiles/roads/...) only when there are some.
        body.put("road_segments", observatory().dataset().roads().segmentCount());
        body.put("dataset_version", observatory().version());
        Optional.ofNullable(observatory().storedAs()).ifPresent(loaded -> body.set("store", JsonValues.object(
                new StoreJson(observatory().store().target().describe(),
                        JsonValues.lower(observatory().store().target().vendor()), loaded.contentHash(),
                        loaded.loadedAt().toString(), loaded.version(), loaded.origin().label()))));
        ctx.json(body);
    }

    /** What the store holds: where it is, its vendor, the dataset's content hash, when and from where it was loaded. */
    private record StoreJson(String location, String vendor, String contentHash, String loadedAt, long version,
                             String origin) {
    }

    private static ObjectNode lowerKeys(Map<? extends Enum<?>, Integer> counts) {
        ObjectNode node = Json.object();
        counts.forEach((k, v) -> node.put(JsonValues.lower(k), v));
        return node;
    }

    private static String singular(Layer<?> layer) {
        return layer.name().substring(0, layer.name().length() - 1);
    }
}
