package corridor.model.network;

/**
 * What crossing a border costs. Unknown values are {@code null}.
 *
 * @param crossingHours       typical time to clear the crossing, in hours
 * @param feesUsdPerTonne     fees and charges per tonne, in US dollars
 * @param costYear            the year of the dollars in {@code feesUsdPerTonne}
 * @param calendar            when the crossing is open
 * @param truckRule           which trucks may cross and where goods change trucks; {@code null} when none
 *                            is published. It adds no time: {@code crossingHours} stands for clearance,
 *                            transshipment included, since no separate transshipment time is published
 */
public record BorderService(Double crossingHours, Double feesUsdPerTonne, Integer costYear,
                            OpeningCalendar calendar, BorderRule truckRule) {

    /** A border service without a truck rule. */
    public BorderService(Double crossingHours, Double feesUsdPerTonne, Integer costYear, OpeningCalendar calendar) {
        this(crossingHours, feesUsdPerTonne, costYear, calendar, null);
    }
}
