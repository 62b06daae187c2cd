package corridor.data.load;

import corridor.model.record.IndicatorValue;
import corridor.model.record.Incident;
import corridor.model.network.Link;
import corridor.model.record.MineralArea;
import corridor.model.network.ModeDefaults;
import corridor.model.network.OpeningRule;
import corridor.model.network.Place;
import corridor.model.record.Project;
import corridor.model.source.Source;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where each record of a dataset was read from (file and line or feature), so that problems
 * found across files can point at the record. Keyed by identity: two equal records read from
 * different lines keep their own locations.
 */
public final class RecordLocations {

    /** A file and a location in it. */
    public record Where(String file, String location) {
    }

    private final Map<Object, Where> byRecord;

    private RecordLocations(Map<Object, Where> byRecord) {
        this.byRecord = byRecord;
    }

    /** Locations for records built in memory: each is located by its id in its layer's file. */
    public static RecordLocations byId() {
        return new RecordLocations(new IdentityHashMap<>());
    }

    /** The locations a reader noted; the map is kept, not copied (it is not changed after reading). */
    public static RecordLocations of(IdentityHashMap<Object, Where> byRecord) {
        return new RecordLocations(byRecord);
    }

    /** Where {@code record} came from; a record not read from a file is located as "id X". */
    public Where of(Object record) {
        Where where = byRecord.get(record);
        return where != null ? where : fallback(record);
    }

    /** How a record of one type built in memory is located: its layer's file, and what names it there. */
    private record Locator<T>(Class<T> type, String file, Function<T, String> label) {

        Where of(Object record) {
            return new Where(file, label.apply(type.cast(record)));
        }
    }

    /** One locator a layer, in the order of DATASET.md. */
    private static final List<Locator<?>> LOCATORS = List.of(
            new Locator<>(Source.class, DatasetFiles.SOURCES, s -> "id " + s.id()),
            new Locator<>(ModeDefaults.class, DatasetFiles.MODES, m -> "mode " + m.mode().name().toLowerCase()),
            new Locator<>(Place.class, DatasetFiles.PLACES, p -> "id " + p.id()),
            new Locator<>(OpeningRule.class, DatasetFiles.CALENDARS, r -> "from " + r.fromText()),
            new Locator<>(Link.class, DatasetFiles.LINKS, l -> "id " + l.id()),
            new Locator<>(Project.class, DatasetFiles.PROJECTS, p -> "id " + p.id()),
            new Locator<>(IndicatorValue.class, DatasetFiles.INDICATORS, i -> "id " + i.id()),
            new Locator<>(Incident.class, DatasetFiles.INCIDENTS, i -> "id " + i.id()),
            new Locator<>(MineralArea.class, DatasetFiles.MINERALS, m -> "id " + m.id()));

    private static Where fallback(Object record) {
        for (Locator<?> locator : LOCATORS) {
            if (locator.type().isInstance(record)) {
                return locator.of(record);
            }
        }
        throw new IllegalArgumentException("not a dataset record: " + record.getClass().getName());
    }
}
