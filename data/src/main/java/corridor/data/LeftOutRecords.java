package corridor.data;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The records a reader left out for their own errors, by file and id, so that a reference to one
 * is reported as following from that record's errors (a knock-on) rather than as an unknown id.
 * Not thread-safe: filled while one dataset is read.
 */
final class LeftOutRecords {

    /** file → id → location of the first record with that id left out. */
    private final Map<String, Map<String, String>> byFile = new HashMap<>();

    /** None: for a dataset built in memory, whose records were not read. */
    static LeftOutRecords none() {
        return new LeftOutRecords();
    }

    /** Notes that the record {@code id} of {@code file} at {@code location} was left out; a blank id is ignored. */
    void add(String file, String id, String location) {
        if (!id.isBlank()) {
            byFile.computeIfAbsent(file, f -> new HashMap<>()).putIfAbsent(id, location);
        }
    }

    /** Where the record {@code id} of {@code file} is ({@code projects.geojson feature 3}) if it was left out. */
    Optional<String> where(String file, String id) {
        String location = byFile.getOrDefault(file, Map.of()).get(id);
        return location == null ? Optional.empty() : Optional.of(file + " " + location);
    }
}
