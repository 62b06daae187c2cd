package corridor.monitor.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.model.InputException;
import corridor.monitor.indicator.Aggregates;
import corridor.monitor.indicator.IndicatorKey;
import corridor.monitor.indicator.Subject;
import corridor.monitor.indicator.Tally;
import corridor.monitor.indicator.TimeSketch;
import corridor.monitor.ingest.RejectReason;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes {@link Aggregates} as JSON, so that ingestion can stop and resume and parts
 * ingested apart can be merged. The format is versioned ({@code corridor-monitor-state/2}; version 1,
 * without distributions, is still read). Rows come sorted by subject, id and month, and buckets by
 * index, so equal aggregates give equal text. {@code pings.simulated}, written only when above 0,
 * counts the accepted pings the fleet simulator made: such a state is labelled simulated wherever
 * it shows.
 */
public final class StateJson {

    /** The format tag written into every state file. */
    public static final String FORMAT = "corridor-monitor-state/2";
    /** The earlier format, still read: no distributions and no freight sums (percentiles unknown). */
    static final String FORMAT_1 = "corridor-monitor-state/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private StateJson() {
    }

    /** Writes the aggregates to {@code out} (not closed). */
    public static void write(Aggregates aggregates, Writer out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        ObjectNode pings = root.putObject("pings");
        pings.put("accepted", aggregates.acceptedPings());
        if (aggregates.simulatedPings() > 0) {
            // written only when there are some, so that a state of real pings keeps its text
            pings.put("simulated", aggregates.simulatedPings());
        }
        ObjectNode rejected = pings.putObject("rejected");
        aggregates.rejectedPings().forEach((r, n) -> rejected.put(r.label(), n));
        ObjectNode trips = root.putObject("trips");
        trips.put("analysed", aggregates.trips());
        trips.put("unmatched", aggregates.unmatchedTrips());
        ArrayNode tallies = root.putArray("tallies");
        aggregates.tallies().forEach((k, t) -> {
            ObjectNode row = tallies.addObject();
            row.put("subject", k.subject().label());
            row.put("id", k.id());
            row.put("month", k.month());
            row.put("count", t.count());
            row.put("transit_seconds", t.transitSeconds());
            row.put("moving_seconds", t.movingSeconds());
            row.put("distance_metres", t.distanceMetres());
            row.put("min_seconds", t.minSeconds());
            row.put("max_seconds", t.maxSeconds());
            row.put("cost_count", t.costCount());
            row.put("cost_cents", t.costCents());
            row.put("freight_count", t.freightCount());
            row.put("freight_cents", t.freightCents());
            row.put("freight_kg_km", t.freightKgKm());
            TimeSketch sketch = aggregates.sketch(k);
            if (sketch != null) {
                ObjectNode times = row.putObject("seconds_sketch");
                times.put("relative_accuracy", TimeSketch.RELATIVE_ACCURACY);
                times.put("zero_count", sketch.zeroCount());
                ArrayNode bins = times.putArray("bins");
                for (long[] bin : sketch.bins()) {
                    bins.addArray().add(bin[0]).add(bin[1]);
                }
            }
        });
        try {
            JSON.writerWithDefaultPrettyPrinter().writeValue(new NonClosing(out), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads aggregates written by {@link #write}.
     *
     * @param where the file's name, for messages
     * @throws InputException when the text is not a state of this format
     */
    public static Aggregates read(Reader in, String where) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new InputException(where, "", "not JSON: " + e.getMessage());
        }
        String format = root == null ? "" : root.path("format").asText();
        boolean version1 = FORMAT_1.equals(format);
        if (!FORMAT.equals(format) && !version1) {
            throw new InputException(where, "format", "not a monitor state file (expected format " + FORMAT + ")");
        }
        Map<RejectReason, Long> rejected = new EnumMap<>(RejectReason.class);
        root.path("pings").path("rejected").fields().forEachRemaining(e -> {
            try {
                rejected.put(RejectReason.valueOf(e.getKey().toUpperCase(java.util.Locale.ROOT)), e.getValue().asLong());
            } catch (IllegalArgumentException ex) {
                throw new InputException(where, "pings.rejected." + e.getKey(), "unknown rejection reason");
            }
        });
        Map<IndicatorKey, Tally> tallies = new HashMap<>();
        Map<IndicatorKey, TimeSketch> sketches = new HashMap<>();
        int index = 0;
        for (JsonNode row : root.path("tallies")) {
            String at = "tallies[" + index++ + "]";
            Subject subject;
            try {
                subject = Subject.ofLabel(row.path("subject").asText());
            } catch (IllegalArgumentException e) {
                throw new InputException(where, at + ".subject", "unknown subject '" + row.path("subject").asText() + "'");
            }
            IndicatorKey key = new IndicatorKey(subject, row.path("id").asText(), row.path("month").asText());
            Tally tally = new Tally(number(row, "count", where, at), number(row, "transit_seconds", where, at),
                    number(row, "moving_seconds", where, at), number(row, "distance_metres", where, at),
                    number(row, "min_seconds", where, at), number(row, "max_seconds", where, at),
                    number(row, "cost_count", where, at), number(row, "cost_cents", where, at),
                    version1 ? 0 : number(row, "freight_count", where, at),
                    version1 ? 0 : number(row, "freight_cents", where, at),
                    version1 ? 0 : number(row, "freight_kg_km", where, at));
            tallies.merge(key, tally, Tally::plus);
            JsonNode times = row.get("seconds_sketch");
            if (times != null) {
                TimeSketch sketch = sketch(times, where, at + ".seconds_sketch");
                sketches.merge(key, sketch, (a, b) -> {
                    a.merge(b);
                    return a;
                });
            }
        }
        long accepted = root.path("pings").path("accepted").asLong();
        return Aggregates.of(tallies, sketches, rejected, accepted, simulated(root.path("pings"), accepted, where),
                root.path("trips").path("analysed").asLong(), root.path("trips").path("unmatched").asLong());
    }

    /** {@code pings.simulated}: how many accepted pings the simulator made; 0 when absent. */
    private static long simulated(JsonNode pings, long accepted, String where) {
        JsonNode value = pings.get("simulated");
        if (value == null) {
            return 0;
        }
        if (!value.canConvertToLong() || value.asLong() < 0 || value.asLong() > accepted) {
            throw new InputException(where, "pings.simulated", "expected a count of pings from 0 to the "
                    + accepted + " accepted; got " + value);
        }
        return value.asLong();
    }

    private static TimeSketch sketch(JsonNode times, String where, String at) {
        if (times.path("relative_accuracy").asDouble() != TimeSketch.RELATIVE_ACCURACY) {
            throw new InputException(where, at + ".relative_accuracy", "expected " + TimeSketch.RELATIVE_ACCURACY
                    + ", the accuracy this version keeps; got " + times.path("relative_accuracy").asText());
        }
        List<long[]> bins = new ArrayList<>();
        int i = 0;
        for (JsonNode bin : times.path("bins")) {
            if (bin.size() != 2 || !bin.get(0).canConvertToInt() || !bin.get(1).canConvertToLong() || bin.get(1).asLong() < 0) {
                throw new InputException(where, at + ".bins[" + i + "]", "expected [index, count] with a non-negative count");
            }
            bins.add(new long[]{bin.get(0).asInt(), bin.get(1).asLong()});
            i++;
        }
        return TimeSketch.of(number(times, "zero_count", where, at), bins);
    }

    private static long number(JsonNode row, String field, String where, String at) {
        JsonNode value = row.get(field);
        if (value == null || !value.canConvertToLong()) {
            throw new InputException(where, at + "." + field, "missing or not an integer");
        }
        return value.asLong();
    }

    /** Keeps Jackson from closing the caller's writer. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
