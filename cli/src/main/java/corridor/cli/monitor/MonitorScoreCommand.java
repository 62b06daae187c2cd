package corridor.cli.monitor;

import corridor.cli.common.FormattedCommand;
import corridor.cli.common.InputFile;
import corridor.cli.common.TextInput;
import corridor.monitor.indicator.Aggregates;
import corridor.monitor.score.Score;
import corridor.monitor.score.TruthCsv;
import corridor.monitor.simulate.TruthTrip;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code corridor monitor score}: an ingest's indicators against the simulator's ground truth. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Compares the indicators of an ingested state with those of the fleet simulator's ground truth "
                + "(truth.csv of simulate-fleet): per subject and indicator, the mean absolute error, the mean relative "
                + "error and the subject-months only one side has.",
                "Definitions: monitor/INDICATORS.md."})
final class MonitorScoreCommand extends FormattedCommand<MonitorScoreCommand.Output> {

    @Option(names = "--truth", paramLabel = "FILE", required = true, description = "truth.csv written by simulate-fleet")
    Path truth;

    @Mixin
    StateOption state;

    /** The scores as a table for people or as CSV. */
    enum Output { TABLE, CSV }

    @Override
    protected int call(Output output) {
        List<TruthTrip> trips;
        try (Reader in = InputFile.option("--truth", truth).openText("the truth.csv of simulate-fleet",
                TextInput.MAX_LINE_CHARS)) {
            trips = TruthCsv.read(in, truth.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Aggregates measured = state.read();
        List<Score.Row> rows = Score.of(measured, Score.truthAggregates(data.dataset(), trips));
        PrintWriter out = out();
        if (output == Output.CSV) {
            out.println("subject,indicator,compared,mean_absolute_error,mean_relative_error,only_in_truth,only_measured");
            for (Score.Row r : rows) {
                out.printf(Locale.ROOT, "%s,%s,%d,%s,%s,%d,%d%n", r.subject().label(), r.indicator(), r.compared(),
                        plain(r.meanAbsoluteError()), plain(r.meanRelativeError()), r.onlyInTruth(), r.onlyMeasured());
            }
            return 0;
        }
        out.printf(Locale.ROOT, "%d true trips against %d analysed trips of %s%n%n", trips.size(), measured.trips(), state.file);
        String layout = "%-16s %-13s %8s %12s %10s %8s %8s%n";
        out.printf(Locale.ROOT, layout, "subject", "indicator", "compared", "mean |err|", "mean rel", "missed", "spurious");
        for (Score.Row r : rows) {
            out.printf(Locale.ROOT, layout, r.subject().label(), r.indicator(), r.compared(),
                    String.format(Locale.ROOT, "%.3f", r.meanAbsoluteError()),
                    r.meanRelativeError() == null ? "unknown" : String.format(Locale.ROOT, "%.1f%%", 100 * r.meanRelativeError()),
                    r.onlyInTruth(), r.onlyMeasured());
        }
        out.println();
        out.println("compared: subject-months with a value on both sides; mean |err| in the indicator's unit (hours, km/h,");
        out.println("trips); missed: subject-months only the truth has; spurious: only the ingest has.");
        return 0;
    }

    private static String plain(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.6f", value);
    }
}
