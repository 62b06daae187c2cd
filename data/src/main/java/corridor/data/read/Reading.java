package corridor.data.read;

import corridor.data.format.Row;
import corridor.data.load.DatasetFiles;
import corridor.data.load.LeftOutRecords;
import corridor.data.load.Problem;
import corridor.data.load.RecordLocations;
import corridor.model.Dataset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;

/**
 * One dataset being read: each layer's file is read row by row ({@link LayerFile}); a record is kept
 * with the place it was read from, or left out (and noted, for knock-on errors) when its row has an
 * error. Every problem is kept. Not thread-safe: one per dataset read.
 */
final class Reading {

    private final DatasetFiles files;
    private final List<Problem> problems = new ArrayList<>();
    private final IdentityHashMap<Object, RecordLocations.Where> locations = new IdentityHashMap<>();
    private final LeftOutRecords leftOut = new LeftOutRecords();

    Reading(DatasetFiles files) {
        this.files = files;
    }

    /** The records of a layer's file; none when it is absent (an error when it is required). */
    <T> List<T> read(LayerFile<T> layer) {
        List<T> records = new ArrayList<>();
        text(layer.name()).ifPresent(text -> layer.features(text, problems)
                .forEach(feature -> keep(records, layer.parse(feature), feature.row())));
        return records;
    }

    private Optional<String> text(String file) {
        try {
            Optional<String> text = files.read(file);
            if (text.isEmpty() && DatasetFiles.REQUIRED.contains(file)) {
                problems.add(Problem.error(file, "", "", "required file is missing"));
            }
            return text;
        } catch (IOException e) {
            problems.add(Problem.error(file, "", "", "cannot read the file: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private <T> void keep(List<T> records, T record, Row row) {
        if (record != null && !row.failed()) {
            locations.put(record, new RecordLocations.Where(row.file(), row.location()));
            records.add(record);
        } else {
            leftOut.add(row.file(), row.quietText("id"), row.location());
        }
    }

    /** Notes that {@code record} (a part or a changed copy of a record read) stands where {@code original} was read. */
    void locateAs(Object record, Object original) {
        locations.put(record, locations.get(original));
    }

    /** Where {@code record} was read from. */
    RecordLocations.Where where(Object record) {
        return locations.get(record);
    }

    /** Where a record left out for its own errors is, if {@code id} of {@code file} is one. */
    Optional<String> leftOut(String file, String id) {
        return leftOut.where(file, id);
    }

    void problem(Problem problem) {
        problems.add(problem);
    }

    /** The read: {@code dataset}, built of the records kept, with the problems and places noted. */
    ParsedDataset parsed(Dataset dataset) {
        return new ParsedDataset(dataset, problems, RecordLocations.of(locations), leftOut);
    }
}
