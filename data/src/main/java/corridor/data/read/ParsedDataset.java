package corridor.data.read;

import corridor.data.load.LeftOutRecords;
import corridor.data.load.Problem;
import corridor.data.load.RecordLocations;
import corridor.model.Dataset;

import java.util.List;

/**
 * A dataset's files as read, before the rules across records and files ran.
 *
 * @param dataset   the records read without error of their own
 * @param problems  the problems of the files and their records, in the order found
 * @param locations where each record was read from
 * @param leftOut   the records left out for their own errors
 */
public record ParsedDataset(Dataset dataset, List<Problem> problems, RecordLocations locations,
                            LeftOutRecords leftOut) {

    public ParsedDataset {
        problems = List.copyOf(problems);
    }
}
