package corridor.cli.testing;

import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.model.geo.GeoPoint;
import corridor.model.geo.GreatCircle;
import corridor.model.geo.Polyline;
import corridor.model.network.Link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A pings CSV of trucks over the Khunjerab Pass on the built-in network, made for tests of routing
 * on what the corridor measured: each truck drives the G314 from Tashkurgan to the pass, waits at
 * the crossing far longer than the model's 2.3 h, then drives the KKH down to Sost slowly and
 * stops there. Pings every minute while driving, every five minutes while stopped.
 */
public final class SlowCrossingPings {

    /** The month the trucks cross in. */
    public static final String MONTH = "2025-05";
    /** What each truck waits at the pass, hours (the model's crossing takes 2.3 h): median 36. */
    public static final double[] CROSSING_HOURS = {26, 30, 33, 36, 40, 48, 60};
    /** Each truck's speed down the KKH from the pass to Sost, km/h (the model's mountain-road truck speed is 19). */
    public static final double[] KKH_KMH = {11, 10, 10, 9, 8, 8, 6};
    /** The time {@code monitor ingest --now} should give: after every ping. */
    public static final String NOW = "2025-06-30T00:00:00Z";

    private SlowCrossingPings() {
    }

    /** What {@link #ingest} left: the state file and the command's standard output. */
    public record Ingested(Path state, String out) {
    }

    /**
     * These pings written to {@code dir} and ingested by {@code corridor monitor ingest} into
     * {@code dir/state.json}; an ingest that fails fails the test with its standard error.
     */
    public static Ingested ingest(Path dir) throws IOException {
        Path pings = dir.resolve("slow-crossing.csv");
        Files.writeString(pings, csv());
        Path state = dir.resolve("state.json");
        CliRun run = CliRun.of("monitor", "ingest", pings.toString(), "--state", state.toString(), "--now", NOW);
        if (run.exitCode() != 0) {
            throw new AssertionError("monitor ingest of the slow crossing failed: " + run.err());
        }
        return new Ingested(state, run.out());
    }

    /** The CSV text: header and pings of {@link #CROSSING_HOURS}{@code .length} trucks, in time order per truck. */
    public static String csv() {
        Dataset dataset = BuiltInDataset.load();
        Polyline g314 = forward(dataset.link("g314-tashkurgan-khunjerab").orElseThrow(), "khunjerab");
        Polyline kkh = forward(dataset.link("kkh-khunjerab-sost").orElseThrow(), "sost");
        GeoPoint pass = dataset.place("khunjerab").orElseThrow().location();
        GeoPoint sost = kkh.last();
        StringBuilder out = new StringBuilder("vehicle_id,timestamp,latitude,longitude\n");
        long start = Instant.parse(MONTH + "-05T00:00:00Z").getEpochSecond();
        for (int truck = 0; truck < CROSSING_HOURS.length; truck++) {
            String id = "slow-" + (truck + 1);
            long t = start + truck * 3 * 86_400L;
            t = stop(out, id, g314.first(), t, 3600);
            t = drive(out, id, g314, 18, t);
            t = stop(out, id, pass, t, Math.round(CROSSING_HOURS[truck] * 3600));
            t = drive(out, id, kkh, KKH_KMH[truck], t);
            stop(out, id, sost, t, 3 * 3600);
        }
        return out.toString();
    }

    /** The link's line from its other end to {@code toId}. */
    private static Polyline forward(Link link, String toId) {
        return link.toId().equals(toId) ? link.geometry() : link.geometry().reversed();
    }

    private static long drive(StringBuilder out, String id, Polyline line, double kmh, long start) {
        List<GeoPoint> points = line.points();
        double[] cumulative = new double[points.size()];
        for (int i = 1; i < points.size(); i++) {
            cumulative[i] = cumulative[i - 1] + GreatCircle.distanceKm(points.get(i - 1), points.get(i));
        }
        double total = cumulative[points.size() - 1];
        long seconds = Math.round(total / kmh * 3600);
        int segment = 1;
        for (long s = 60; s < seconds; s += 60) {
            double km = total * s / seconds;
            while (segment < points.size() - 1 && cumulative[segment] < km) {
                segment++;
            }
            double f = (km - cumulative[segment - 1]) / (cumulative[segment] - cumulative[segment - 1]);
            GeoPoint a = points.get(segment - 1);
            GeoPoint b = points.get(segment);
            ping(out, id, start + s, a.latitude() + f * (b.latitude() - a.latitude()),
                    a.longitude() + f * (b.longitude() - a.longitude()));
        }
        return start + seconds;
    }

    private static long stop(StringBuilder out, String id, GeoPoint where, long start, long seconds) {
        for (long s = 0; s < seconds; s += 300) {
            ping(out, id, start + s, where.latitude(), where.longitude());
        }
        ping(out, id, start + seconds, where.latitude(), where.longitude());
        return start + seconds;
    }

    private static void ping(StringBuilder out, String id, long epochSecond, double lat, double lon) {
        out.append(id).append(',').append(Instant.ofEpochSecond(epochSecond)).append(',')
                .append(String.format(Locale.ROOT, "%.6f,%.6f", lat, lon)).append('\n');
    }
}
