package corridor.model.network;

import corridor.model.source.Provenance;

/**
 * Typical values of a mode, used for a link that has none of its own. Unknown values are
 * {@code null}.
 *
 * @param mode                  the mode
 * @param speedKmh              typical commercial speed, in km/h
 * @param costUsdPerTonneKm     typical freight cost, in US dollars per tonne-kilometre
 * @param costYear              the year of the dollars
 * @param co2KgPerTonneKm       typical CO2 emission, in kg per tonne-kilometre
 * @param provenance            sources and confidence
 */
public record ModeDefaults(Mode mode, Double speedKmh, Double costUsdPerTonneKm, Integer costYear,
                           Double co2KgPerTonneKm, Provenance provenance) {
}
