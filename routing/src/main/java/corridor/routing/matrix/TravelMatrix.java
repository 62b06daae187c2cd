package corridor.routing.matrix;

import corridor.model.network.Place;

import java.util.List;

/**
 * The answer of {@link MatrixEngine#compute}: a cell for every pair of a row place and a column
 * place, in the order asked.
 *
 * @param from           the row places
 * @param to             the column places
 * @param cells          row by row: {@code cells.get(i).get(j)} from {@code from.get(i)} to {@code to.get(j)}
 * @param hierarchy      whether the query could be asked of the hierarchy at all (one mode, no risk
 *                       ceiling); when false every cell is the router's
 * @param customizationMs milliseconds spent customizing the hierarchy for this query's weighting (0
 *                       when a customization was reused or the hierarchy was not used)
 */
public record TravelMatrix(List<Place> from, List<Place> to, List<List<MatrixCell>> cells, boolean hierarchy,
                           double customizationMs) {

    public TravelMatrix {
        from = List.copyOf(from);
        to = List.copyOf(to);
        cells = cells.stream().map(List::copyOf).toList();
    }

    /** The cell from row {@code i} to column {@code j}. */
    public MatrixCell cell(int i, int j) {
        return cells.get(i).get(j);
    }

    /** How many cells the router answered. */
    public long routerCells() {
        return cells.stream().flatMap(List::stream).filter(c -> c.method() == MatrixCell.Method.ROUTER).count();
    }
}
