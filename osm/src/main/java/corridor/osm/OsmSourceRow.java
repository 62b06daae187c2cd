package corridor.osm;

import corridor.model.Dataset;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The sources.csv row that cites an OpenStreetMap extract: "© OpenStreetMap contributors, ODbL
 * 1.0", the file's name, SHA-256 and replication timestamp. Used by the import and the tracer.
 */
final class OsmSourceRow {

    private OsmSourceRow() {
    }

    /** {@code <prefix>-<file stem>-<first 12 hex digits of the SHA-256>}. */
    static String id(String prefix, Path pbf, String sha256) {
        String stem = pbf.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("\\.osm\\.pbf$|\\.pbf$", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return prefix + "-" + (stem.isEmpty() ? "extract" : stem) + "-" + sha256.substring(0, 12);
    }

    /**
     * Appends the row to {@code sources} unless {@code dataset} has a source of that id already.
     *
     * @param timestamp the extract's replication timestamp (ISO-8601), or {@code null}
     * @param usage     how the extract was used, ending the citation ("imported with corridor import osm")
     */
    static void append(Path sources, Dataset dataset, String sourceId, Path pbf, PbfFile.Checked checked,
                       String timestamp, String usage) throws IOException {
        if (dataset.source(sourceId).isPresent()) {
            return; // the same file again: its row is there already
        }
        String date = timestamp == null ? "" : timestamp.substring(0, 10);
        String citation = "© OpenStreetMap contributors, ODbL 1.0; OpenStreetMap extract " + pbf.getFileName()
                + " (SHA-256 " + checked.sha256() + ", replication timestamp "
                + (timestamp == null ? "not given in the file's header" : timestamp) + "), " + usage;
        StringWriter row = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(row, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(sourceId, "OpenStreetMap contributors", "OpenStreetMap extract " + pbf.getFileName(),
                    date, "https://www.openstreetmap.org/copyright", citation, "reference");
        }
        String text = Files.readString(sources, StandardCharsets.UTF_8);
        if (!text.isEmpty() && !text.endsWith("\n")) {
            text += "\n";
        }
        Files.writeString(sources, text + row, StandardCharsets.UTF_8);
    }
}
