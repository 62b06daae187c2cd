package corridor.data.read;

import corridor.data.format.OpenMonths;
import corridor.data.format.Row;
import corridor.data.load.DatasetFiles;
import corridor.model.vehicle.AccessRule;
import corridor.model.source.Provenance;
import corridor.model.vehicle.VehicleClass;

import java.time.Month;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads access.csv: legal limits on a link or a place by vehicle (classes banned, maximum weight,
 * height, length), all year or in the months given.
 */
final class AccessReader {

    private static final double MAX_WEIGHT_TONNES = 200;
    private static final double MAX_SIZE_M = 40;

    /** {@code access.csv}: its columns, required then optional, and how a row becomes a record. */
    static final LayerFile<AccessRule> FILE = LayerFile.csv(DatasetFiles.ACCESS,
            List.of("id", "subject", "source"),
            List.of("banned_classes", "max_weight_t", "max_height_m", "max_length_m", "months", "confidence", "note"),
            AccessReader::rule);

    private static AccessRule rule(Row row) {
        String id = row.id("id");
        String subject = row.id("subject");
        Set<VehicleClass> banned = classes(row);
        Double weight = row.number("max_weight_t", 0, MAX_WEIGHT_TONNES, "t");
        Double height = row.number("max_height_m", 0, MAX_SIZE_M, "m");
        Double length = row.number("max_length_m", 0, MAX_SIZE_M, "m");
        Set<Month> months = months(row);
        Provenance provenance = row.provenance();
        if (row.failed()) {
            return null;
        }
        AccessRule rule = new AccessRule(id, subject, banned, weight, height, length, months, provenance);
        if (!rule.limitsAnything()) {
            row.error("banned_classes", "the rule limits nothing: give banned_classes or a max_weight_t, "
                    + "max_height_m or max_length_m");
            return null;
        }
        return rule;
    }

    private static Set<VehicleClass> classes(Row row) {
        Set<VehicleClass> classes = EnumSet.noneOf(VehicleClass.class);
        for (String item : row.list("banned_classes")) {
            try {
                classes.add(VehicleClass.valueOf(item.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                row.error("banned_classes", "unknown vehicle class '" + item.trim() + "'; expected car, "
                        + "light_transport or heavy_transport, separated by ';'");
            }
        }
        return classes;
    }

    private static Set<Month> months(Row row) {
        String text = row.text("months");
        if (text.isEmpty()) {
            return Set.of();
        }
        return OpenMonths.parse(text).filter(m -> !m.isEmpty()).orElseGet(() -> {
            row.error("months", "expected months like 6-10 or 12,1-3 (empty for all year); got '" + text + "'");
            return Set.of();
        });
    }

    private AccessReader() {
    }
}
