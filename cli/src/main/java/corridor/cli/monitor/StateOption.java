package corridor.cli.monitor;

import corridor.cli.common.MonitorStateFile;
import corridor.monitor.indicator.Aggregates;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --state FILE}: the aggregate state {@code monitor ingest} writes and {@code monitor report} and
 * {@code monitor score} read. Use as {@code @Mixin StateOption state;}. Not thread-safe: one instance a run.
 */
final class StateOption {

    static final String OPTION = "--state";

    @Option(names = OPTION, paramLabel = "FILE", defaultValue = MonitorStateFile.DEFAULT,
            description = "the aggregate state of the ingested pings, which `monitor ingest` writes (default: "
                    + "${DEFAULT-VALUE})")
    Path file;

    /** Whether something is at the path. */
    boolean exists() {
        return Files.exists(file);
    }

    /**
     * The state read.
     *
     * @throws corridor.model.InputException naming {@code --state} and the file when there is none or it is not a state
     */
    Aggregates read() {
        return MonitorStateFile.read(file, OPTION);
    }
}
