package corridor.routing.route;

import java.time.LocalDate;

/**
 * A place a search could not pass because its opening calendar, or a scenario, closed it.
 *
 * @param placeId   the place
 * @param placeName its name
 * @param date      the day the goods would have reached it
 * @param reason    why it is closed ("open months APRIL–NOVEMBER under the rule from 1985-04")
 */
public record Closure(String placeId, String placeName, LocalDate date, String reason) {

    /** One sentence for a person. */
    public String describe() {
        return placeName + " (" + placeId + ") is closed on " + date + ": " + reason;
    }
}
