package corridor.data.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import corridor.data.load.Problem;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a CSV file of a dataset into {@link Row}s, checking its header: a missing required column
 * or an unknown column is an error at line 1. Lines count the header as line 1 and follow the
 * physical lines of the file, so a quoted value spanning lines does not shift later numbers.
 */
public final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();

    private CsvTable() {
    }

    /**
     * The data rows of a CSV file; every problem (header, field counts, malformed text) is added to
     * {@code problems}, and the rows report theirs there too.
     *
     * @param file     the file's name, for problems
     * @param required columns that must be present
     * @param optional columns that may be present
     * @return the data rows; none when the header itself is unusable
     */
    public static List<Row> read(String file, String text, List<String> required, List<String> optional,
                          List<Problem> problems) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int[] lineStarts = lineStarts(content);
        List<Row> rows = new ArrayList<>();
        CSVParser parser;
        try {
            parser = CSVParser.parse(new StringReader(content), FORMAT);
        } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
            problems.add(Problem.error(file, "line 1", "", "invalid header: " + e.getMessage()));
            return rows;
        }
        try (parser) {
            List<String> header = parser.getHeaderNames();
            if (!checkHeader(file, header, required, optional, problems)) {
                return rows;
            }
            for (CSVRecord record : parser) {
                String location = "line " + lineOf(lineStarts, record.getCharacterPosition());
                if (!record.isConsistent()) {
                    problems.add(Problem.error(file, location, "", "has " + record.size()
                            + " fields; the header has " + header.size()));
                    continue;
                }
                Map<String, JsonNode> values = new HashMap<>();
                for (String column : header) {
                    values.put(column, TextNode.valueOf(record.get(column)));
                }
                rows.add(new Row(file, location, values, problems));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(Problem.error(file, "line " + (parser.getCurrentLineNumber() + 1), "",
                    "malformed CSV: " + rootMessage(e)));
        }
        return rows;
    }

    private static boolean checkHeader(String file, List<String> header, List<String> required,
                                       List<String> optional, List<Problem> problems) {
        Set<String> known = new LinkedHashSet<>(required);
        known.addAll(optional);
        boolean usable = true;
        for (String column : header) {
            if (!known.contains(column)) {
                problems.add(Problem.error(file, "line 1", column, "unknown column; expected one of "
                        + String.join(", ", known)));
            }
        }
        for (String column : required) {
            if (!header.contains(column)) {
                problems.add(Problem.error(file, "line 1", column, "missing required column"));
                usable = false;
            }
        }
        return usable;
    }

    private static int[] lineStarts(String content) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < content.length(); i++) {
            if (content.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 1-based line holding the character at {@code position}. */
    private static int lineOf(int[] lineStarts, long position) {
        int index = Arrays.binarySearch(lineStarts, (int) position);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
