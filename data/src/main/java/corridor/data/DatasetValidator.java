package corridor.data;

import corridor.data.load.DatasetLoad;
import corridor.data.load.LeftOutRecords;
import corridor.data.load.Problem;
import corridor.data.validate.CrossFileRules;
import corridor.data.validate.LinkRules;

import java.util.List;

/**
 * The rules of a dataset that look across records and files: ids unique within a layer and
 * across places, links, projects, incidents and minerals; references (link ends, projects,
 * places, superseding links, indicator subjects) that exist; sources that resolve; link
 * geometry that is plausible against its end places; indicator units and values that fit their
 * measure; and no incident, indicator period or date of a started or completed project later
 * than the dataset's own date (its newest source). Rules about one record alone (schema, ranges
 * of fields, calendars, polygons) are checked as the record is read. Each kind of rule has its
 * class in {@link corridor.data.validate} ({@link CrossFileRules} runs them).
 *
 * <p>A reference to a record the reader left out for its own errors is a knock-on error
 * ({@link Problem#isKnockOn()}) naming that record: the reader lists such errors after the others.
 * Stateless; thread-safe.
 */
public final class DatasetValidator {

    /** How far the first or last point of a link may lie from its end place, km. */
    public static final double MAX_END_OFFSET_KM = LinkRules.MAX_END_OFFSET_KM;
    /** A link longer than this many times the straight line between its ends is suspicious. */
    public static final double MAX_DETOUR_FACTOR = LinkRules.MAX_DETOUR_FACTOR;
    /** Largest relative difference between a published length and its geometry's length without a warning. */
    public static final double MAX_LENGTH_MISMATCH = LinkRules.MAX_LENGTH_MISMATCH;

    private DatasetValidator() {
    }

    /**
     * The cross-file problems of a loaded dataset. {@link DatasetReader#read} already includes
     * them in its load; call this for a dataset built or changed in memory.
     */
    public static List<Problem> validate(DatasetLoad load) {
        return CrossFileRules.check(load.dataset(), load.locations(), LeftOutRecords.none(), CrossFileRules.today())
                .problems();
    }
}
