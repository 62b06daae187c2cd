package corridor.api.near;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.api.JsonValues;
import corridor.evidence.proximity.NearbyItem;
import corridor.evidence.proximity.PlaceDistance;

import java.util.List;

/**
 * What lies near the corridor as JSON, the one writer of {@code corridor near --format json} and
 * {@code GET /api/near}. Keys are snake_case; distances in km. Stateless and thread-safe.
 */
public final class NearJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private NearJson() {
    }

    /**
     * The answer: {@code layer}, {@code within_km}, {@code of} (the link ids given), {@code measured_from}
     * (in words) and {@code items}, nearest first: {@code id}, {@code name}, {@code distance_km},
     * {@code nearest_link}, {@code longitude}, {@code latitude}, and for mineral areas {@code nearest_port} and
     * {@code nearest_railhead} ({@code id}, {@code name}, {@code distance_km}; left out when there is none).
     */
    public static ObjectNode answer(NearRequest request, List<NearbyItem> items) {
        ObjectNode body = NODES.objectNode();
        body.put("layer", JsonValues.lower(request.layer()));
        body.put("within_km", request.withinKm());
        body.set("of", JsonValues.texts(request.linkIds()));
        body.put("measured_from", request.linkIds().isEmpty() ? "every link not superseded" : "the links given");
        ArrayNode found = body.putArray("items");
        items.forEach(item -> found.add(item(item)));
        return body;
    }

    private static ObjectNode item(NearbyItem item) {
        ObjectNode node = NODES.objectNode();
        node.put("id", item.id());
        node.put("name", item.name());
        node.put("distance_km", item.distanceKm());
        node.put("nearest_link", item.nearestLinkId());
        node.put("longitude", item.location().longitude());
        node.put("latitude", item.location().latitude());
        item.port().ifPresent(p -> node.set("nearest_port", place(p)));
        item.railhead().ifPresent(p -> node.set("nearest_railhead", place(p)));
        return node;
    }

    private static ObjectNode place(PlaceDistance place) {
        ObjectNode node = NODES.objectNode();
        node.put("id", place.placeId());
        node.put("name", place.placeName());
        node.put("distance_km", place.distanceKm());
        return node;
    }
}
