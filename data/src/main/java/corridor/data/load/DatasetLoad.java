package corridor.data.load;

import corridor.model.Dataset;
import corridor.model.InputException;

import java.util.List;

/**
 * The result of reading a dataset: what could be read, and every problem found on the way.
 * Records with errors of their own are left out of {@code dataset}, which is still returned so
 * that the problems can be reported against it.
 *
 * @param dataset   the records that were read without error
 * @param problems  errors and warnings, in file order
 * @param locations where each record of {@code dataset} was read from
 */
public record DatasetLoad(Dataset dataset, List<Problem> problems, RecordLocations locations) {

    public DatasetLoad {
        problems = List.copyOf(problems);
    }

    /** A load of an in-memory dataset, whose records are located by id. */
    public DatasetLoad(Dataset dataset, List<Problem> problems) {
        this(dataset, problems, RecordLocations.byId());
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /**
     * The dataset, if it has no errors.
     *
     * @throws InputException naming the first error and how many there are
     */
    public Dataset orThrow() {
        List<Problem> errors = errors();
        if (errors.isEmpty()) {
            return dataset;
        }
        Problem first = errors.get(0);
        String more = errors.size() == 1 ? "" : " (the first of " + errors.size() + " errors)";
        throw new InputException(first.where(), first.field(), first.message() + more);
    }
}
