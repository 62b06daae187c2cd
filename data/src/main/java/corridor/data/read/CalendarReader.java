package corridor.data.read;

import corridor.data.format.CalendarDays;
import corridor.data.format.OpenMonths;
import corridor.data.format.Row;
import corridor.data.load.DatasetFiles;
import corridor.data.load.LeftOutRecords;
import corridor.data.load.PlaceCalendars;
import corridor.data.load.Problem;
import corridor.data.load.RecordLocations;
import corridor.model.network.OpeningCalendar;
import corridor.model.network.OpeningRule;
import corridor.model.network.Place;
import corridor.model.network.PlaceKind;
import corridor.model.source.Provenance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads calendars.csv, the opening rules of border crossings and of road junctions (a mountain pass
 * such as Babusar Top, closed in winter), and attaches each place's rules to it as its calendar.
 */
final class CalendarReader {

    /** {@code calendars.csv}: its columns, required then optional, and how a row becomes a rule for a place. */
    private static final LayerFile<CalendarRow> FILE = LayerFile.csv(DatasetFiles.CALENDARS,
            List.of("place", "from", "open_months", "source"),
            List.of("to", "closed_weekdays", "confidence", "note"), CalendarReader::calendarRow);

    /** A row of calendars.csv, before it is attached to its place. */
    private record CalendarRow(String placeId, OpeningRule rule) {
    }

    /** {@code places} with their calendars; a rule for an unknown place, or a place of another kind, is an error. */
    static List<Place> read(Reading reading, List<Place> places) {
        return attach(reading, places, reading.read(FILE));
    }

    private static CalendarRow calendarRow(Row row) {
        String placeId = row.id("place");
        LocalDate from = CalendarDays.first(row, "from", true);
        LocalDate to = CalendarDays.last(row, "to");
        if (from != null && to != null && to.isBefore(from)) {
            row.error("to", "ends (" + row.text("to") + ") before it starts (" + row.text("from") + ")");
        }
        String openText = row.required("open_months");
        Set<Month> open = null;
        if (!openText.isEmpty()) {
            open = OpenMonths.parse(openText).orElse(null);
            if (open == null) {
                row.error("open_months", "invalid open_months '" + openText
                        + "'; expected months 1-12 as in 4-11, 1-12, 12,1-3 or none");
            }
        }
        Set<DayOfWeek> closedDays = CalendarDays.weekdays(row, "closed_weekdays");
        Provenance provenance = row.provenance();
        if (row.failed()) {
            return null;
        }
        return new CalendarRow(placeId, new OpeningRule(from, to, open, closedDays, provenance));
    }

    private static List<Place> attach(Reading reading, List<Place> places, List<CalendarRow> rows) {
        Map<String, Place> byId = new LinkedHashMap<>();
        places.forEach(p -> byId.putIfAbsent(p.id(), p));
        Map<String, List<OpeningRule>> rules = new LinkedHashMap<>();
        for (CalendarRow row : rows) {
            reading.locateAs(row.rule(), row);
            RecordLocations.Where where = reading.where(row);
            Place place = byId.get(row.placeId());
            Optional<String> cause = reading.leftOut(DatasetFiles.PLACES, row.placeId());
            if (place == null && cause.isPresent()) {
                reading.problem(Problem.knockOn(where.file(), where.location(), "place",
                        LeftOutRecords.knockOnMessage("place", row.placeId(), cause.get()), cause.get()));
            } else if (place == null) {
                reading.problem(Problem.error(where.file(), where.location(), "place", "unknown place '"
                        + row.placeId() + "'; not in places.geojson"));
            } else if (place.kind() != PlaceKind.BORDER_CROSSING && place.kind() != PlaceKind.ROAD_JUNCTION) {
                reading.problem(Problem.error(where.file(), where.location(), "place", "place '" + row.placeId()
                        + "' is a " + place.kind().name().toLowerCase()
                        + "; calendars are for border crossings and road junctions (mountain passes)"));
            } else {
                rules.computeIfAbsent(row.placeId(), k -> new ArrayList<>()).add(row.rule());
            }
        }
        List<Place> result = new ArrayList<>();
        for (Place place : places) {
            List<OpeningRule> placeRules = rules.get(place.id());
            if (placeRules == null || byId.get(place.id()) != place) {
                result.add(place);
                continue;
            }
            Place withCalendar = PlaceCalendars.withCalendar(place, new OpeningCalendar(placeRules));
            reading.locateAs(withCalendar, place);
            result.add(withCalendar);
        }
        return result;
    }

    private CalendarReader() {
    }
}
