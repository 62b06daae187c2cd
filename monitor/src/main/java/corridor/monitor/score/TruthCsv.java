package corridor.monitor.score;

import corridor.model.InputException;
import corridor.monitor.ingest.Timestamps;
import corridor.monitor.simulate.TruthTrip;
import corridor.monitor.trip.HubKind;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The simulator's ground truth as CSV ({@code truth.csv} of {@code corridor simulate-fleet}): one
 * row per trip ({@code kind} trip, {@code id} origin>destination; {@code unfinished_trip} for one
 * still under way at the end, with an empty {@code end}), per link driven ({@code kind}
 * link) and per hub stay ({@code kind} border_crossing, port or terminal), with the columns
 * {@code vehicle_id,trip,kind,id,start,end,moving_hours,stop_hours,distance_km}. Stateless.
 */
public final class TruthCsv {

    /** The header row. */
    public static final String HEADER = "vehicle_id,trip,kind,id,start,end,moving_hours,stop_hours,distance_km";

    private TruthCsv() {
    }

    /** Appends the rows of one trip, numbered {@code number}. */
    public static void append(StringBuilder out, TruthTrip trip, long number) {
        if (trip.finished()) {
            long transitSeconds = trip.arrivalEpochSecond() - trip.departureEpochSecond();
            // moving and stop time from the written (rounded) figures, so that they add up to the
            // transit time and neither is negative: departure and arrival are whole seconds, the
            // moving time is not, and can exceed their difference by a fraction of a second
            long transitUnits = hoursUnits(transitSeconds);
            long movingUnits = Math.min(hoursUnits(trip.movingSeconds()), transitUnits);
            row(out, trip.vehicleId(), number, "trip", trip.sectionId(), trip.departureEpochSecond(),
                    trip.arrivalEpochSecond(), movingUnits / HOURS_UNITS, (transitUnits - movingUnits) / HOURS_UNITS,
                    trip.distanceKm());
        } else {
            row(out, trip.vehicleId(), number, "unfinished_trip", trip.sectionId(), trip.departureEpochSecond(), -1,
                    trip.movingSeconds() / 3600, 0, trip.distanceKm());
        }
        for (TruthTrip.Link link : trip.links()) {
            row(out, trip.vehicleId(), number, "link", link.linkId(), link.entryEpochSecond(), link.exitEpochSecond(),
                    link.movingSeconds() / 3600, link.stopSeconds() / 3600, link.distanceKm());
        }
        for (TruthTrip.Dwell dwell : trip.dwells()) {
            row(out, trip.vehicleId(), number, dwell.kind().label(), dwell.placeId(), dwell.startEpochSecond(),
                    dwell.startEpochSecond() + dwell.dwellSeconds(), 0, dwell.dwellSeconds() / 3600.0, 0);
        }
    }

    /** Hours are written to four decimals: this many units an hour. */
    private static final double HOURS_UNITS = 10_000;

    /** {@code seconds} in ten-thousandths of an hour, rounded as the file writes them. */
    private static long hoursUnits(double seconds) {
        return Math.round(seconds / 3600 * HOURS_UNITS);
    }

    private static void row(StringBuilder out, String vehicle, long trip, String kind, String id, long start, long end,
                            double movingHours, double stopHours, double distanceKm) {
        if (!(movingHours >= 0 && stopHours >= 0 && distanceKm >= 0 && Double.isFinite(movingHours + stopHours + distanceKm))) {
            // the reader refuses such a row: a bug of the simulator, not of its input
            throw new IllegalStateException("truth of " + vehicle + " trip " + trip + " " + kind + " " + id
                    + ": negative or non-finite moving " + movingHours + " h, stop " + stopHours + " h, " + distanceKm + " km");
        }
        out.append(vehicle).append(',').append(trip).append(',').append(kind).append(',').append(id).append(',')
                .append(Instant.ofEpochSecond(start)).append(',').append(end < 0 ? "" : Instant.ofEpochSecond(end).toString())
                .append(',')
                .append(String.format(Locale.ROOT, "%.4f,%.4f,%.3f", movingHours, stopHours, distanceKm)).append('\n');
    }

    /**
     * Reads the trips of a truth file (not closed).
     *
     * @throws InputException naming the line and column of the first bad row
     */
    public static List<TruthTrip> read(Reader in, String where) {
        Map<String, Builder> trips = new LinkedHashMap<>();
        try {
            CSVParser parser = CSVParser.builder().setReader(in)
                    .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get();
            if (!String.join(",", parser.getHeaderNames()).equals(HEADER)) {
                throw new InputException(where + " line 1", "", "not a truth file of simulate-fleet; expected the header "
                        + HEADER);
            }
            for (CSVRecord record : parser) {
                String at = where + " line " + parser.getCurrentLineNumber();
                if (!record.isConsistent()) {
                    throw new InputException(at, "", "wrong number of fields");
                }
                String vehicle = record.get("vehicle_id");
                String key = vehicle + "\u0000" + record.get("trip");
                String kind = record.get("kind");
                long start = time(record, "start", at);
                boolean unfinishedTrip = kind.equals("unfinished_trip");
                long end = unfinishedTrip && record.get("end").isBlank() ? -1 : time(record, "end", at);
                double moving = number(record, "moving_hours", at) * 3600;
                double stop = number(record, "stop_hours", at) * 3600;
                double km = number(record, "distance_km", at);
                String id = record.get("id");
                if (kind.equals("trip") || unfinishedTrip) {
                    String[] ends = id.split(">", -1);
                    if (ends.length != 2) {
                        throw new InputException(at, "id", "a trip's id is origin>destination, got '" + id + "'");
                    }
                    trips.put(key, new Builder(vehicle, ends[0], ends[1], start, end, moving, km));
                    continue;
                }
                Builder trip = trips.get(key);
                if (trip == null) {
                    throw new InputException(at, "trip", "a " + kind + " row before its trip row");
                }
                if (kind.equals("link")) {
                    trip.links().add(new TruthTrip.Link(id, start, end, moving, stop, km));
                } else {
                    trip.dwells().add(new TruthTrip.Dwell(id, hubKind(kind, at), start, end - start));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new InputException(where, "", "not valid CSV: " + e.getMessage());
        }
        return trips.values().stream().map(Builder::build).toList();
    }

    private static HubKind hubKind(String kind, String at) {
        for (HubKind k : HubKind.values()) {
            if (k.label().equals(kind)) {
                return k;
            }
        }
        throw new InputException(at, "kind", "expected trip, unfinished_trip, link, border_crossing, port or terminal, got '"
                + kind + "'");
    }

    private static long time(CSVRecord record, String column, String at) {
        try {
            return Timestamps.parseEpochSecond(record.get(column).trim());
        } catch (IllegalArgumentException e) {
            throw new InputException(at, column, e.getMessage());
        }
    }

    private static double number(CSVRecord record, String column, String at) {
        try {
            double value = Double.parseDouble(record.get(column).trim());
            if (Double.isFinite(value) && value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException(at, column, "expected a non-negative number, got '" + record.get(column) + "'");
    }

    /** A trip as its row gives it, gathering the link and dwell rows that follow. */
    private record Builder(String vehicle, String origin, String destination, long departure, long arrival,
                           double moving, double km, List<TruthTrip.Link> links, List<TruthTrip.Dwell> dwells) {

        Builder(String vehicle, String origin, String destination, long departure, long arrival, double moving, double km) {
            this(vehicle, origin, destination, departure, arrival, moving, km, new ArrayList<>(), new ArrayList<>());
        }

        TruthTrip build() {
            return new TruthTrip(vehicle, origin, destination, departure, arrival, moving, km, links, dwells, 0);
        }
    }
}
