package corridor.api.matrix;

import corridor.model.network.Place;
import corridor.routing.matrix.MatrixCell;
import corridor.routing.matrix.TravelMatrix;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * A travel matrix as text for {@code corridor matrix}: readable tables (hours, km, US dollars; a
 * dash where no route exists, a star on the cells the router answered, their notes below), or CSV,
 * one line per cell. Stateless; thread-safe.
 */
public final class MatrixText {

    /** The CSV header. */
    public static final List<String> CSV_COLUMNS = List.of("from_id", "from_name", "to_id", "to_name", "reachable",
            "hours", "distance_km", "cost_usd", "co2_kg", "method", "note");

    private static final int NAME_WIDTH = 18;

    private MatrixText() {
    }

    /** Three tables (hours, km, US dollars), rows from, columns to, then the notes. */
    public static String table(TravelMatrix matrix) {
        StringBuilder out = new StringBuilder();
        block(out, matrix, "hours", MatrixCell::hours, "%.1f");
        block(out, matrix, "distance, km", MatrixCell::distanceKm, "%.0f");
        block(out, matrix, "cost, US$", MatrixCell::costUsd, "%.0f");
        long router = matrix.routerCells();
        out.append(String.format(Locale.ROOT, "%d cells: %d by the contraction hierarchy, %d by the A* router (*)%s%n",
                (long) matrix.from().size() * matrix.to().size(), (long) matrix.from().size() * matrix.to().size()
                        - router, router, matrix.hierarchy() ? "" : "; the query cannot be asked of the hierarchy"));
        for (int i = 0; i < matrix.from().size(); i++) {
            for (int j = 0; j < matrix.to().size(); j++) {
                MatrixCell cell = matrix.cell(i, j);
                if (!cell.note().isEmpty()) {
                    out.append(matrix.from().get(i).name()).append(" → ").append(matrix.to().get(j).name()).append(": ")
                            .append(cell.note()).append(System.lineSeparator());
                }
            }
        }
        return out.toString();
    }

    private static void block(StringBuilder out, TravelMatrix matrix, String title, ToDoubleFunction<MatrixCell> value,
                              String pattern) {
        List<String> header = new ArrayList<>();
        header.add(pad(title, NAME_WIDTH));
        for (Place to : matrix.to()) {
            header.add(pad(cut(to.name(), 12), 13));
        }
        out.append(String.join(" ", header).stripTrailing()).append(System.lineSeparator());
        for (int i = 0; i < matrix.from().size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(pad(cut(matrix.from().get(i).name(), NAME_WIDTH), NAME_WIDTH));
            for (MatrixCell cell : matrix.cells().get(i)) {
                String text = cell.reachable() ? String.format(Locale.ROOT, pattern, value.applyAsDouble(cell)) : "—";
                row.add(pad(text + (cell.method() == MatrixCell.Method.ROUTER ? "*" : ""), 13));
            }
            out.append(String.join(" ", row).stripTrailing()).append(System.lineSeparator());
        }
        out.append(System.lineSeparator());
    }

    /** One line per cell, {@link #CSV_COLUMNS}, empty totals where no route exists; full precision. */
    public static String csv(TravelMatrix matrix) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(CSV_COLUMNS.toArray(String[]::new)).setRecordSeparator("\n").get())) {
            for (int i = 0; i < matrix.from().size(); i++) {
                Place from = matrix.from().get(i);
                for (int j = 0; j < matrix.to().size(); j++) {
                    Place to = matrix.to().get(j);
                    MatrixCell c = matrix.cell(i, j);
                    printer.printRecord(from.id(), from.name(), to.id(), to.name(), c.reachable(), number(c, c.hours()),
                            number(c, c.distanceKm()), number(c, c.costUsd()), number(c, c.co2Kg()),
                            c.method().name().toLowerCase(Locale.ROOT), c.note());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String number(MatrixCell cell, double value) {
        return cell.reachable() ? Double.toString(value) : "";
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
