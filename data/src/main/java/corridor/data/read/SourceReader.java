package corridor.data.read;

import corridor.data.format.Row;
import corridor.data.load.DatasetFiles;
import corridor.model.source.PublisherType;
import corridor.model.source.Source;

import java.util.List;

/** Reads sources.csv: who published what, when, and where to find it. */
final class SourceReader {

    /** {@code sources.csv}: its columns, required then optional, and how a row becomes a record. */
    static final LayerFile<Source> FILE = LayerFile.csv(DatasetFiles.SOURCES,
            List.of("id", "publisher", "title", "publisher_type"),
            List.of("date", "url", "citation"), SourceReader::source);

    private static Source source(Row row) {
        String id = row.id("id");
        String publisher = row.required("publisher");
        String title = row.required("title");
        String date = row.partialDate("date");
        String url = row.text("url");
        String citation = row.text("citation");
        PublisherType type = row.enumValue("publisher_type", PublisherType.class, true);
        // A source without url or citation is kept here; the validator reports it with the records citing it.
        if (!url.isEmpty() && !url.startsWith("https://") && !url.startsWith("http://")) {
            row.error("url", "not a web address: '" + url + "'; expected http:// or https://");
        }
        return new Source(id, publisher, title, date, url, citation, type);
    }

    private SourceReader() {
    }
}
