package corridor.evidence.check;

import java.util.List;

/**
 * A route on the network and its length, as {@link NetworkDistances} gives it.
 *
 * @param distanceKm the route's length, km
 * @param places     the names of the places it passes, its ends included, in order
 * @param links      the ids of the links it travels, in order
 * @param basis      how the route was found, in words ("shortest road route by distance on the existing links, for
 *                   the default heavy truck: ..."): which network, which vehicle, which rules
 */
public record NetworkRoute(double distanceKm, List<String> places, List<String> links, String basis) {

    public NetworkRoute {
        places = List.copyOf(places);
        links = List.copyOf(links);
        basis = basis == null ? "" : basis;
    }

    /** "Khunjerab Pass border crossing → Sost Dry Port → … → Islamabad". */
    public String path() {
        return String.join(" → ", places);
    }
}
