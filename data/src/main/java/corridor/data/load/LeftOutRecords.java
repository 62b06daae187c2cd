package corridor.data.load;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The records a reader left out for their own errors, by file and id, so that a reference to one
 * is reported as following from that record's errors (a knock-on) rather than as an unknown id.
 * Not thread-safe: filled while one dataset is read.
 */
public final class LeftOutRecords {

    /** file → id → location of the first record with that id left out. */
    private final Map<String, Map<String, String>> byFile = new HashMap<>();

    /** An empty record, to be filled while a dataset is read. */
    public LeftOutRecords() {
    }

    /** None: for a dataset built in memory, whose records were not read. */
    public static LeftOutRecords none() {
        return new LeftOutRecords();
    }

    /** Notes that the record {@code id} of {@code file} at {@code location} was left out; a blank id is ignored. */
    public void add(String file, String id, String location) {
        if (!id.isBlank()) {
            byFile.computeIfAbsent(file, f -> new HashMap<>()).putIfAbsent(id, location);
        }
    }

    /** Where the record {@code id} of {@code file} is ({@code projects.geojson feature 3}) if it was left out. */
    public Optional<String> where(String file, String id) {
        String location = byFile.getOrDefault(file, Map.of()).get(id);
        return location == null ? Optional.empty() : Optional.of(file + " " + location);
    }

    /**
     * What a knock-on error says of a reference to a record left out: "place 'x' is left out for its
     * own errors (places.geojson feature 3); fixing that record fixes this reference".
     *
     * @param cause where the record left out is ({@link #where})
     */
    public static String knockOnMessage(String what, String id, String cause) {
        return what + " '" + id + "' is left out for its own errors (" + cause + "); fixing that record fixes this "
                + "reference";
    }
}
