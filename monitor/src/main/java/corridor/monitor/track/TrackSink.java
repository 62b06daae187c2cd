package corridor.monitor.track;

import corridor.monitor.ingest.Ping;
import corridor.monitor.ingest.RejectReason;

import java.util.List;

/**
 * Receives what a {@link VehicleStream} finds: each released ping accepted or rejected by the
 * rules that need the vehicle's previous ping, and each finished trip's track points. Called on
 * the thread that feeds the stream.
 */
public interface TrackSink {

    /** A ping that passed the per-vehicle rules and joined the current trip. */
    void accepted(Ping ping);

    /**
     * A ping that broke a per-vehicle rule ({@link RejectReason#TELEPORT}, {@link RejectReason#DUPLICATE},
     * {@link RejectReason#OUT_OF_ORDER}).
     *
     * @param detail the specifics for a person ("12.0 km from line 3 in 10 s ...")
     */
    void rejected(Ping ping, RejectReason reason, String detail);

    /**
     * A finished trip.
     *
     * @param points its track points in time order; the list is reused after the call returns
     */
    void trip(String vehicleId, List<TrackPoint> points);
}
