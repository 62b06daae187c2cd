package corridor.model.network;

/**
 * What a transfer of goods costs at a hub (port, dry port, rail terminal). Unknown values are
 * {@code null}.
 *
 * @param dwellHours              typical time goods wait at the hub, in hours
 * @param handlingCostUsdPerTonne cost of handling one tonne through the hub, in US dollars
 * @param costYear                the year of the dollars in {@code handlingCostUsdPerTonne}
 */
public record HubService(Double dwellHours, Double handlingCostUsdPerTonne, Integer costYear) {
}
