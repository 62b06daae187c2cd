package corridor.cli.evidence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import corridor.evidence.check.Figures;
import corridor.model.record.Money;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** Output helpers shared by the evidence commands: table, JSON and CSV rendering, figures in words. */
final class EvidenceFormat {

    /** The output formats of the evidence commands. */
    enum Output { TABLE, JSON, CSV }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EvidenceFormat() {
    }

    /** Prints {@code value} as indented JSON. */
    static void json(PrintWriter out, Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints a CSV table with a header. */
    static void csv(PrintWriter out, List<String> header, List<List<String>> rows) {
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
                    .setHeader(header.toArray(String[]::new)).get());
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints a plain-text table, each column as wide as its widest cell. */
    static void table(PrintWriter out, List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        printRow(out, header, widths);
        StringBuilder rule = new StringBuilder();
        for (int width : widths) {
            rule.append("-".repeat(width)).append("  ");
        }
        out.println(rule.toString().stripTrailing());
        rows.forEach(row -> printRow(out, row, widths));
    }

    private static void printRow(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            line.append(String.format(Locale.ROOT, "%-" + widths[i] + "s  ", cells.get(i)));
        }
        out.println(line.toString().stripTrailing());
    }

    /** A cost as published: "US$1.8 billion (2017)", "PKR 567.453 billion (2024)", or "unknown". */
    static String money(Money cost) {
        if (cost == null) {
            return "unknown";
        }
        String amount = cost.currency().equals("USD") ? Figures.money(cost.amount())
                : cost.currency() + " " + scaled(cost.amount());
        return amount + " (" + cost.year() + ")";
    }

    private static String scaled(double amount) {
        if (Math.abs(amount) >= 1e9) {
            return Figures.plain(amount / 1e9, 3) + " billion";
        }
        if (Math.abs(amount) >= 1e6) {
            return Figures.plain(amount / 1e6, 3) + " million";
        }
        return Figures.grouped(amount);
    }

    /** An enum value in lower case, or "" for null. */
    static String name(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(Locale.ROOT);
    }
}
