package corridor.cli.common;

import corridor.data.DurableFiles;
import corridor.model.InputException;
import corridor.model.network.ObservedTimes;
import corridor.monitor.indicator.Aggregates;
import corridor.monitor.indicator.RoutingObservations;
import corridor.monitor.state.StateJson;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading and writing the monitor's aggregate state file, and the observed times routing takes from it. */
public final class MonitorStateFile {

    /** Where {@code monitor ingest} keeps its state unless told otherwise. */
    public static final String DEFAULT = "var/monitor-state.json";

    private MonitorStateFile() {
    }

    /**
     * Reads a state file.
     *
     * @param option the option that named it ({@code --state}), for messages
     * @throws InputException when there is no state there, it is not a readable file, or not a state
     */
    public static Aggregates read(Path file, String option) {
        if (!Files.exists(file)) {
            throw new InputException(option + " " + file, "", "no monitor state here; run `corridor monitor ingest` first");
        }
        try (Reader in = InputFile.option(option, file).openText("a state file of `corridor monitor ingest`",
                Long.MAX_VALUE)) {
            return StateJson.read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the state whole or not at all: to a temporary file, then moved into place. */
    public static void write(Aggregates aggregates, Path file) {
        writeAtomically(file, out -> StateJson.write(aggregates, out));
    }

    /**
     * The observed medians and 95th percentiles of a state file, per link, crossing and hub and per
     * month, for routing ({@code --observed}).
     *
     * @throws InputException naming {@code option} and the file when it is missing or not a state
     */
    public static ObservedTimes observed(Path stateFile, String option) {
        return RoutingObservations.of(read(stateFile, option), stateFile.toString());
    }

    /** Writes {@code file} whole or not at all, forced to disk (see {@link DurableFiles}). */
    public static void writeAtomically(Path file, DurableFiles.Content content) {
        DurableFiles.write(file, content);
    }
}
