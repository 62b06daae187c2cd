package corridor.data.imports;

import corridor.model.InputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads an input CSV file row by row with its physical line numbers (the header is line 1; a
 * quoted value spanning lines does not shift later numbers), after checking that the header holds
 * the columns an importer needs. Structural damage (an unterminated quote) stops the read with an
 * {@link InputException} at the line where it was found.
 */
final class CsvInput {

    /** One data row. */
    record InputRow(long line, CSVRecord record, List<String> header) {

        String location() {
            return "line " + line;
        }

        /** The trimmed value of a column, "" when empty. */
        String get(String column) {
            return record.isMapped(column) && record.isSet(column) ? record.get(column).trim() : "";
        }

        /** The row as one CSV line, for a rejects file. */
        String text() {
            return String.join(",", record.toList().stream().map(CsvInput::quote).toList());
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .setAllowDuplicateHeaderNames(false)
            .get();

    private CsvInput() {
    }

    /**
     * Reads {@code text}, checks its header for {@code required} columns, and gives each data row to
     * {@code rows}.
     *
     * @throws InputException for a header without a required column, or a structurally broken file
     */
    static void read(String file, String text, List<String> required, Consumer<InputRow> rows) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVParser parser;
        try {
            parser = CSVParser.parse(new StringReader(content), FORMAT);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new InputException(file + " line 1", "", "unreadable header: " + rootMessage(e));
        }
        try (parser) {
            List<String> header = parser.getHeaderNames();
            List<String> missing = new ArrayList<>();
            for (String column : required) {
                if (!header.contains(column)) {
                    missing.add(column);
                }
            }
            if (!missing.isEmpty()) {
                throw new InputException(file + " line 1", missing.get(0), "missing column" + (missing.size() > 1
                        ? "s " + String.join(", ", missing) : "") + "; is this the right kind of file?");
            }
            long previousEnd = parser.getCurrentLineNumber();
            Iterator<CSVRecord> iterator = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!iterator.hasNext()) {
                        break;
                    }
                    record = iterator.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new InputException(file + " line " + (previousEnd + 1), "", "malformed CSV: "
                            + rootMessage(e));
                }
                long line = previousEnd + 1 + leadingBlankLines(record, content);
                previousEnd = parser.getCurrentLineNumber();
                rows.accept(new InputRow(line, record, header));
            }
        } catch (IOException e) {
            throw new InputException(file, "", "cannot read: " + e.getMessage());
        }
    }

    /** Blank lines skipped before a record (commons-csv ignores them but counts them). */
    private static long leadingBlankLines(CSVRecord record, String content) {
        long blanks = 0;
        int position = (int) record.getCharacterPosition() - 1;
        // walk back over line breaks directly before the record: each extra one is a skipped empty line
        while (position > 0 && (content.charAt(position) == '\n' || content.charAt(position) == '\r')) {
            if (content.charAt(position) == '\n') {
                blanks++;
            }
            position--;
        }
        return Math.max(0, blanks - 1);
    }

    static String quote(String value) {
        boolean needs = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return needs ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
