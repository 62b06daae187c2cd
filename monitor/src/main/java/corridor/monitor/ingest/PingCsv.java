package corridor.monitor.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Formats pings as the CSV {@link CsvPingReader} reads, quickly (the simulator writes millions):
 * {@code vehicle_id,timestamp,latitude,longitude,speed_kmh} with UTC timestamps and six decimals.
 */
public final class PingCsv {

    /** The header line, without a line break. */
    public static final String HEADER = "vehicle_id,timestamp,latitude,longitude,speed_kmh";

    private PingCsv() {
    }

    /** Appends one ping as a CSV line with a trailing {@code \n}. Vehicle ids must not need quoting. */
    public static void append(StringBuilder out, String vehicleId, long epochSecond, double latitude, double longitude,
                              double speedKmh) {
        out.append(vehicleId).append(',');
        appendTimestamp(out, epochSecond);
        out.append(',');
        appendFixed(out, latitude, 6);
        out.append(',');
        appendFixed(out, longitude, 6);
        out.append(',');
        appendFixed(out, speedKmh, 1);
        out.append('\n');
    }

    /**
     * Pings written as CSV lines to a {@link Writer} through a buffer, so that millions of them cost
     * few writes: the buffer goes out whenever it passes 65,536 characters and at {@link #flush()},
     * which the caller calls once at the end. Not thread-safe.
     */
    public static final class Lines {
        private static final int FLUSH_AT_CHARS = 1 << 16;

        private final Writer out;
        private final StringBuilder buffer = new StringBuilder(2 * FLUSH_AT_CHARS);

        /** Lines written to {@code out}, which the caller opens and closes (the header is the caller's too). */
        public Lines(Writer out) {
            this.out = out;
        }

        /**
         * Adds one ping as {@link PingCsv#append} formats it, writing the buffer out when it is full.
         *
         * @throws UncheckedIOException when the writer fails
         */
        public void add(String vehicleId, long epochSecond, double latitude, double longitude, double speedKmh) {
            append(buffer, vehicleId, epochSecond, latitude, longitude, speedKmh);
            if (buffer.length() > FLUSH_AT_CHARS) {
                flush();
            }
        }

        /**
         * Writes out what the buffer holds (not flushing the writer itself).
         *
         * @throws UncheckedIOException when the writer fails
         */
        public void flush() {
            try {
                out.append(buffer);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            buffer.setLength(0);
        }
    }

    /** {@code YYYY-MM-DDTHH:MM:SSZ}. */
    static void appendTimestamp(StringBuilder out, long epochSecond) {
        long days = Math.floorDiv(epochSecond, 86400L);
        long secs = Math.floorMod(epochSecond, 86400L);
        // civil from days (H. Hinnant)
        long z = days + 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        if (m <= 2) {
            y++;
        }
        pad(out, y, 4).append('-');
        pad(out, m, 2).append('-');
        pad(out, d, 2).append('T');
        pad(out, secs / 3600, 2).append(':');
        pad(out, secs / 60 % 60, 2).append(':');
        pad(out, secs % 60, 2).append('Z');
    }

    private static StringBuilder pad(StringBuilder out, long value, int width) {
        String s = Long.toString(value);
        for (int i = s.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(s);
    }

    private static void appendFixed(StringBuilder out, double value, int decimals) {
        if (value < 0) {
            out.append('-');
            value = -value;
        }
        long scale = decimals == 6 ? 1_000_000L : decimals == 1 ? 10L : (long) Math.pow(10, decimals);
        long scaled = Math.round(value * scale);
        out.append(scaled / scale).append('.');
        String frac = Long.toString(scaled % scale);
        for (int i = frac.length(); i < decimals; i++) {
            out.append('0');
        }
        out.append(frac);
    }
}
