package corridor.evidence;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The tests' CSV tables, read from test resources with their header. */
final class TestTables {

    private TestTables() {
    }

    static <T> List<T> read(String resource, Function<CSVRecord, T> row) throws IOException {
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(TestTables.class.getResourceAsStream(resource),
                resource), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
                    .map(row).toList();
        }
    }
}
