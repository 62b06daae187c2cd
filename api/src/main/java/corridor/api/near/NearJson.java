package corridor.api.near;

import com.fasterxml.jackson.annotation.JsonInclude;
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
        body.set("items", JsonValues.objects(items.stream().map(NearJson::item).toList()));
        return body;
    }

    private static Item item(NearbyItem item) {
        return new Item(item.id(), item.name(), item.distanceKm(), item.nearestLinkId(), item.location().longitude(),
                item.location().latitude(), item.port().map(NearJson::place).orElse(null),
                item.railhead().map(NearJson::place).orElse(null));
    }

    private static Place place(PlaceDistance place) {
        return new Place(place.placeId(), place.placeName(), place.distanceKm());
    }

    /** An item near the corridor; the nearest port and railhead are left out when there is none. */
    private record Item(String id, String name, double distanceKm, String nearestLink, double longitude,
                        double latitude, @JsonInclude(JsonInclude.Include.NON_NULL) Place nearestPort,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Place nearestRailhead) {
    }

    private record Place(String id, String name, double distanceKm) {
    }
}
