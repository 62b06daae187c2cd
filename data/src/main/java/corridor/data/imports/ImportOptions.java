package corridor.data.imports;

import java.time.LocalDate;
import java.util.function.LongConsumer;

/**
 * How to import.
 *
 * @param skipBadRows whether bad rows are set aside (and reported) instead of stopping the import
 * @param phase       for AidData: the CPEC phase ("1" or "2.0") the imported projects are filed under,
 *                    which AidData does not record; null for other kinds
 * @param layer       for GeoJSON: the layer file the features belong to ({@code projects.geojson});
 *                    null for other kinds
 * @param importDate  the day of the import, written into the generated source's citation
 * @param progress    told the number of rows read so far, every {@link #PROGRESS_EVERY} rows and at the end
 * @param recipient   for AidData: only rows whose {@code Recipient ISO-3} is this code ({@code PAK}) are
 *                    imported, the others are left out and counted; null for every row
 */
public record ImportOptions(boolean skipBadRows, String phase, String layer, LocalDate importDate,
                            LongConsumer progress, String recipient) {

    /** How often, in rows, progress is reported. */
    public static final int PROGRESS_EVERY = 1000;

    public ImportOptions {
        progress = progress == null ? rows -> { } : progress;
        recipient = recipient == null || recipient.isBlank() ? null : recipient.strip();
    }

    /** Options for every recipient. */
    public ImportOptions(boolean skipBadRows, String phase, String layer, LocalDate importDate, LongConsumer progress) {
        this(skipBadRows, phase, layer, importDate, progress, null);
    }

    /** Options for a strict import with no phase or layer and no progress. */
    public static ImportOptions strict(LocalDate importDate) {
        return new ImportOptions(false, null, null, importDate, null);
    }

    public ImportOptions withSkipBadRows(boolean skip) {
        return new ImportOptions(skip, phase, layer, importDate, progress, recipient);
    }

    public ImportOptions withPhase(String newPhase) {
        return new ImportOptions(skipBadRows, newPhase, layer, importDate, progress, recipient);
    }

    public ImportOptions withLayer(String newLayer) {
        return new ImportOptions(skipBadRows, phase, newLayer, importDate, progress, recipient);
    }

    public ImportOptions withRecipient(String newRecipient) {
        return new ImportOptions(skipBadRows, phase, layer, importDate, progress, newRecipient);
    }
}
