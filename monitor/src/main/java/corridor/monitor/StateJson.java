package corridor.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.model.InputException;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads and writes {@link Aggregates} as JSON, so that ingestion can stop and resume and parts
 * ingested apart can be merged. The format is versioned ({@code corridor-monitor-state/1}).
 */
public final class StateJson {

    /** The format tag written into every state file. */
    public static final String FORMAT = "corridor-monitor-state/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    private StateJson() {
    }

    /** Writes the aggregates to {@code out} (not closed). */
    public static void write(Aggregates aggregates, Writer out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        ObjectNode pings = root.putObject("pings");
        pings.put("accepted", aggregates.acceptedPings());
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
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
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
                    number(row, "cost_count", where, at), number(row, "cost_cents", where, at));
            tallies.merge(key, tally, Tally::plus);
        }
        return Aggregates.of(tallies, rejected, root.path("pings").path("accepted").asLong(),
                root.path("trips").path("analysed").asLong(), root.path("trips").path("unmatched").asLong());
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
