package corridor.api;

import corridor.model.network.Place;

/**
 * A place as an answer names it where it lists places ({@code {"id": ..., "name": ...}}: a matrix's rows
 * and columns, an isochrone's origin); write it with {@link JsonValues#object}. Immutable; thread-safe.
 *
 * @param id   the place's id
 * @param name its name
 */
public record PlaceRef(String id, String name) {

    /** The id and name of {@code place}. */
    public static PlaceRef of(Place place) {
        return new PlaceRef(place.id(), place.name());
    }
}
