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
import java.util.Map;

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

    private static Where fallback(Object record) {
        if (record instanceof Source s) {
            return new Where(DatasetFiles.SOURCES, "id " + s.id());
        } else if (record instanceof ModeDefaults m) {
            return new Where(DatasetFiles.MODES, "mode " + m.mode().name().toLowerCase());
        } else if (record instanceof Place p) {
            return new Where(DatasetFiles.PLACES, "id " + p.id());
        } else if (record instanceof OpeningRule r) {
            return new Where(DatasetFiles.CALENDARS, "from " + r.fromText());
        } else if (record instanceof Link l) {
            return new Where(DatasetFiles.LINKS, "id " + l.id());
        } else if (record instanceof Project p) {
            return new Where(DatasetFiles.PROJECTS, "id " + p.id());
        } else if (record instanceof IndicatorValue i) {
            return new Where(DatasetFiles.INDICATORS, "id " + i.id());
        } else if (record instanceof Incident i) {
            return new Where(DatasetFiles.INCIDENTS, "id " + i.id());
        } else if (record instanceof MineralArea m) {
            return new Where(DatasetFiles.MINERALS, "id " + m.id());
        }
        throw new IllegalArgumentException("not a dataset record: " + record.getClass().getName());
    }
}
