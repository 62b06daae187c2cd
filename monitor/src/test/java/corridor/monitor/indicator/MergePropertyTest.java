package corridor.monitor.indicator;

import corridor.model.Dataset;
import corridor.monitor.MonitorEngine;
import corridor.monitor.fixtures.TestNetwork;
import corridor.monitor.ingest.CsvPingReader;
import corridor.monitor.ingest.MonitorSettings;
import corridor.monitor.ingest.PingCsv;
import corridor.monitor.simulate.FleetSimulator;
import corridor.monitor.simulate.SimulationSettings;
import corridor.monitor.state.StateJson;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Splitting the input in two (by vehicle, as a scaled-out job would partition it), ingesting each
 * part apart and merging the aggregates gives exactly the aggregates of one pass, and so the
 * same indicators. Also through the JSON state, as {@code monitor ingest --merge} does.
 */
class MergePropertyTest {

    private static final long START = Instant.parse("2025-05-01T00:00:00Z").getEpochSecond();
    private static final Dataset DATASET = TestNetwork.dataset();

    @Property(tries = 15)
    void mergingTheAggregatesOfTwoPartsEqualsOnePass(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                     @ForAll @IntRange(min = 0, max = 255) int partitionMask,
                                                     @ForAll boolean interleave) {
        List<String> lines = new ArrayList<>();
        new FleetSimulator(DATASET, SimulationSettings.of(8, 6, seed, START)).run((v, t, lat, lon, s) -> {
            StringBuilder line = new StringBuilder();
            PingCsv.append(line, v, t, lat, lon, s);
            lines.add(line.toString());
        }, x -> { });
        // a few bad lines too, so rejections are merged as well
        lines.add(3, "truck-0001,not-a-time,36,74,0\n");
        lines.add("truck-0002,2025-05-02T00:00:00Z,95,74,0\n");
        if (interleave) {
            lines.sort(java.util.Comparator.comparing(l -> l.split(",")[1]));
        }
        StringBuilder whole = new StringBuilder(PingCsv.HEADER).append('\n');
        StringBuilder partA = new StringBuilder(PingCsv.HEADER).append('\n');
        StringBuilder partB = new StringBuilder(PingCsv.HEADER).append('\n');
        for (String line : lines) {
            whole.append(line);
            int truck = Integer.parseInt(line.substring(6, 10));
            ((partitionMask >> (truck % 8) & 1) == 1 ? partA : partB).append(line);
        }

        Aggregates one = ingest(whole);
        Aggregates merged = ingest(partA).merge(ingest(partB));

        assertThat(merged).isEqualTo(one);
        assertThat(Indicator.of(merged, null, null, null)).isEqualTo(Indicator.of(one, null, null, null));
        java.io.StringWriter json = new java.io.StringWriter();
        StateJson.write(ingest(partA), json);
        Aggregates viaState = StateJson.read(new StringReader(json.toString()), "state.json").merge(ingest(partB));
        assertThat(viaState).isEqualTo(one);
        assertThat(one.trips()).isPositive();
    }

    private static Aggregates ingest(CharSequence csv) {
        MonitorSettings settings = MonitorSettings.defaults(START + 30 * 86400L);
        MonitorEngine engine = new MonitorEngine(DATASET, settings, false);
        CsvPingReader.read(new StringReader(csv.toString()), "part.csv", settings, engine);
        return engine.finish();
    }
}
