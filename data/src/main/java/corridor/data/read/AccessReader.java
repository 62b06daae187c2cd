package corridor.data.read;

import corridor.data.format.OpenMonths;
import corridor.data.format.Row;
import corridor.data.load.DatasetFiles;
import corridor.model.vehicle.AccessRule;
import corridor.model.vehicle.ClosedHours;
import corridor.model.source.Provenance;
import corridor.model.vehicle.VehicleClass;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads access.csv: legal limits on a link or a place by vehicle (classes banned, maximum weight,
 * height, length), all year or in the months given, all day or in daily closed hours on a local clock
 * (a wrapping window such as 18:00-04:00 closes the night) between optional validity dates.
 */
final class AccessReader {

    private static final double MAX_WEIGHT_TONNES = 200;
    private static final Pattern HOURS = Pattern.compile("(\\d{2}:\\d{2})-(\\d{2}:\\d{2})");
    private static final double MAX_SIZE_M = 40;

    /** {@code access.csv}: its columns, required then optional, and how a row becomes a record. */
    static final LayerFile<AccessRule> FILE = LayerFile.csv(DatasetFiles.ACCESS,
            List.of("id", "subject", "source"),
            List.of("banned_classes", "max_weight_t", "max_height_m", "max_length_m", "months", "closed_hours",
                    "time_zone", "valid_from", "valid_to", "confidence", "note"),
            AccessReader::rule);

    private static AccessRule rule(Row row) {
        String id = row.id("id");
        String subject = row.id("subject");
        Set<VehicleClass> banned = classes(row);
        Double weight = row.number("max_weight_t", 0, MAX_WEIGHT_TONNES, "t");
        Double height = row.number("max_height_m", 0, MAX_SIZE_M, "m");
        Double length = row.number("max_length_m", 0, MAX_SIZE_M, "m");
        Set<Month> months = months(row);
        ClosedHours hours = closedHours(row);
        LocalDate validFrom = row.date("valid_from", false);
        LocalDate validTo = row.date("valid_to", false);
        if (hours == null && (validFrom != null || validTo != null) && !row.failed()) {
            row.error(validFrom != null ? "valid_from" : "valid_to", "validity dates bound closed_hours; give "
                    + "closed_hours (a rule in force all day is bounded by months)");
        }
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            row.error("valid_to", "valid_to " + validTo + " is before valid_from " + validFrom);
        }
        Provenance provenance = row.provenance();
        if (row.failed()) {
            return null;
        }
        AccessRule rule = new AccessRule(id, subject, banned, weight, height, length, months, provenance, hours,
                validFrom, validTo);
        if (!rule.limitsAnything()) {
            row.error("banned_classes", "the rule limits nothing: give banned_classes or a max_weight_t, "
                    + "max_height_m or max_length_m");
            return null;
        }
        return rule;
    }

    /** closed_hours as HH:MM-HH:MM with its time_zone (an IANA zone id), or null when empty. */
    private static ClosedHours closedHours(Row row) {
        String text = row.text("closed_hours");
        String zoneText = row.text("time_zone");
        if (text.isEmpty()) {
            if (!zoneText.isEmpty()) {
                row.error("time_zone", "a time_zone is the clock of closed_hours; give closed_hours or leave it empty");
            }
            return null;
        }
        Matcher m = HOURS.matcher(text);
        LocalTime from = null;
        LocalTime to = null;
        if (m.matches()) {
            from = time(m.group(1));
            to = time(m.group(2));
        }
        if (from == null || to == null) {
            row.error("closed_hours", "expected local hours like 06:00-22:00 or 18:00-04:00 (wrapping midnight); "
                    + "got '" + text + "'");
            return null;
        }
        if (from.equals(to)) {
            row.error("closed_hours", "closed_hours " + text + " start and end at the same time; a rule in force "
                    + "all day has no closed_hours");
            return null;
        }
        if (zoneText.isEmpty()) {
            row.error("time_zone", "closed_hours need the time_zone of their clock, an IANA zone such as Asia/Karachi");
            return null;
        }
        try {
            return new ClosedHours(from, to, ZoneId.of(zoneText));
        } catch (DateTimeException e) {
            row.error("time_zone", "unknown time zone '" + zoneText + "'; expected an IANA zone such as Asia/Karachi");
            return null;
        }
    }

    private static LocalTime time(String text) {
        try {
            return text.equals("24:00") ? null : LocalTime.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
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
