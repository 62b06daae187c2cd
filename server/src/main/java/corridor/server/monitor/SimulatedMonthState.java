package corridor.server.monitor;

import corridor.model.Dataset;
import corridor.model.InputException;
import corridor.monitor.indicator.Aggregates;
import corridor.monitor.simulate.SimulatedMonth;
import corridor.monitor.state.StateJson;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The simulated month the observatory offers while no monitoring data is loaded
 * ({@link SimulatedMonth}): generated once per served dataset and kept apart from the real
 * state, never merged into it. With a file, the month of the built-in dataset is stored beside it,
 * under a name with the dataset's content hash ({@code simulated-month-1a2b3c4d5e6f.json}), and
 * read back on the next start instead of simulated again; a changed dataset gets a new month.
 * Thread-safe.
 */
public final class SimulatedMonthState {

    private Path file;
    private Dataset dataset;
    private Aggregates month;

    /** Where to store the simulated month of the built-in dataset; without a file it is kept in memory only. */
    public synchronized void storeIn(Path file) {
        this.file = file;
    }

    /** The simulated month of {@code served}; the first call for a dataset takes some seconds. */
    synchronized Aggregates of(Dataset served, boolean builtIn) {
        if (month == null || dataset != served) {
            month = builtIn && file != null ? stored(served) : SimulatedMonth.of(served);
            dataset = served;
        }
        return month;
    }

    private Aggregates stored(Dataset served) {
        String name = this.file.getFileName().toString().replaceFirst("\\.json$", "");
        Path file = this.file.resolveSibling(name + "-" + corridor.store.ContentHash.of(served).substring(0, 12) + ".json");
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                // a month stored before states carried the mark is simulated all the same
                return StateJson.read(in, file.toString()).markSimulated();
            } catch (IOException | InputException e) {
                System.err.println("corridor: " + file + " is not a simulated month this version reads (" + e.getMessage()
                        + "); simulating it again");
            }
        }
        Aggregates simulated = SimulatedMonth.of(served);
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, "simulated-month", ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                StateJson.write(simulated, out);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            System.err.println("corridor: cannot store the simulated month in " + file + " (" + e.getMessage()
                    + "); it will be simulated again at the next start");
        }
        return simulated;
    }
}
