package corridor.data.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order problems are reported in: by file (as DATASET.md lists the files), then by line or
 * feature; knock-on errors (references to records left out for their own errors) after all
 * others, so that the first error is a root cause. Problems at one place keep the order they were
 * found in.
 */
public final class ProblemOrder {

    private ProblemOrder() {
    }

    /** The problems in report order, as a new list. */
    public static List<Problem> sorted(List<Problem> problems) {
        List<Problem> result = new ArrayList<>(problems);
        result.sort(Comparator.comparing(Problem::isKnockOn)
                .thenComparingInt((Problem p) -> fileOrder(p.file()))
                .thenComparingLong(p -> positionOf(p.location())));
        return result;
    }

    private static int fileOrder(String file) {
        int index = DatasetFiles.ALL.indexOf(file);
        return index >= 0 ? index : DatasetFiles.ALL.size();
    }

    private static long positionOf(String location) {
        int space = location.lastIndexOf(' ');
        try {
            return space < 0 ? -1 : Long.parseLong(location.substring(space + 1));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
