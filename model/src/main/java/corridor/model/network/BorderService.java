package corridor.model.network;

/**
 * What crossing a border costs. Unknown values are {@code null}.
 *
 * @param crossingHours       typical time to clear the crossing, in hours
 * @param feesUsdPerTonne     fees and charges per tonne, in US dollars
 * @param costYear            the year of the dollars in {@code feesUsdPerTonne}
 * @param calendar            when the crossing is open
 */
public record BorderService(Double crossingHours, Double feesUsdPerTonne, Integer costYear,
                            OpeningCalendar calendar) {
}
