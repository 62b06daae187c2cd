package corridor.data.load;

import corridor.model.network.BorderService;
import corridor.model.network.OpeningCalendar;
import corridor.model.network.Place;

/**
 * A place with another opening calendar: the reader attaches the rules of calendars.csv to their
 * places, and rules found in error are taken off them again after validation.
 */
public final class PlaceCalendars {

    private PlaceCalendars() {
    }

    /**
     * {@code place} with {@code calendar} on its border service; a place without one (a road junction
     * such as a mountain pass) gets a border service without crossing time, fee or cost year, whose
     * calendar alone says when the road over it is open.
     */
    public static Place withCalendar(Place place, OpeningCalendar calendar) {
        BorderService border = place.border() != null ? place.border() : new BorderService(null, null, null, null);
        BorderService withCalendar = new BorderService(border.crossingHours(), border.feesUsdPerTonne(),
                border.costYear(), calendar, border.truckRule());
        return new Place(place.id(), place.name(), place.aliases(), place.kind(), place.location(), place.country(),
                place.province(), place.hub(), withCalendar, place.provenance());
    }
}
