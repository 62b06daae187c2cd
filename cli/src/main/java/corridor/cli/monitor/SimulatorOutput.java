package corridor.cli.monitor;

import corridor.monitor.score.TruthCsv;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a pings file is the fleet simulator's: {@code simulate-fleet} writes {@code pings.csv}
 * and, beside it, {@code truth.csv} with {@link TruthCsv#HEADER}; no other tool writes that file.
 */
final class SimulatorOutput {

    private SimulatorOutput() {
    }

    /** Whether {@code pings} has the simulator's truth file beside it (unreadable or absent: no). */
    static boolean isBeside(Path pings) {
        Path parent = pings.toAbsolutePath().getParent();
        Path truth = parent == null ? null : parent.resolve("truth.csv");
        if (truth == null || !Files.isRegularFile(truth)) {
            return false;
        }
        try (BufferedReader in = Files.newBufferedReader(truth, StandardCharsets.UTF_8)) {
            return TruthCsv.HEADER.equals(in.readLine());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
