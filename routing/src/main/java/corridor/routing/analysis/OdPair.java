package corridor.routing.analysis;

import corridor.model.InputException;
import corridor.routing.route.PlaceMatcher;

import java.util.List;

/**
 * An origin–destination pair, for criticality. Read from CSV by {@code corridor.routing.io.OdPairReader}.
 *
 * @param fromId origin place id
 * @param toId   destination place id
 * @param note   why the pair matters, may be empty
 */
public record OdPair(String fromId, String toId, String note) {

    /**
     * The pairs with both ends matched to place ids: a file of pairs may name places by id or name.
     *
     * @param where names the file of pairs in errors
     * @throws InputException naming {@code where} when an end matches no place or several
     */
    public static List<OdPair> matched(List<OdPair> pairs, PlaceMatcher places, String where) {
        return pairs.stream().map(p -> {
            try {
                return new OdPair(places.match(p.fromId(), "from").id(), places.match(p.toId(), "to").id(), p.note());
            } catch (InputException e) {
                throw new InputException(where, e.field(), e.reason());
            }
        }).toList();
    }
}
