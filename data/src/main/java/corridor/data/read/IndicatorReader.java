package corridor.data.read;

import corridor.data.format.PeriodLabel;
import corridor.data.format.Row;
import corridor.data.load.DatasetFiles;
import corridor.model.record.IndicatorValue;
import corridor.model.record.Period;
import corridor.model.source.Provenance;

import java.util.List;
import java.util.regex.Pattern;

/** Reads indicators.csv: published values of a measure for a subject, a reporter and a period. */
final class IndicatorReader {

    /** {@code indicators.csv}: its columns, required then optional, and how a row becomes a record. */
    static final LayerFile<IndicatorValue> FILE = LayerFile.csv(DatasetFiles.INDICATORS,
            List.of("id", "subject", "measure", "reporter", "period", "value", "unit", "source"),
            List.of("confidence", "note"), IndicatorReader::indicator);

    private static final Pattern MEASURE = Pattern.compile("[a-z0-9_]+(\\.[a-z0-9_]+)*");

    private static IndicatorValue indicator(Row row) {
        String id = row.id("id");
        String subject = row.id("subject");
        String measure = row.required("measure");
        if (!measure.isEmpty() && !MEASURE.matcher(measure).matches()) {
            row.error("measure", "invalid measure '" + measure + "'; expected a dotted name such as trade.total");
        }
        String reporter = row.required("reporter");
        String periodText = row.required("period");
        Period period = null;
        if (!periodText.isEmpty()) {
            period = PeriodLabel.parse(periodText).orElse(null);
            if (period == null) {
                row.error("period", "invalid period '" + periodText + "'; " + PeriodLabel.EXPECTED);
            }
        }
        Double value = row.number("value");
        if (value == null && row.text("value").isEmpty()) {
            row.error("value", "missing required value");
        }
        String unit = row.required("unit");
        Provenance provenance = row.provenance();
        if (row.failed()) {
            return null;
        }
        return new IndicatorValue(id, subject, measure, reporter, period, value, unit, provenance);
    }

    private IndicatorReader() {
    }
}
