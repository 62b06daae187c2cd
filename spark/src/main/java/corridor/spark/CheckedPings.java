package corridor.spark;

import corridor.monitor.ingest.Ping;
import corridor.monitor.ingest.PingRows;
import corridor.monitor.ingest.PingSink;
import corridor.monitor.ingest.RejectReason;
import corridor.monitor.ingest.Rejection;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.Iterator;

/**
 * The first step of a Spark ingest: each record's own rules ({@link PingRows}: fields, coordinates,
 * future timestamps), record by record, before the shuffle by vehicle. A record comes out as an
 * accepted ping (its reason null) or as a rejection (its reason's name and detail).
 *
 * <p>The same schema holds the pings one batch carries to the next ({@link VehicleIngest}).
 */
final class CheckedPings implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    static final String VEHICLE = "vehicle_id";
    static final String EPOCH = "epoch_second";
    static final String ROW = "row";
    static final String REASON = "reject_reason";

    /** vehicle, time, position, speed (NaN: none), heading (NaN: none), row, rejection reason and detail. */
    static final StructType SCHEMA = new StructType()
            .add(VEHICLE, DataTypes.StringType, false)
            .add(EPOCH, DataTypes.LongType, false)
            .add("latitude", DataTypes.DoubleType, false)
            .add("longitude", DataTypes.DoubleType, false)
            .add("speed_kmh", DataTypes.DoubleType, false)
            .add("heading", DataTypes.DoubleType, false)
            .add(ROW, DataTypes.LongType, false)
            .add(REASON, DataTypes.StringType, true)
            .add("reject_detail", DataTypes.StringType, true);

    private final IngestOptions options;
    private final String where;

    CheckedPings(IngestOptions options, String where) {
        this.options = options;
        this.where = where;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> input) {
        PingRows rows = new PingRows(options.settings(), where);
        Capture capture = new Capture();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return input.hasNext();
            }

            @Override
            public Row next() {
                Row r = input.next();
                long row = r.getLong(7);
                if (r.getString(6) != null) {
                    return rejected(r.getString(0) == null ? "" : r.getString(0), row, RejectReason.UNPARSEABLE,
                            "malformed CSV record (wrong number of fields or an unclosed quote)");
                }
                rows.offer(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), row, capture);
                return capture.row;
            }
        };
    }

    /** A ping as a row of {@link #SCHEMA}. */
    static Row accepted(Ping p) {
        return RowFactory.create(p.vehicleId(), p.epochSecond(), p.latitude(), p.longitude(), p.speedKmh(),
                p.headingDeg(), p.line(), null, null);
    }

    static Row rejected(String vehicle, long row, RejectReason reason, String detail) {
        return RowFactory.create(vehicle, Long.MIN_VALUE, Double.NaN, Double.NaN, Double.NaN, Double.NaN, row,
                reason.name(), detail);
    }

    /** A row of {@link #SCHEMA} that stands for no ping (beside a partition's state). */
    static Row placeholder() {
        return RowFactory.create("", 0L, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0L, null, null);
    }

    /** A row of {@link #SCHEMA} back as a ping (for accepted rows). */
    static Ping ping(Row r) {
        return new Ping(r.getString(0), r.getLong(1), r.getDouble(2), r.getDouble(3), r.getDouble(4), r.getDouble(5),
                r.getLong(6));
    }

    /** Keeps what the rules said about the last record. */
    private static final class Capture implements PingSink {
        Row row;

        @Override
        public void accept(Ping ping) {
            row = accepted(ping);
        }

        @Override
        public void reject(Rejection rejection) {
            row = rejected(rejection.vehicleId(), rejection.line(), rejection.reason(), rejection.detail());
        }
    }
}
