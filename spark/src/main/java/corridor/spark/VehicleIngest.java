package corridor.spark;

import corridor.monitor.MonitorEngine;
import corridor.monitor.indicator.Aggregates;
import corridor.monitor.ingest.MonitorSettings;
import corridor.monitor.ingest.Ping;
import corridor.monitor.ingest.RejectReason;
import corridor.monitor.match.RoadNetwork;
import corridor.monitor.state.StateJson;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

import java.io.Serializable;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The second step of a Spark ingest: one partition of checked pings, sorted by vehicle, time and
 * row, through the same {@link MonitorEngine} as {@code corridor monitor ingest}; out comes the
 * partition's {@link Aggregates} as one state ({@link StateJson}), and, when the batch carries
 * open trips forward, the pings of each vehicle's open trip.
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
final class VehicleIngest implements FlatMapFunction<Iterator<Tuple2<String, byte[]>>, VehicleIngest.Output> {

    private static final long serialVersionUID = 1L;
    static final int VEHICLES_PER_ENGINE = 256;

    /**
     * What a partition gives: its state (JSON of {@link StateJson}), once, or a ping carried to
     * the next batch. A class, not a record: Kryo's field serializer cannot build records.
     */
    static final class Output implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String state;
        private final PingRecord carried;

        Output(String state, PingRecord carried) {
            this.state = state;
            this.carried = carried;
        }

        /** The partition's aggregates as state JSON; null on a carried ping. */
        String state() {
            return state;
        }

        /** A ping of an open trip; null on the state. */
        PingRecord carried() {
            return carried;
        }
    }

    /** The dataset, shipped to each executor once. */
    private final Broadcast<DatasetSource> source;
    private final IngestOptions options;
    private final String where;
    /** Seconds since 1970 of the batch's end, or null when every trip ends with the batch. */
    private final Long batchEndEpochSecond;

    VehicleIngest(Broadcast<DatasetSource> source, IngestOptions options, String where, Long batchEndEpochSecond) {
        this.source = source;
        this.options = options;
        this.where = where;
        this.batchEndEpochSecond = batchEndEpochSecond;
    }

    @Override
    public Iterator<Output> call(Iterator<Tuple2<String, byte[]>> blocks) {
        Partition partition = new Partition(source.value());
        // blocks come sorted by vehicle: gather each vehicle's, then its pings in time order
        String vehicle = null;
        List<byte[]> ofVehicle = new ArrayList<>();
        while (blocks.hasNext()) {
            Tuple2<String, byte[]> block = blocks.next();
            if (block._1().equals(VehicleBlocks.REJECTIONS)) {
                partition.rejected(VehicleBlocks.rejections(block._2()));
                continue;
            }
            if (!block._1().equals(vehicle)) {
                partition.vehicle(vehicle, ofVehicle);
                vehicle = block._1();
                ofVehicle.clear();
            }
            ofVehicle.add(block._2());
        }
        partition.vehicle(vehicle, ofVehicle);
        return partition.finish().iterator();
    }

    /** The work of one partition. */
    private final class Partition {
        private final MonitorSettings settings = options.settings();
        private final DatasetSource dataset;
        private final RoadNetwork network;
        private final long tripGapSeconds = options.tripGapSeconds();
        private final Aggregates total = new Aggregates();
        private final List<Output> out = new ArrayList<>();
        private final List<Ping> lastTrip = new ArrayList<>();
        private MonitorEngine engine;
        private int vehicles;

        Partition(DatasetSource dataset) {
            this.dataset = dataset;
            this.network = JvmCache.network(dataset, options.candidateRadiusKm());
        }

        void rejected(long[] countsByReason) {
            RejectReason[] reasons = RejectReason.values();
            for (int r = 0; r < countsByReason.length; r++) {
                for (long n = 0; n < countsByReason[r]; n++) {
                    total.countRejected(reasons[r]);
                }
            }
        }

        /** All pings of one vehicle, from its blocks. */
        void vehicle(String vehicleId, List<byte[]> blocks) {
            if (vehicleId == null) {
                return;
            }
            if (++vehicles > VEHICLES_PER_ENGINE) {
                if (engine != null) {
                    total.merge(engine.finish());
                    engine = null;
                }
                vehicles = 1;
            }
            for (Iterator<Ping> pings = VehicleBlocks.pings(vehicleId, blocks); pings.hasNext(); ) {
                add(pings.next());
            }
            endVehicle();
        }

        private void add(Ping ping) {
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
                lastTrip.forEach(p -> out.add(new Output(null, PingRecord.accepted(p))));
            } else {
                lastTrip.forEach(engine()::accept);
            }
            lastTrip.clear();
        }

        private MonitorEngine engine() {
            if (engine == null) {
                engine = new MonitorEngine(network, dataset.dataset(), settings, false);
                engine.beginInput(where);
            }
            return engine;
        }

        List<Output> finish() {
            if (engine != null) {
                total.merge(engine.finish());
            }
            StringWriter json = new StringWriter();
            StateJson.write(total, json);
            out.add(new Output(json.toString(), null));
            return out;
        }
    }
}
