package corridor.cli.evidence;

import corridor.cli.common.DataCommand;
import corridor.evidence.check.Figures;
import corridor.evidence.series.IndicatorComparison;
import corridor.evidence.series.IndicatorSeries;
import corridor.evidence.series.SeriesDifference;
import corridor.model.record.IndicatorValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * {@code corridor indicators}: the indicator series, one per subject, measure and reporter, and
 * where reporters measure the same thing over overlapping periods, the difference between them.
 */
@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = {"Indicator series, one per measure and reporter (China's customs and Pakistan's statistics "
                + "are separate series; calendar and fiscal years are never added), and the differences between "
                + "reporters over overlapping periods, with a warning where the periods differ (2024 against FY2024)."})
public final class EvidenceIndicatorsCommand extends DataCommand implements Runnable {

    @Option(names = "--measure", paramLabel = "MEASURE", description = "only this measure, or measures under it "
            + "(trade, jobs.direct)")
    String measure;

    @Option(names = "--subject", paramLabel = "SUBJECT", description = "only this subject (cpec, a project or link id)")
    String subject;

    @Override
    public void run() {
        List<IndicatorValue> values = data.dataset().indicators().stream()
                .filter(v -> measure == null || v.measure().equals(measure) || v.measure().startsWith(measure + "."))
                .filter(v -> subject == null || v.subject().equals(subject))
                .toList();
        PrintWriter out = out();
        for (IndicatorSeries series : IndicatorSeries.of(values)) {
            out.println(series.key().subject() + " " + series.key().measure() + " — " + series.key().reporter());
            for (IndicatorValue v : series.values()) {
                out.println("  " + pad(v.period().label(), 16) + pad(figure(v.value(), v.unit()), 22)
                        + String.join(";", v.provenance().sourceIds())
                        + (v.provenance().isApproximate() ? " (approximate)" : ""));
            }
        }
        List<SeriesDifference> differences = IndicatorComparison.differences(values);
        if (!differences.isEmpty()) {
            out.println();
            out.println("Differences between reporters over overlapping periods (second minus first):");
            for (SeriesDifference d : differences) {
                out.println("  " + d.first().measure() + ": " + d.first().reporter() + " " + d.first().period().label()
                        + " " + figure(d.first().value(), d.first().unit()) + " vs " + d.second().reporter() + " "
                        + d.second().period().label() + " " + figure(d.second().value(), d.second().unit()) + ": "
                        + signed(d.difference(), d.first().unit())
                        + (d.percentOfFirst() == null ? "" : String.format(Locale.ROOT, " (%+.1f%%)", d.percentOfFirst()))
                        + "; " + d.periodNote());
            }
        }
    }

    private static String figure(double value, String unit) {
        return unit.equals("percent") ? Figures.plain(value, 2) + "%" : Figures.format(value, unit);
    }

    private static String signed(double value, String unit) {
        return (value >= 0 ? "+" : "-") + figure(Math.abs(value), unit);
    }

    private static String pad(String text, int width) {
        return String.format(Locale.ROOT, "%-" + width + "s", text);
    }
}
