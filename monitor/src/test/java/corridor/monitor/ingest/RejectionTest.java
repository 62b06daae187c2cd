package corridor.monitor.ingest;

import corridor.model.InputException;
import corridor.monitor.MonitorEngine;
import corridor.monitor.fixtures.TestNetwork;
import corridor.monitor.indicator.Aggregates;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every rejection rule, with its line number and reason, in CSV and GPX, lenient and strict. */
class RejectionTest {

    private static final long NOW = Instant.parse("2025-03-02T00:00:00Z").getEpochSecond();
    private final MonitorSettings settings = MonitorSettings.defaults(NOW);

    private static final String CSV = """
            vehicle_id,timestamp,latitude,longitude,speed_kmh
            v1,2025-03-01T08:00:00Z,36.0,74.0,
            v1,yesterday,36.0,74.0,
            v1,2025-03-01T08:01:00,36.0,74.0,
            v1,2025-03-01T08:02:00Z,abc,74.0,
            v1,2025-03-01T08:03:00Z,95.0,74.0,
            v1,2025-03-01T08:04:00+05:00,36.0,190.0,
            v1,2030-01-01T00:00:00Z,36.0,74.0,
            v1,2025-03-01T08:05:00Z,39.0,74.0,
            v1,2025-03-01T08:00:00Z,36.0001,74.0,
            v1,2025-03-01T08:06:00Z,36.001,74.001,42.5
            v1,2025-03-01T08:07:00Z,36.002
            ,2025-03-01T08:07:00Z,36.002,74.0,
            v1,2025-03-01T08:08:00Z,36.003,74.0,fast
            """;

    private List<Rejection> ingest(String csv, MonitorSettings s, MonitorEngine[] engineOut) {
        List<Rejection> rejections = new ArrayList<>();
        MonitorEngine engine = new MonitorEngine(TestNetwork.dataset(), s, false).onRejection(rejections::add);
        engine.beginInput("pings.csv");
        CsvPingReader.read(new StringReader(csv), "pings.csv", s, engine);
        engine.finish();
        engineOut[0] = engine;
        return rejections;
    }

    @Test
    void everyRuleRejectsWithLineAndReason() {
        MonitorEngine[] engine = new MonitorEngine[1];
        List<Rejection> rejections = ingest(CSV, settings, engine);

        assertThat(rejections).extracting(Rejection::line, Rejection::reason).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(3L, RejectReason.UNPARSEABLE),
                org.assertj.core.groups.Tuple.tuple(4L, RejectReason.UNPARSEABLE),
                org.assertj.core.groups.Tuple.tuple(5L, RejectReason.UNPARSEABLE),
                org.assertj.core.groups.Tuple.tuple(6L, RejectReason.IMPOSSIBLE_COORDINATES),
                org.assertj.core.groups.Tuple.tuple(7L, RejectReason.IMPOSSIBLE_COORDINATES),
                org.assertj.core.groups.Tuple.tuple(8L, RejectReason.FUTURE_TIMESTAMP),
                org.assertj.core.groups.Tuple.tuple(9L, RejectReason.TELEPORT),
                org.assertj.core.groups.Tuple.tuple(10L, RejectReason.DUPLICATE),
                org.assertj.core.groups.Tuple.tuple(12L, RejectReason.UNPARSEABLE),
                org.assertj.core.groups.Tuple.tuple(13L, RejectReason.UNPARSEABLE),
                org.assertj.core.groups.Tuple.tuple(14L, RejectReason.UNPARSEABLE));
        Aggregates a = engine[0].finish();
        assertThat(a.acceptedPings()).isEqualTo(2);
        assertThat(a.rejectedTotal()).isEqualTo(11);
        assertThat(a.rejectedPings()).containsEntry(RejectReason.UNPARSEABLE, 6L)
                .containsEntry(RejectReason.TELEPORT, 1L);
        assertThat(byLine(rejections, 4).detail()).contains("no zone");
        assertThat(byLine(rejections, 5).detail()).contains("latitude");
        assertThat(byLine(rejections, 6).detail()).contains("latitude 95.0");
        assertThat(byLine(rejections, 7).detail()).contains("longitude 190.0");
        assertThat(byLine(rejections, 9).detail()).contains("from line 2").contains("km/h");
        assertThat(byLine(rejections, 12).detail()).contains("expected 5 fields");
        assertThat(byLine(rejections, 13).detail()).contains("vehicle_id is empty");
        assertThat(byLine(rejections, 14).detail()).contains("speed_kmh");
        assertThat(byLine(rejections, 8).describe()).startsWith("pings.csv line 8: future_timestamp:");
    }

    @Test
    void aPingOlderThanTheReorderWindowIsRejectedNotDropped() {
        String csv = """
                vehicle_id,timestamp,latitude,longitude
                v2,2025-03-01T09:00:00Z,36.0,74.0
                v2,2025-03-01T10:00:00Z,36.0,74.1
                v2,2025-03-01T08:30:00Z,36.0,74.0
                v2,2025-03-01T09:30:00Z,36.0,74.05
                """;
        MonitorEngine[] engine = new MonitorEngine[1];
        List<Rejection> rejections = ingest(csv, settings.withReorderWindowHours(0.75), engine);

        assertThat(rejections).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.reason()).isEqualTo(RejectReason.OUT_OF_ORDER);
        });
        // 09:30 came late too, but within the window: it is put in its place
        assertThat(engine[0].finish().acceptedPings()).isEqualTo(3);
    }

    @Test
    void strictModeStopsAtTheFirstRejection() {
        MonitorEngine engine = new MonitorEngine(TestNetwork.dataset(), settings, true);
        assertThatThrownBy(() -> CsvPingReader.read(new StringReader(CSV), "pings.csv", settings, engine))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("pings.csv line 3")
                .hasMessageContaining("unparseable");
    }

    @Test
    void aWrongHeaderIsAnErrorNamingTheColumn() {
        MonitorEngine engine = new MonitorEngine(TestNetwork.dataset(), settings, false);
        assertThatThrownBy(() -> CsvPingReader.read(new StringReader("vehicle_id,timestamp,latitude,longtitude\n"),
                "p.csv", settings, engine)).isInstanceOf(InputException.class).hasMessageContaining("longtitude")
                .hasMessageContaining("unknown column");
        assertThatThrownBy(() -> CsvPingReader.read(new StringReader("vehicle_id,timestamp,latitude\n"),
                "p.csv", settings, engine)).isInstanceOf(InputException.class).hasMessageContaining("longitude")
                .hasMessageContaining("missing");
    }

    @Test
    void gpxTrackPointsAreReadAndBadOnesRejectedWithTheirLine() {
        String gpx = """
                <?xml version="1.0" encoding="UTF-8"?>
                <gpx version="1.0" creator="test" xmlns="http://www.topografix.com/GPX/1/0">
                  <trk><name>truck-7</name><trkseg>
                    <trkpt lat="36.0" lon="74.0"><time>2025-03-01T08:00:00Z</time><speed>10</speed></trkpt>
                    <trkpt lat="96.0" lon="74.0"><time>2025-03-01T08:01:00Z</time></trkpt>
                    <trkpt lat="36.001" lon="74.0"></trkpt>
                    <trkpt lat="36.002" lon="74.0"><time>2025-03-01T08:03:00+05:00</time></trkpt>
                  </trkseg></trk>
                </gpx>
                """;
        List<Ping> accepted = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        GpxPingReader.read(new ByteArrayInputStream(gpx.getBytes(StandardCharsets.UTF_8)), "t.gpx", "t", settings,
                new PingSink() {
                    @Override
                    public void accept(Ping ping) {
                        accepted.add(ping);
                    }

                    @Override
                    public void reject(Rejection rejection) {
                        rejected.add(rejection);
                    }
                });
        assertThat(accepted).extracting(Ping::vehicleId).containsOnly("truck-7");
        assertThat(accepted).hasSize(2);
        assertThat(accepted.get(0).speedKmh()).isEqualTo(36.0);
        assertThat(accepted.get(1).epochSecond()).isEqualTo(Instant.parse("2025-03-01T03:03:00Z").getEpochSecond());
        assertThat(rejected).extracting(Rejection::line, Rejection::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5L, RejectReason.IMPOSSIBLE_COORDINATES),
                org.assertj.core.groups.Tuple.tuple(6L, RejectReason.UNPARSEABLE));
    }

    @Test
    void brokenGpxIsAnErrorWithItsLine() {
        String gpx = "<gpx>\n<trk><trkseg>\n<trkpt lat=\"1\" lon=\"2\">\n</trk>\n";
        assertThatThrownBy(() -> GpxPingReader.read(new ByteArrayInputStream(gpx.getBytes(StandardCharsets.UTF_8)),
                "b.gpx", "b", settings, new MonitorEngine(TestNetwork.dataset(), settings, false)))
                .isInstanceOf(InputException.class).hasMessageContaining("b.gpx line 4");
    }

    @Test
    void timestampsParseFastAndSlowAlike() {
        for (String text : List.of("2024-02-29T23:59:59Z", "2024-02-29T23:59:59.250Z", "2025-03-01T13:15:00+05:00",
                "2025-03-01T13:15:00-0330", "2025-03-01 08:15:00Z", "1969-12-31T23:59:59Z")) {
            long expected = java.time.OffsetDateTime.parse(text.replace(' ', 'T').replace("-0330", "-03:30"))
                    .toEpochSecond();
            assertThat(Timestamps.parseEpochSecond(text)).as(text).isEqualTo(expected);
        }
        assertThat(Timestamps.parseEpochSecond("2025-03-01T13:15:00+05:00[Asia/Karachi]"))
                .isEqualTo(Instant.parse("2025-03-01T08:15:00Z").getEpochSecond());
        assertThatThrownBy(() -> Timestamps.parseEpochSecond("2025-02-30T00:00:00Z"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Rejection byLine(List<Rejection> rejections, long line) {
        return rejections.stream().filter(r -> r.line() == line).findFirst().orElseThrow();
    }

}
