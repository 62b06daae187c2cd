package corridor.data.read;

import corridor.data.format.Row;
import corridor.data.load.Numbers;
import corridor.model.network.Mode;

/**
 * Fields several layers share, with their plausible bounds: a value beyond one is almost surely a
 * typo or a wrong unit.
 */
final class LayerFields {

    private static final double MAX_COST_USD_PER_TONNE_KM = 5;
    private static final double MAX_CO2_KG_PER_TONNE_KM = 2;

    /** The cost of moving a tonne a kilometre, USD ({@code cost_usd_per_tonne_km}); null when empty. */
    static Double costUsdPerTonneKm(Row row) {
        return row.number("cost_usd_per_tonne_km", 0, MAX_COST_USD_PER_TONNE_KM, "USD per tonne-km");
    }

    /** The CO2 of moving a tonne a kilometre, kg ({@code co2_kg_per_tonne_km}); null when empty. */
    static Double co2KgPerTonneKm(Row row) {
        return row.number("co2_kg_per_tonne_km", 0, MAX_CO2_KG_PER_TONNE_KM, "kg per tonne-km");
    }

    /** A speed, km/h, within the plausible range of its mode; any number when the mode is unknown (null). */
    static Double speed(Row row, String field, Mode mode) {
        if (mode == null) {
            return row.number(field);
        }
        double[] range = speedRangeKmh(mode);
        Double speed = row.number(field);
        if (speed != null && (speed < range[0] || speed > range[1])) {
            row.error(field, Numbers.format(speed) + " km/h is out of range for " + mode.name().toLowerCase()
                    + " (" + Numbers.format(range[0]) + " to " + Numbers.format(range[1]) + " km/h)");
            return null;
        }
        return speed;
    }

    /** Plausible freight speeds of a mode, km/h: from a crawl to the fastest line in service. */
    private static double[] speedRangeKmh(Mode mode) {
        return switch (mode) {
            case ROAD -> new double[] {5, 130};
            case RAIL -> new double[] {5, 350};
            case SEA -> new double[] {5, 60};
            case TRANSFER -> new double[] {1, 100};
        };
    }

    /** The year of a record's money ({@code cost_year}); required when the record has a cost. */
    static Integer costYear(Row row, boolean hasCost) {
        Integer year = row.year("cost_year");
        if (hasCost && year == null && row.text("cost_year").isEmpty()) {
            row.error("cost_year", "required with a cost: the year of the money");
        }
        return year;
    }

    private LayerFields() {
    }
}
