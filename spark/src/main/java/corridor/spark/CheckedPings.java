package corridor.spark;

import corridor.monitor.ingest.Ping;
import corridor.monitor.ingest.PingRows;
import corridor.monitor.ingest.PingSink;
import corridor.monitor.ingest.RejectReason;
import corridor.monitor.ingest.Rejection;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.Serializable;
import java.util.Iterator;

/**
 * The first step of a Spark ingest: each record's own rules ({@link PingRows}: fields, coordinates,
 * future timestamps), record by record, before the shuffle by vehicle. A record comes out as a
 * {@link PingRecord}: an accepted ping, or a rejection with its reason and detail.
 *
 * <p>{@link #SCHEMA} is the form of the pings one batch carries to the next ({@link VehicleIngest}).
 */
final class CheckedPings {

    static final String VEHICLE = "vehicle_id";

    /** vehicle, time, position, speed (NaN: none), heading (NaN: none), row, rejection reason and detail. */
    static final StructType SCHEMA = new StructType()
            .add(VEHICLE, DataTypes.StringType, false)
            .add("epoch_second", DataTypes.LongType, false)
            .add("latitude", DataTypes.DoubleType, false)
            .add("longitude", DataTypes.DoubleType, false)
            .add("speed_kmh", DataTypes.DoubleType, false)
            .add("heading", DataTypes.DoubleType, false)
            .add("row", DataTypes.LongType, false)
            .add("reject_reason", DataTypes.StringType, true)
            .add("reject_detail", DataTypes.StringType, true);

    /** Rows of one partition are numbered from {@code partition << ROW_BITS}: increasing in the input's order. */
    private static final int ROW_BITS = 33;

    private CheckedPings() {
    }

    /**
     * The records of CSV lines (header lines removed): each line split ({@link CsvLines}), its
     * fields by {@code roles} ({@code CsvPingReader.columnRoles}), checked.
     *
     * @param fields the number of fields of the header; a line with another number is malformed
     */
    static Function2<Integer, Iterator<String>, Iterator<PingRecord>> ofLines(int[] roles, int fields,
                                                                             IngestOptions options, String where) {
        return new OfLines(roles, fields, options, where);
    }

    /** The records of rows of text fields ({@link PingInput#FIELDS}, then {@link PingInput#ROW}), checked. */
    static FlatMapFunction<Iterator<Row>, PingRecord> ofRows(IngestOptions options, String where) {
        return new OfRows(options, where);
    }

    /** A record of {@link #SCHEMA} (a carried ping) as a record. */
    static PingRecord record(Row r) {
        String reason = r.getString(7);
        if (reason != null) {
            return PingRecord.rejected(r.getString(0), r.getLong(6), RejectReason.valueOf(reason), r.getString(8));
        }
        return PingRecord.accepted(new Ping(r.getString(0), r.getLong(1), r.getDouble(2), r.getDouble(3), r.getDouble(4),
                r.getDouble(5), r.getLong(6)));
    }

    /** A record as a row of {@link #SCHEMA}. */
    static Row row(PingRecord p) {
        return RowFactory.create(p.vehicleId(), p.epochSecond(), p.latitude(), p.longitude(), p.speedKmh(),
                p.headingDeg(), p.row(), p.reason() == null ? null : p.reason().name(), p.detail());
    }

    /** Keeps what the rules said about the last record. */
    private static final class Capture implements PingSink {
        PingRecord record;

        @Override
        public void accept(Ping ping) {
            record = PingRecord.accepted(ping);
        }

        @Override
        public void reject(Rejection rejection) {
            record = PingRecord.rejected(rejection.vehicleId(), rejection.line(), rejection.reason(), rejection.detail());
        }
    }

    private static final class OfLines implements Function2<Integer, Iterator<String>, Iterator<PingRecord>>, Serializable {
        private static final long serialVersionUID = 1L;
        private final int[] roles;
        private final int fields;
        private final IngestOptions options;
        private final String where;

        OfLines(int[] roles, int fields, IngestOptions options, String where) {
            this.roles = roles.clone();
            this.fields = fields;
            this.options = options;
            this.where = where;
        }

        @Override
        public Iterator<PingRecord> call(Integer partition, Iterator<String> lines) {
            PingRows rows = new PingRows(options.settings(), where);
            Capture capture = new Capture();
            long first = (long) partition << ROW_BITS;
            return new Iterator<>() {
                private long row = first;

                @Override
                public boolean hasNext() {
                    return lines.hasNext();
                }

                @Override
                public PingRecord next() {
                    String[] f = CsvLines.split(lines.next());
                    long number = row++;
                    if (f == null || f.length != fields) {
                        return PingRecord.rejected(f == null || roles[0] >= f.length ? "" : f[roles[0]], number,
                                RejectReason.UNPARSEABLE, f == null ? "not a CSV record (an unclosed quote)"
                                        : "expected " + fields + " fields, got " + f.length);
                    }
                    rows.offer(f[roles[0]], f[roles[1]], f[roles[2]], f[roles[3]], field(f, 4), field(f, 5), number,
                            capture);
                    return capture.record;
                }

                private String field(String[] f, int role) {
                    return roles[role] < 0 ? null : f[roles[role]];
                }
            };
        }
    }

    private static final class OfRows implements FlatMapFunction<Iterator<Row>, PingRecord> {
        private static final long serialVersionUID = 1L;
        private final IngestOptions options;
        private final String where;

        OfRows(IngestOptions options, String where) {
            this.options = options;
            this.where = where;
        }

        @Override
        public Iterator<PingRecord> call(Iterator<Row> input) {
            PingRows rows = new PingRows(options.settings(), where);
            Capture capture = new Capture();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return input.hasNext();
                }

                @Override
                public PingRecord next() {
                    Row r = input.next();
                    long row = r.getLong(6);
                    rows.offer(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), row, capture);
                    return capture.record;
                }
            };
        }
    }
}
