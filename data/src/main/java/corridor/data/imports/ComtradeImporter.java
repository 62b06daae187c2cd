package corridor.data.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a UN Comtrade CSV in the current format (the API and bulk download, 47 columns from
 * {@code typeCode} to {@code isAggregate}) into indicator values: one per reporter, partner, flow,
 * commodity code and period.
 *
 * <ul>
 *   <li>measure: {@code trade.exports.R_to_P} for an export flow ({@code X}),
 *       {@code trade.imports.R_from_P} for an import flow ({@code M}), where R and P are the
 *       reporter and partner as ISO alpha-2 for China ({@code cn}, code 156) and Pakistan
 *       ({@code pk}, 586) and lower-case ISO alpha-3 otherwise; a commodity code other than
 *       {@code TOTAL} is appended ({@code .hs85});</li>
 *   <li>reporter: the reporting country and the channel, {@code CN-COMTRADE}: a country's own
 *       figures as it reported them to the UN, a series of their own;</li>
 *   <li>period: {@code refYear} for annual data, {@code YYYY-MM/YYYY-MM} for a monthly row;</li>
 *   <li>value: {@code primaryValue}, in US dollars.</li>
 * </ul>
 * Re-export and re-import flows and rows without a value are bad rows. The legacy 22-column format
 * ({@code Classification,Year,...}) is refused with a message saying so.
 */
final class ComtradeImporter {

    static final List<String> COLUMNS = List.of("freqCode", "refYear", "refMonth", "reporterCode", "reporterISO",
            "reporterDesc", "flowCode", "flowDesc", "partnerCode", "partnerISO", "partnerDesc", "cmdCode", "cmdDesc",
            "primaryValue");
    private static final Map<String, String> ALPHA2 = Map.of("156", "cn", "586", "pk");
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{1,12}");
    private static final Pattern ISO3 = Pattern.compile("[A-Za-z]{3}");

    private ComtradeImporter() {
    }

    static ImportBatch read(String file, byte[] bytes, ImportOptions options) {
        String text = InputText.utf8(file, bytes);
        if (text.startsWith("Classification,Year,Period") || text.startsWith("\uFEFFClassification,Year,Period")) {
            throw new corridor.model.InputException(file + " line 1", "", "this is the legacy Comtrade CSV "
                    + "(Classification,Year,Period,...); download the current format (typeCode,freqCode,...)");
        }
        String sourceId = "import-comtrade-" + InputText.digest(bytes);
        RowCollector rows = RowCollector.ofCsv(file, text, COLUMNS, options, row -> record(row, sourceId, file));
        Map<String, String> source = SourceRows.generated(sourceId, "United Nations Statistics Division (UN Comtrade)",
                "UN Comtrade trade data, file " + file, "multilateral", file, bytes, options);
        return rows.batch(ImportKind.COMTRADE, "indicators.csv", source, List.of());
    }

    private static NewRecord record(CsvInput.InputRow row, String sourceId, String file) {
        String frequency = Fields.required(row, "freqCode");
        long year = Fields.whole("refYear", Fields.required(row, "refYear"), 1900, 2100);
        String period;
        String periodId;
        if (frequency.equals("A")) {
            period = Long.toString(year);
            periodId = period;
        } else if (frequency.equals("M")) {
            long month = Fields.whole("refMonth", Fields.required(row, "refMonth"), 1, 12);
            String yearMonth = String.format(Locale.ROOT, "%d-%02d", year, month);
            period = yearMonth + "/" + yearMonth;
            periodId = yearMonth;
        } else {
            throw new BadRow("freqCode", "unknown frequency '" + Fields.shorten(frequency) + "'; expected A or M");
        }
        String reporter = country(row, "reporterCode", "reporterISO");
        String partner = country(row, "partnerCode", "partnerISO");
        String flow = Fields.required(row, "flowCode");
        String commodity = Fields.required(row, "cmdCode");
        if (!CODE.matcher(commodity).matches()) {
            throw new BadRow("cmdCode", "invalid commodity code '" + Fields.shorten(commodity) + "'");
        }
        String suffix = commodity.equalsIgnoreCase("TOTAL") ? "" : ".hs" + commodity.toLowerCase(Locale.ROOT);
        String measure = switch (flow) {
            case "X" -> "trade.exports." + reporter + "_to_" + partner + suffix;
            case "M" -> "trade.imports." + reporter + "_from_" + partner + suffix;
            default -> throw new BadRow("flowCode", "flow '" + Fields.shorten(flow) + "' (" + Fields.shorten(
                    row.get("flowDesc")) + ") is not imported; only exports (X) and imports (M) are");
        };
        Double value = Fields.number("primaryValue", row.get("primaryValue"));
        if (value == null) {
            throw new BadRow("primaryValue", "missing value: the row has no trade value");
        }
        if (value < 0) {
            throw new BadRow("primaryValue", "negative trade value " + Fields.plain(value));
        }
        String id = "comtrade-" + reporter + "-" + flow.toLowerCase(Locale.ROOT) + "-" + partner + "-"
                + commodity.toLowerCase(Locale.ROOT) + "-" + periodId;
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("subject", "cpec");
        fields.put("measure", measure);
        fields.put("reporter", reporter.toUpperCase(Locale.ROOT) + "-COMTRADE");
        fields.put("period", period);
        fields.put("value", Fields.plain(value));
        fields.put("unit", "USD");
        fields.put("source", sourceId);
        fields.put("confidence", "reported");
        fields.put("note", Fields.oneLine("UN Comtrade " + file + " " + row.location() + ": " + row.get("reporterDesc")
                + " (" + row.get("reporterCode") + ") " + row.get("flowDesc") + " " + row.get("partnerDesc") + " ("
                + row.get("partnerCode") + "), " + commodity + " " + row.get("cmdDesc")));
        return new NewRecord(id, fields, null, row.location(), row.text());
    }

    private static String country(CsvInput.InputRow row, String codeColumn, String isoColumn) {
        String code = Fields.required(row, codeColumn);
        Fields.whole(codeColumn, code, 0, 999);
        String alpha2 = ALPHA2.get(code.replaceFirst("^0+(?=.)", ""));
        if (alpha2 != null) {
            return alpha2;
        }
        if (code.equals("0")) {
            return "world";
        }
        String iso = row.get(isoColumn);
        if (!ISO3.matcher(iso).matches()) {
            throw new BadRow(isoColumn, "expected an ISO alpha-3 code for country " + code + ", got '"
                    + Fields.shorten(iso) + "'");
        }
        return iso.toLowerCase(Locale.ROOT);
    }
}
