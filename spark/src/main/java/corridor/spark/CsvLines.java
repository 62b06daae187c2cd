package corridor.spark;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Splits one line of CSV text into its fields as {@code corridor monitor ingest}'s reader
 * (commons-csv's default format) splits a record written on one line: a line without a quote
 * character at its commas, any other line by commons-csv itself. A record spread over several
 * lines (a quoted line break) is not one line's: its parts come out as malformed. Stateless.
 */
final class CsvLines {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT;

    private CsvLines() {
    }

    /** The fields of {@code line}; null when it is not a whole CSV record (an unclosed quote). */
    static String[] split(String line) {
        if (line.indexOf('"') >= 0) {
            return parse(line);
        }
        int fields = 1;
        for (int i = line.indexOf(','); i >= 0; i = line.indexOf(',', i + 1)) {
            fields++;
        }
        String[] out = new String[fields];
        int start = 0;
        for (int f = 0; f < fields - 1; f++) {
            int comma = line.indexOf(',', start);
            out[f] = line.substring(start, comma);
            start = comma + 1;
        }
        out[fields - 1] = line.substring(start);
        return out;
    }

    private static String[] parse(String line) {
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(line)).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                return new String[]{""};
            }
            CSVRecord record = records.next();
            if (records.hasNext()) {
                return null;
            }
            return record.values();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return null;
        }
    }
}
