package corridor.data.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The file of rows an import set aside: a CSV with columns {@code file, location, column, reason,
 * row} (the row as read), written to a temporary file and moved into place atomically.
 */
public final class RejectsFile {

    private RejectsFile() {
    }

    /** Writes {@code rejected} to {@code file}, replacing it. */
    public static void write(Path file, List<RejectedRow> rejected) {
        Path target = file.toAbsolutePath().normalize();
        Path temp = null;
        try {
            temp = Files.createTempFile(target.getParent(), ".rejects-", ".csv");
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                 CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
                         .setHeader("file", "location", "column", "reason", "row").get())) {
                for (RejectedRow row : rejected) {
                    printer.printRecord(row.file(), row.location(), row.column(), row.reason(), row.text());
                }
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                temp.toFile().delete();
            }
        }
    }
}
