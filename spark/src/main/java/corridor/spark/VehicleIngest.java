package corridor.spark;

import corridor.monitor.MonitorEngine;
import corridor.monitor.indicator.Aggregates;
import corridor.monitor.ingest.MonitorSettings;
import corridor.monitor.ingest.Ping;
import corridor.monitor.ingest.RejectReason;
import corridor.monitor.ingest.Rejection;
import corridor.monitor.match.RoadNetwork;
import corridor.monitor.state.StateJson;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The second step of a Spark ingest: one partition of checked pings, sorted by vehicle, time and
 * row, through the same {@link MonitorEngine} as {@code corridor monitor ingest}; out comes the
 * partition's {@link Aggregates} as one state row ({@link StateJson}), and, when the batch carries
 * open trips forward, the pings of each vehicle's open trip as rows of {@link CheckedPings#SCHEMA}.
 *
 * <p><b>Open trips.</b> With a batch end, each vehicle's pings after its last gap longer than the
 * engine's trip gap (6 h) form its last trip; if the vehicle's last ping is less than one trip gap
 * before the batch end, the next batch may continue that trip, so its pings are not analysed now
 * but carried, and the next batch reads them before its own. A trip is thus analysed once, whole,
 * in the batch where it ends. Pings before the last gap are analysed now: a gap that long ends a
 * trip whatever follows.
 *
 * <p>An engine serves up to {@value #VEHICLES_PER_ENGINE} vehicles, then its aggregates are merged
 * and a new one starts, which bounds the memory of open trips per partition.
 */
final class VehicleIngest implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;
    static final int VEHICLES_PER_ENGINE = 256;
    static final String STATE = "state";
    /** {@link CheckedPings#SCHEMA} plus the state of a partition (null on carried pings). */
    static final StructType SCHEMA = CheckedPings.SCHEMA.add(STATE, DataTypes.StringType, true);

    private final DatasetSource source;
    private final IngestOptions options;
    private final String where;
    /** Seconds since 1970 of the batch's end, or null when every trip ends with the batch. */
    private final Long batchEndEpochSecond;

    VehicleIngest(DatasetSource source, IngestOptions options, String where, Long batchEndEpochSecond) {
        this.source = source;
        this.options = options;
        this.where = where;
        this.batchEndEpochSecond = batchEndEpochSecond;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        Partition partition = new Partition();
        while (rows.hasNext()) {
            partition.add(rows.next());
        }
        return partition.finish().iterator();
    }

    /** The work of one partition. */
    private final class Partition {
        private final MonitorSettings settings = options.settings();
        private final RoadNetwork network = JvmCache.network(source, options.candidateRadiusKm());
        private final long tripGapSeconds = options.tripGapSeconds();
        private final Aggregates total = new Aggregates();
        private final List<Row> out = new ArrayList<>();
        private final List<Ping> lastTrip = new ArrayList<>();
        private MonitorEngine engine;
        private int vehicles;
        private String vehicle;

        void add(Row r) {
            String reason = r.getString(7);
            if (reason != null) {
                engine().reject(new Rejection(where, r.getLong(6), r.getString(0), RejectReason.valueOf(reason),
                        r.getString(8)));
                return;
            }
            Ping ping = CheckedPings.ping(r);
            if (!ping.vehicleId().equals(vehicle)) {
                endVehicle();
                vehicle = ping.vehicleId();
                if (++vehicles > VEHICLES_PER_ENGINE) {
                    total.merge(engine.finish());
                    engine = null;
                    vehicles = 1;
                }
            }
            if (batchEndEpochSecond == null) {
                engine().accept(ping);
                return;
            }
            if (!lastTrip.isEmpty() && ping.epochSecond() - lastTrip.get(lastTrip.size() - 1).epochSecond() > tripGapSeconds) {
                lastTrip.forEach(engine()::accept);
                lastTrip.clear();
            }
            lastTrip.add(ping);
        }

        private void endVehicle() {
            if (lastTrip.isEmpty()) {
                return;
            }
            long last = lastTrip.get(lastTrip.size() - 1).epochSecond();
            if (batchEndEpochSecond - last <= tripGapSeconds) {
                lastTrip.forEach(p -> out.add(state(CheckedPings.accepted(p), null)));
            } else {
                lastTrip.forEach(engine()::accept);
            }
            lastTrip.clear();
        }

        private MonitorEngine engine() {
            if (engine == null) {
                engine = new MonitorEngine(network, source.dataset(), settings, false);
                engine.beginInput(where);
            }
            return engine;
        }

        List<Row> finish() {
            endVehicle();
            if (engine != null) {
                total.merge(engine.finish());
            }
            StringWriter json = new StringWriter();
            StateJson.write(total, json);
            out.add(state(CheckedPings.placeholder(), json.toString()));
            return out;
        }
    }

    private static Row state(Row ping, String state) {
        Object[] values = new Object[SCHEMA.size()];
        for (int i = 0; i < ping.size(); i++) {
            values[i] = ping.get(i);
        }
        values[values.length - 1] = state;
        return RowFactory.create(values);
    }
}
