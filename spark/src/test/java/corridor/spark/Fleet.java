package corridor.spark;

import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.monitor.MonitorEngine;
import corridor.monitor.indicator.Aggregates;
import corridor.monitor.ingest.CsvPingReader;
import corridor.monitor.ingest.MonitorSettings;
import corridor.monitor.ingest.PingCsv;
import corridor.monitor.simulate.FleetSimulator;
import corridor.monitor.simulate.SimulationSettings;
import corridor.monitor.state.StateJson;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;

/** Simulated pings for the tests, and the single-JVM ingest they are compared with. */
final class Fleet {

    /** 2025-03-01T00:00Z: the simulation starts here. */
    static final long START = OffsetDateTime.parse("2025-03-01T00:00:00Z").toEpochSecond();
    /** "Now" of every ingest in the tests: after the simulation. */
    static final long NOW = OffsetDateTime.parse("2025-06-01T00:00:00Z").toEpochSecond();

    private Fleet() {
    }

    static Dataset dataset() {
        return BuiltInDataset.load();
    }

    /** The CSV text of a simulated fleet (trucks after trucks, each in time order), with a header. */
    static String pings(int trucks, int days, long seed) {
        StringBuilder csv = new StringBuilder(PingCsv.HEADER).append('\n');
        new FleetSimulator(dataset(), SimulationSettings.of(trucks, days, seed, START))
                .run((v, t, lat, lon, speed) -> PingCsv.append(csv, v, t, lat, lon, speed), truth -> { });
        return csv.toString();
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What `corridor monitor ingest FILE --now NOW` computes, as the state JSON it writes. */
    static String singleJvmState(Path file) {
        MonitorEngine engine = new MonitorEngine(dataset(), MonitorSettings.defaults(NOW), false);
        engine.beginInput(file.toString());
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvPingReader.read(in, file.toString(), MonitorSettings.defaults(NOW), engine);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return json(engine.finish());
    }

    static String json(Aggregates aggregates) {
        StringWriter out = new StringWriter();
        StateJson.write(aggregates, out);
        return out.toString();
    }
}
