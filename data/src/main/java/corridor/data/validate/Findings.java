package corridor.data.validate;

import corridor.data.load.DatasetFiles;
import corridor.data.load.LeftOutRecords;
import corridor.data.load.PlaceCalendars;
import corridor.data.load.Problem;
import corridor.data.load.RecordLocations;
import corridor.model.network.BorderService;
import corridor.model.Dataset;
import corridor.model.network.Mode;
import corridor.model.network.ModeDefaults;
import corridor.model.network.OpeningCalendar;
import corridor.model.network.Place;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What the cross-file rules found in one dataset: each problem with the record it is about, placed
 * at the record's file and location. A reference to a record the reader left out for its own errors
 * is a knock-on error naming that record. Not thread-safe: filled by one validation.
 */
public final class Findings {

    private final RecordLocations locations;
    private final LeftOutRecords leftOut;
    private final List<Finding> found = new ArrayList<>();

    Findings(RecordLocations locations, LeftOutRecords leftOut) {
        this.locations = locations;
        this.leftOut = leftOut;
    }

    /** The problems, in the order the rules found them. */
    public List<Problem> problems() {
        return found.stream().map(Finding::problem).toList();
    }

    /** The dataset without the records found in error (and their calendar rules taken off their places). */
    public Dataset withoutErrors(Dataset dataset) {
        Set<Object> bad = Collections.newSetFromMap(new IdentityHashMap<>());
        found.stream().filter(f -> f.problem().isError()).forEach(f -> bad.add(f.record()));
        if (bad.isEmpty()) {
            return dataset;
        }
        Map<Mode, ModeDefaults> modes = new EnumMap<>(Mode.class);
        dataset.modeDefaults().forEach((mode, defaults) -> {
            if (!bad.contains(defaults)) {
                modes.put(mode, defaults);
            }
        });
        List<Place> places = keep(dataset.places(), bad).stream().map(p -> withoutBadRules(p, bad)).toList();
        return new Dataset(dataset.name(), keep(dataset.sources(), bad), modes, places,
                keep(dataset.links(), bad), keep(dataset.projects(), bad), keep(dataset.indicators(), bad),
                keep(dataset.incidents(), bad), keep(dataset.minerals(), bad), keep(dataset.sections(), bad),
                dataset.roads(), keep(dataset.vehicles(), bad), keep(dataset.accessRules(), bad));
    }

    private static Place withoutBadRules(Place place, Set<Object> bad) {
        BorderService border = place.border();
        if (border == null || border.calendar() == null
                || border.calendar().rules().stream().noneMatch(bad::contains)) {
            return place;
        }
        return PlaceCalendars.withCalendar(place, new OpeningCalendar(keep(border.calendar().rules(), bad)));
    }

    private static <T> List<T> keep(List<T> records, Set<Object> bad) {
        return records.stream().filter(r -> !bad.contains(r)).toList();
    }

    void error(Object record, String field, String message) {
        add(record, where -> Problem.error(where.file(), where.location(), field, message));
    }

    void warning(Object record, String field, String message) {
        add(record, where -> Problem.warning(where.file(), where.location(), field, message));
    }

    void knockOn(Object record, String field, String message, String cause) {
        add(record, where -> Problem.knockOn(where.file(), where.location(), field, message, cause));
    }

    private void add(Object record, Function<RecordLocations.Where, Problem> problemAt) {
        found.add(new Finding(problemAt.apply(locations.of(record)), record));
    }

    /**
     * A reference to {@code id}, a {@code what} of one of {@code files}, that is not there: a knock-on
     * error when the reader left that record out for its own errors, else {@code unknown}.
     */
    void missing(Object record, String field, String what, String id, String unknown, String... files) {
        for (String file : files) {
            Optional<String> cause = leftOut.where(file, id);
            if (cause.isPresent()) {
                knockOn(record, field, LeftOutRecords.knockOnMessage(what, id, cause.get()), cause.get());
                return;
            }
        }
        error(record, field, unknown);
    }

    /** A reference in {@code field} to a place that is not in places.geojson. */
    void unknownPlace(Object record, String field, String id) {
        missing(record, field, "place", id, "unknown place '" + id + "'; not in places.geojson", DatasetFiles.PLACES);
    }

    /** Where a record is, as messages name it: {@code links.geojson feature 3}. */
    String at(Object record) {
        RecordLocations.Where where = locations.of(record);
        return where.file() + " " + where.location();
    }
}
