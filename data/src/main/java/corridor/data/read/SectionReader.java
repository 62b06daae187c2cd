package corridor.data.read;

import corridor.data.format.Row;
import corridor.data.load.DatasetFiles;
import corridor.model.network.CorridorSection;
import corridor.model.source.Provenance;

import java.util.List;

/** Reads sections.csv: fixed corridor sections, each a named chain of links in order. */
final class SectionReader {

    /** {@code sections.csv}: its columns, required then optional, and how a row becomes a record. */
    static final LayerFile<CorridorSection> FILE = LayerFile.csv(DatasetFiles.SECTIONS,
            List.of("id", "name", "links", "source"),
            List.of("confidence", "note"), SectionReader::section);

    private static CorridorSection section(Row row) {
        String id = row.id("id");
        String name = row.required("name");
        List<String> linkIds = row.idList("links");
        if (linkIds.isEmpty() && !row.failed()) {
            row.error("links", "missing: the ids of the links the section covers, in order, separated by ';'");
        }
        Provenance provenance = row.provenance();
        return row.failed() ? null : new CorridorSection(id, name, linkIds, provenance);
    }

    private SectionReader() {
    }
}
