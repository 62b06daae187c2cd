package corridor.routing.io;

import corridor.model.InputException;
import corridor.routing.analysis.OdPair;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads {@link OdPair}s from CSV text with the header {@code from,to[,note]}. Stateless; thread-safe. */
public final class OdPairReader {

    private static final Set<String> COLUMNS = Set.of("from", "to", "note");

    /**
     * Parses a CSV of pairs with the header {@code from,to[,note]}.
     *
     * @param where names the file in errors
     * @throws InputException on an unknown column, a missing id, or no pairs at all
     */
    public static List<OdPair> parse(String text, String where) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (String column : parser.getHeaderNames()) {
                if (!COLUMNS.contains(column)) {
                    throw new InputException(where, column, "unknown column; expected from, to and optionally note");
                }
            }
            if (!parser.getHeaderNames().contains("from") || !parser.getHeaderNames().contains("to")) {
                throw new InputException(where, "", "the header must name the columns from and to");
            }
            List<OdPair> pairs = new ArrayList<>();
            for (CSVRecord record : parser) {
                String line = where + " line " + parser.getCurrentLineNumber();
                String from = record.isSet("from") ? record.get("from") : "";
                String to = record.isSet("to") ? record.get("to") : "";
                if (from.isEmpty() || to.isEmpty()) {
                    throw new InputException(line, from.isEmpty() ? "from" : "to", "required");
                }
                if (from.equals(to)) {
                    throw new InputException(line, "to", "same place as from");
                }
                pairs.add(new OdPair(from, to, record.isMapped("note") && record.isSet("note") ? record.get("note") : ""));
            }
            if (pairs.isEmpty()) {
                throw new InputException(where, "", "no pairs");
            }
            return pairs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InputException(where, "", "not a valid CSV: " + e.getMessage());
        }
    }

    private OdPairReader() {
    }
}
