package corridor.api.route;

import corridor.model.network.Place;

/**
 * Finds the place a user typed, by id, name or alias, with the rules of the routing engine's
 * {@link corridor.routing.route.PlaceMatcher} (which is one; the server keeps a faster index with the
 * same answers).
 */
@FunctionalInterface
public interface PlaceLookup {

    /**
     * The place {@code text} names.
     *
     * @param parameter the parameter as the user spelled it ({@code --from}, {@code from}), for the error
     * @throws corridor.model.InputException naming {@code parameter} when no place or several match
     */
    Place match(String text, String parameter);
}
