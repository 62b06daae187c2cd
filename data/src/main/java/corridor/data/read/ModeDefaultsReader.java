package corridor.data.read;

import corridor.data.format.Row;
import corridor.data.load.DatasetFiles;
import corridor.data.load.Problem;
import corridor.data.load.RecordLocations;
import corridor.model.network.Mode;
import corridor.model.network.ModeDefaults;
import corridor.model.source.Provenance;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads modes.csv: the typical speed, cost and CO2 of each mode, at most one row a mode. */
final class ModeDefaultsReader {

    /** {@code modes.csv}: its columns, required then optional, and how a row becomes a record. */
    private static final LayerFile<ModeDefaults> FILE = LayerFile.csv(DatasetFiles.MODES,
            List.of("mode", "source"),
            List.of("speed_kmh", "cost_usd_per_tonne_km", "cost_year", "co2_kg_per_tonne_km", "confidence",
                    "note"), ModeDefaultsReader::modeDefaults);

    /** The defaults by mode; a second row for a mode is an error. */
    static Map<Mode, ModeDefaults> read(Reading reading) {
        Map<Mode, ModeDefaults> modes = new EnumMap<>(Mode.class);
        for (ModeDefaults defaults : reading.read(FILE)) {
            RecordLocations.Where where = reading.where(defaults);
            if (modes.containsKey(defaults.mode())) {
                reading.problem(Problem.error(where.file(), where.location(), "mode", "duplicate mode '"
                        + defaults.mode().name().toLowerCase() + "'; also at "
                        + reading.where(modes.get(defaults.mode())).location()));
            } else {
                modes.put(defaults.mode(), defaults);
            }
        }
        return modes;
    }

    private static ModeDefaults modeDefaults(Row row) {
        Mode mode = row.enumValue("mode", Mode.class, true);
        Double speed = LayerFields.speed(row, "speed_kmh", mode);
        Double cost = LayerFields.costUsdPerTonneKm(row);
        Integer costYear = LayerFields.costYear(row, cost != null);
        Double co2 = LayerFields.co2KgPerTonneKm(row);
        Provenance provenance = row.provenance();
        return new ModeDefaults(mode, speed, cost, costYear, co2, provenance);
    }

    private ModeDefaultsReader() {
    }
}
