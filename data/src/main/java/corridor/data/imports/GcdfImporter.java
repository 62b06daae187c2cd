package corridor.data.imports;

import corridor.model.InputException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads AidData's Global Chinese Development Finance dataset 3.0 (a 126-column CSV, one row per
 * financial commitment) into projects.
 *
 * <ul>
 *   <li>id {@code aiddata-N} and {@code aiddata_id} N from {@code AidData Record ID}; name from {@code Title};</li>
 *   <li>phase: AidData records no CPEC phase, so the caller says which one the rows are filed under;</li>
 *   <li>sector from the OECD CRS {@code Sector Code} ({@link GcdfSectors}): 210 transport, 230 energy,
 *       310 agriculture, 320 (industry, mining, construction) industry_sez, 110–160 (education, health,
 *       population, water, government, other social) social; every other code GCDF uses (220
 *       communications, 330 trade policies, 410 environmental protection, ...) and any code it may add
 *       later becomes {@code other}, with the code and AidData's sector name in the note. A row is never
 *       rejected for its sector;</li>
 *   <li>status from {@code Status}: Completion completed, Implementation under_construction,
 *       Pipeline: Commitment planned, Pipeline: Pledge proposed, Suspended suspended; a cancelled
 *       commitment is a bad row;</li>
 *   <li>cost: {@code Amount (Constant USD 2021)} in USD of 2021, <b>only</b> for rows whose
 *       {@code Recommended For Aggregates} is Yes. AidData marks the others (umbrella agreements whose
 *       money is counted in their children, duplicates, cancelled pledges) as not to be summed; their
 *       cost stays empty and the amount is kept in the note, so that no total double-counts them;</li>
 *   <li>start and completion: {@code Implementation Start Year} and {@code Completion Year};</li>
 *   <li>no location: the project-level file has no coordinates.</li>
 * </ul>
 * The global file covers every recipient country; with a recipient ({@code PAK}) only its rows are
 * imported and the others are counted as left out.
 */
final class GcdfImporter {

    static final String RECORD_ID = "AidData Record ID";
    static final String RECOMMENDED = "Recommended For Aggregates";
    static final String AMOUNT = "Amount (Constant USD 2021)";
    static final List<String> COLUMNS = List.of(RECORD_ID, RECOMMENDED, "Financier Country", "Recipient",
            "Recipient ISO-3",
            "Commitment Year", "Implementation Start Year", "Completion Year", "Title", "Status", "Sector Code",
            "Sector Name", "Funding Agencies", AMOUNT, "Source Publishers");

    private static final Map<String, String> STATUSES = Map.of(
            "completion", "completed", "implementation", "under_construction", "pipeline: commitment", "planned",
            "pipeline: pledge", "proposed", "suspended", "suspended", "suspension", "suspended");

    private GcdfImporter() {
    }

    static ImportBatch read(String file, byte[] bytes, ImportOptions options) {
        String phase = options.phase();
        if (phase == null || phase.isBlank()) {
            throw InputException.ofParameter("--phase", "AidData records no CPEC phase; say which phase the "
                    + "imported projects are filed under: 1 or 2.0");
        }
        if (!phase.equals("1") && !phase.equals("2.0")) {
            throw InputException.ofParameter("--phase", "unknown phase '" + phase + "'; expected 1 or 2.0");
        }
        String text = InputText.utf8(file, bytes);
        String sourceId = "import-gcdf-" + InputText.digest(bytes);
        long[] otherRecipients = {0};
        RowCollector rows = RowCollector.ofCsv(file, text, COLUMNS, options, row -> {
            if (options.recipient() != null && !row.get("Recipient ISO-3").equalsIgnoreCase(options.recipient())) {
                otherRecipients[0]++;
                return null;
            }
            return record(row, phase, sourceId, file);
        });
        Map<String, String> source = SourceRows.generated(sourceId, "AidData at William & Mary",
                "Global Chinese Development Finance Dataset, Version 3.0, file " + file, "academic", file, bytes, options);
        List<String> notes = options.recipient() == null ? List.of() : List.of(otherRecipients[0]
                + " rows for recipients other than " + options.recipient() + " left out");
        return rows.batch(ImportKind.GCDF, "projects.geojson", source, notes);
    }

    /** The AidData rule: sum only the rows recommended for aggregates. */
    static List<String> totals(List<NewRecord> records) {
        double sum = 0;
        int summed = 0;
        int notRecommended = 0;
        for (NewRecord record : records) {
            Object amount = record.fields().get("cost_amount");
            if (amount != null) {
                sum += Double.parseDouble(amount.toString());
                summed++;
            } else if (Boolean.FALSE.equals(recommended(record))) {
                notRecommended++;
            }
        }
        return List.of(String.format(Locale.ROOT, "total US$%,.0f (constant 2021 dollars) over %d rows "
                        + "recommended for aggregates", sum, summed),
                notRecommended + " rows not recommended for aggregates: imported without a cost (amount in the note)");
    }

    private static Boolean recommended(NewRecord record) {
        Object note = record.fields().get("note");
        return note != null && note.toString().contains(RECOMMENDED + ": No") ? Boolean.FALSE : Boolean.TRUE;
    }

    private static NewRecord record(CsvInput.InputRow row, String phase, String sourceId, String file) {
        long recordId = Fields.whole(RECORD_ID, Fields.required(row, RECORD_ID), 1, Long.MAX_VALUE / 2);
        String recommendedText = Fields.required(row, RECOMMENDED);
        boolean recommended;
        if (recommendedText.equalsIgnoreCase("yes")) {
            recommended = true;
        } else if (recommendedText.equalsIgnoreCase("no")) {
            recommended = false;
        } else {
            throw new BadRow(RECOMMENDED, "expected Yes or No, got '" + Fields.shorten(recommendedText) + "'");
        }
        String title = Fields.oneLine(Fields.required(row, "Title"));
        String statusText = Fields.required(row, "Status");
        String status = STATUSES.get(statusText.toLowerCase(Locale.ROOT));
        if (status == null) {
            throw new BadRow("Status", "status '" + Fields.shorten(statusText) + "' has no Corridor status"
                    + (statusText.equalsIgnoreCase("cancelled") ? " (a cancelled commitment is not a project)" : ""));
        }
        String sectorCode = Fields.oneLine(row.get("Sector Code"));
        String sector = GcdfSectors.sector(sectorCode);
        Double amount = Fields.number(AMOUNT, row.get(AMOUNT));
        if (amount != null && amount < 0) {
            throw new BadRow(AMOUNT, "negative amount " + Fields.plain(amount));
        }
        Long start = Fields.whole("Implementation Start Year", row.get("Implementation Start Year"), 1900, 2100);
        Long completion = Fields.whole("Completion Year", row.get("Completion Year"), 1900, 2100);
        String id = "aiddata-" + recordId;
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("name", title);
        fields.put("phase", phase);
        fields.put("sector", sector);
        fields.put("status", status);
        if (amount != null && recommended) {
            fields.put("cost_amount", Fields.plain(amount));
            fields.put("cost_currency", "USD");
            fields.put("cost_year", "2021");
        }
        if (start != null) {
            fields.put("start", start.toString());
        }
        if (completion != null) {
            fields.put("completion", completion.toString());
        }
        fields.put("aiddata_id", Long.toString(recordId));
        fields.put("source", sourceId);
        fields.put("confidence", "reported");
        fields.put("note", note(row, file, recommended, amount, sectorCode));
        return new NewRecord(id, fields, null, row.location(), row.text());
    }

    private static String note(CsvInput.InputRow row, String file, boolean recommended, Double amount,
                               String sectorCode) {
        StringBuilder note = new StringBuilder("AidData GCDF 3.0 record ").append(row.get(RECORD_ID))
                .append(" (").append(file).append(' ').append(row.location()).append("); ")
                .append(RECOMMENDED).append(": ").append(recommended ? "Yes" : "No");
        if (!recommended && amount != null) {
            note.append(" (amount US$").append(Fields.plain(amount)).append(" in constant 2021 dollars not summed)");
        }
        note.append("; financier ").append(row.get("Financier Country")).append(", ").append(row.get("Funding Agencies"))
                .append("; recipient ").append(row.get("Recipient")).append("; status ").append(row.get("Status"))
                .append("; sector ").append(GcdfSectors.describe(sectorCode, Fields.oneLine(row.get("Sector Name"))));
        String publishers = Fields.oneLine(row.get("Source Publishers"));
        if (!publishers.isEmpty()) {
            note.append("; AidData's sources: ").append(publishers.length() > 200 ? publishers.substring(0, 197) + "..."
                    : publishers);
        }
        return Fields.oneLine(note.toString());
    }
}
