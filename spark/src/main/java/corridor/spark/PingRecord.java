package corridor.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import corridor.monitor.ingest.Ping;
import corridor.monitor.ingest.RejectReason;

import java.io.Serializable;

/**
 * One checked record: an accepted ping, or a rejection (its reason and detail, its time
 * {@link Long#MIN_VALUE}); also a ping of an open trip carried to the next batch. Written by Kryo
 * field by field ({@link KryoSerializer}) when Spark keeps one on disk. Immutable.
 *
 * @param vehicleId   the vehicle ({@code ""} for a record without one)
 * @param epochSecond seconds since 1970; {@link Long#MIN_VALUE} on a rejection
 * @param row         increasing in the input's order: the tie-break of equal times
 * @param latitude    degrees (NaN on a rejection)
 * @param longitude   degrees (NaN on a rejection)
 * @param speedKmh    km/h; NaN: none
 * @param headingDeg  degrees; NaN: none
 * @param reason      null on an accepted ping
 * @param detail      what was wrong (null on an accepted ping)
 */
record PingRecord(String vehicleId, long epochSecond, long row, double latitude, double longitude, double speedKmh,
                  double headingDeg, RejectReason reason, String detail) implements Serializable {

    static PingRecord accepted(Ping p) {
        return new PingRecord(p.vehicleId(), p.epochSecond(), p.line(), p.latitude(), p.longitude(), p.speedKmh(),
                p.headingDeg(), null, null);
    }

    static PingRecord rejected(String vehicleId, long row, RejectReason reason, String detail) {
        return new PingRecord(vehicleId, Long.MIN_VALUE, row, Double.NaN, Double.NaN, Double.NaN, Double.NaN, reason,
                detail);
    }

    boolean isAccepted() {
        return reason == null;
    }

    /** The accepted ping (its line: {@link #row()}). */
    Ping ping() {
        return new Ping(vehicleId, epochSecond, latitude, longitude, speedKmh, headingDeg, row);
    }

    /**
     * Kryo's form of a record: the vehicle, the time and row as variable-length longs, the
     * coordinates as doubles, speed and heading only when present, and a rejection's reason and
     * detail. Registered by {@link KryoClasses}. Thread-safe (stateless).
     */
    static final class KryoSerializer extends Serializer<PingRecord> {
        private static final int HAS_SPEED = 1;
        private static final int HAS_HEADING = 2;
        private static final int REJECTED = 4;
        private static final RejectReason[] REASONS = RejectReason.values();

        KryoSerializer() {
            setImmutable(true);
        }

        @Override
        public void write(Kryo kryo, Output out, PingRecord r) {
            int flags = (Double.isNaN(r.speedKmh) ? 0 : HAS_SPEED) | (Double.isNaN(r.headingDeg) ? 0 : HAS_HEADING)
                    | (r.reason == null ? 0 : REJECTED);
            out.writeByte(flags);
            out.writeString(r.vehicleId);
            out.writeVarLong(r.row, true);
            if (r.reason != null) {
                out.writeVarInt(r.reason.ordinal(), true);
                out.writeString(r.detail);
                return;
            }
            out.writeLong(r.epochSecond);
            out.writeDouble(r.latitude);
            out.writeDouble(r.longitude);
            if ((flags & HAS_SPEED) != 0) {
                out.writeDouble(r.speedKmh);
            }
            if ((flags & HAS_HEADING) != 0) {
                out.writeDouble(r.headingDeg);
            }
        }

        @Override
        public PingRecord read(Kryo kryo, Input in, Class<PingRecord> type) {
            int flags = in.readByte();
            String vehicle = in.readString();
            long row = in.readVarLong(true);
            if ((flags & REJECTED) != 0) {
                RejectReason reason = REASONS[in.readVarInt(true)];
                return rejected(vehicle, row, reason, in.readString());
            }
            long epochSecond = in.readLong();
            double lat = in.readDouble();
            double lon = in.readDouble();
            double speed = (flags & HAS_SPEED) != 0 ? in.readDouble() : Double.NaN;
            double heading = (flags & HAS_HEADING) != 0 ? in.readDouble() : Double.NaN;
            return new PingRecord(vehicle, epochSecond, row, lat, lon, speed, heading, null, null);
        }
    }
}
