package corridor.monitor.trip;

import corridor.model.network.BorderService;
import corridor.model.network.Place;
import corridor.model.network.PlaceKind;

/** The kinds of place where a stop counts as dwell rather than as a stop on the road. */
public enum HubKind {
    /** Border crossing: stops are the time to clear the crossing (CPMM indicator 1). */
    BORDER_CROSSING,
    /** Seaport: stops are port dwell. */
    PORT,
    /** Dry port or rail terminal: stops are terminal dwell. */
    TERMINAL;

    /**
     * The hub kind of a place, or {@code null} for a place where stops are ordinary. A place with
     * border-crossing service (a customs station such as a dry port at the border) counts as a
     * border crossing.
     */
    static HubKind of(Place place) {
        BorderService border = place.border();
        if (place.kind() == PlaceKind.BORDER_CROSSING
                || border != null && (border.crossingHours() != null || border.feesUsdPerTonne() != null)) {
            return BORDER_CROSSING;
        }
        return switch (place.kind()) {
            case SEAPORT -> PORT;
            case DRY_PORT, RAIL_TERMINAL -> TERMINAL;
            default -> null;
        };
    }

    /**
     * The hub kind of every hub of a dataset. Besides {@link #of(Place)}: a dry port joined by a
     * road link directly to a border crossing less than {@value #CUSTOMS_STATION_KM} km away is
     * that crossing's customs station (Sost for Khunjerab), so time there is border crossing time too.
     */
    public static java.util.Map<String, HubKind> classify(corridor.model.Dataset dataset) {
        java.util.Map<String, HubKind> kinds = new java.util.HashMap<>();
        java.util.Map<String, Place> places = dataset.placesById();
        for (Place place : dataset.places()) {
            HubKind kind = of(place);
            if (kind != null) {
                kinds.put(place.id(), kind);
            }
        }
        for (corridor.model.network.Link link : dataset.links()) {
            if (link.mode() != corridor.model.network.Mode.ROAD) {
                continue;
            }
            customsStation(places.get(link.fromId()), places.get(link.toId()), kinds);
            customsStation(places.get(link.toId()), places.get(link.fromId()), kinds);
        }
        return kinds;
    }

    /** Farthest a customs station lies from its border crossing, km (Sost is about 60 km from Khunjerab). */
    public static final double CUSTOMS_STATION_KM = 100;

    private static void customsStation(Place candidate, Place other, java.util.Map<String, HubKind> kinds) {
        if (candidate != null && other != null && candidate.kind() == PlaceKind.DRY_PORT
                && of(other) == BORDER_CROSSING
                && candidate.location().distanceKm(other.location()) < CUSTOMS_STATION_KM) {
            kinds.put(candidate.id(), BORDER_CROSSING);
        }
    }

    /** Lower-case name as stored ({@code border_crossing}). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
