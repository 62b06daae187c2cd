package corridor.spark;

import corridor.monitor.ingest.Ping;
import corridor.monitor.ingest.RejectReason;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import scala.Tuple2;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * What crosses the shuffle by vehicle: not one record per ping but blocks, each the pings of one
 * vehicle from one input partition, sorted by time and row and packed into bytes (time and row as
 * variable-length differences; coordinates, speed and heading, when decimals of six and three
 * places as GPS feeds write them, as variable-length differences of those decimals, else as the
 * doubles' bits: about 9 bytes a ping of the simulated fleet, 30 at most). The shuffle then
 * moves and sorts a few thousand blocks by vehicle instead of millions of records, and the
 * receiving task merges each vehicle's blocks by time and row. Rejected records cross as counts
 * by reason in a block of their own, under the vehicle {@link #REJECTIONS} (no accepted ping has
 * an empty vehicle id).
 *
 * <p>An input partition holds at most {@link #BLOCK_PINGS} pings of a vehicle before it sends
 * them, so its memory is bounded by its vehicles times that. Stateless apart from the builders
 * each task makes.
 */
final class VehicleBlocks {

    /** The key of a block of rejection counts. */
    static final String REJECTIONS = "";
    /** Pings of one vehicle a block holds at most. */
    static final int BLOCK_PINGS = 4096;

    private static final int HAS_SPEED = 1;
    private static final int HAS_HEADING = 2;
    /** Flag of a latitude written as its double's bits, not as a decimal ({@link #decimal}); the others' follow. */
    private static final int RAW_LATITUDE = 4;
    private static final int RAW_LONGITUDE = 8;
    private static final int RAW_SPEED = 16;
    private static final int RAW_HEADING = 32;
    /** Coordinates in whole millionths of a degree (six decimals, as GPS feeds write them). */
    private static final double COORDINATE_SCALE = 1e6;
    /** Speed and heading in whole thousandths of a km/h or a degree. */
    private static final double MOTION_SCALE = 1e3;
    /** What {@link #decimal} returns for a value that is no decimal of its scale. */
    private static final long NOT_DECIMAL = Long.MIN_VALUE;
    private static final RejectReason[] REASONS = RejectReason.values();

    private VehicleBlocks() {
    }

    /** The blocks of a partition of checked records. */
    static PairFlatMapFunction<Iterator<PingRecord>, String, byte[]> of() {
        return new Pack();
    }

    /** Blocks by the hash of the vehicle, so that every block of a vehicle goes to one task. */
    static final class ByVehicle extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final int partitions;

        ByVehicle(int partitions) {
            this.partitions = partitions;
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object key) {
            return Math.floorMod(key.hashCode(), partitions);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ByVehicle other && other.partitions == partitions;
        }

        @Override
        public int hashCode() {
            return partitions;
        }
    }

    /**
     * The pings of a vehicle's blocks (in any order), by time and row, decoded one at a time as
     * the iterator is read. Each block is sorted, so the blocks are merged (a heap of them by their
     * next ping) rather than decoded whole and sorted: a vehicle's pings are never all in memory
     * at once, however many it has (bench/README.md, "Issue 27, session 12"). The iterator reads
     * {@code blocks} as it goes: neither may change until it is done. Not thread-safe.
     */
    static Iterator<Ping> pings(String vehicleId, List<byte[]> blocks) {
        PriorityQueue<Cursor> waiting = new PriorityQueue<>(Cursor.BY_NEXT_PING);
        for (int b = 0; b < blocks.size(); b++) {
            Cursor cursor = new Cursor(vehicleId, blocks.get(b), b);
            if (cursor.hasNext()) {
                waiting.add(cursor);
            }
        }
        return new Iterator<>() {
            /** The block the next ping comes from; the heap holds the others. */
            private Cursor current = waiting.poll();

            @Override
            public boolean hasNext() {
                return current != null;
            }

            @Override
            public Ping next() {
                if (current == null) {
                    throw new NoSuchElementException();
                }
                Ping ping = current.next();
                if (!current.hasNext()) {
                    current = waiting.poll();
                } else if (!waiting.isEmpty() && Cursor.BY_NEXT_PING.compare(waiting.peek(), current) < 0) {
                    // blocks of a vehicle mostly follow each other in time: the heap is touched
                    // only when another block's next ping comes first
                    waiting.add(current);
                    current = waiting.poll();
                }
                return ping;
            }
        };
    }

    /** The counts by reason of a block of rejections, indexed by {@link RejectReason#ordinal()}. */
    static long[] rejections(byte[] block) {
        Reader in = new Reader(block);
        long[] counts = new long[REASONS.length];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = in.varLong();
        }
        return counts;
    }

    /**
     * {@code value} as a whole number of {@code 1 / scale}, when that number divided by
     * {@code scale} gives back the very same double (bit for bit: a parsed decimal of at most as
     * many places, as GPS feeds write them); else {@link #NOT_DECIMAL}, and the value is written
     * as its bits. Division is correctly rounded, so the reader's {@code n / scale} is the same double.
     */
    static long decimal(double value, double scale) {
        double scaled = value * scale;
        if (!(Math.abs(scaled) < 1e15)) {
            return NOT_DECIMAL;
        }
        long n = Math.round(scaled);
        return Double.doubleToRawLongBits(n / scale) == Double.doubleToRawLongBits(value) ? n : NOT_DECIMAL;
    }

    /** One block's pings in its order (time and row), each decoded when it is asked for. */
    private static final class Cursor implements Iterator<Ping> {
        /** By the next ping's time and row, then the blocks' order (a carried ping may share both with a new one). */
        static final Comparator<Cursor> BY_NEXT_PING = Comparator.<Cursor>comparingLong(c -> c.nextEpoch)
                .thenComparingLong(c -> c.nextRow).thenComparingInt(c -> c.index);

        private final String vehicleId;
        /** The block's place in the vehicle's list of blocks. */
        private final int index;
        private final Reader in;
        private final long[] previous = new long[4];
        private int left;
        private long epoch;
        private long row;
        /** Time and row of the next ping, read ahead for the merge; valid while {@link #left} > 0. */
        private long nextEpoch;
        private long nextRow;
        private int nextFlags;

        Cursor(String vehicleId, byte[] block, int index) {
            this.vehicleId = vehicleId;
            this.index = index;
            this.in = new Reader(block);
            this.left = (int) in.varLong();
            readKey();
        }

        private void readKey() {
            if (left > 0) {
                nextFlags = in.b();
                nextEpoch = epoch + in.zigzag();
                nextRow = row + in.zigzag();
            }
        }

        @Override
        public boolean hasNext() {
            return left > 0;
        }

        @Override
        public Ping next() {
            if (left == 0) {
                throw new NoSuchElementException();
            }
            int flags = nextFlags;
            epoch = nextEpoch;
            row = nextRow;
            double lat = in.value(flags, RAW_LATITUDE, previous, 0, COORDINATE_SCALE);
            double lon = in.value(flags, RAW_LONGITUDE, previous, 1, COORDINATE_SCALE);
            double speed = (flags & HAS_SPEED) != 0 ? in.value(flags, RAW_SPEED, previous, 2, MOTION_SCALE) : Double.NaN;
            double heading = (flags & HAS_HEADING) != 0 ? in.value(flags, RAW_HEADING, previous, 3, MOTION_SCALE)
                    : Double.NaN;
            left--;
            readKey();
            return new Ping(vehicleId, epoch, lat, lon, speed, heading, row);
        }
    }

    /** Packs a partition's records into blocks as they come, sending a vehicle's block when it is full. */
    private static final class Pack implements PairFlatMapFunction<Iterator<PingRecord>, String, byte[]> {
        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<Tuple2<String, byte[]>> call(Iterator<PingRecord> records) {
            return new Iterator<>() {
                private final Map<String, Builder> open = new HashMap<>();
                private final ArrayDeque<Tuple2<String, byte[]>> ready = new ArrayDeque<>();
                private final long[] rejected = new long[REASONS.length];
                private boolean ended;

                @Override
                public boolean hasNext() {
                    while (ready.isEmpty() && !ended) {
                        if (records.hasNext()) {
                            add(records.next());
                        } else {
                            end();
                        }
                    }
                    return !ready.isEmpty();
                }

                @Override
                public Tuple2<String, byte[]> next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return ready.poll();
                }

                private void add(PingRecord r) {
                    if (!r.isAccepted()) {
                        rejected[r.reason().ordinal()]++;
                        return;
                    }
                    Builder builder = open.computeIfAbsent(r.vehicleId(), v -> new Builder());
                    builder.add(r);
                    if (builder.size == BLOCK_PINGS) {
                        ready.add(new Tuple2<>(r.vehicleId(), builder.encode()));
                        open.remove(r.vehicleId());
                    }
                }

                private void end() {
                    ended = true;
                    open.forEach((vehicle, builder) -> ready.add(new Tuple2<>(vehicle, builder.encode())));
                    open.clear();
                    if (Arrays.stream(rejected).anyMatch(n -> n > 0)) {
                        Writer out = new Writer(REASONS.length * 2);
                        for (long n : rejected) {
                            out.varLong(n);
                        }
                        ready.add(new Tuple2<>(REJECTIONS, out.bytes()));
                    }
                }
            };
        }
    }

    /** One vehicle's pings of a partition in columns, in arrival order. */
    private static final class Builder {
        private int size;
        /** The indexes by time and row while encoding, or null when arrival order is that order. */
        private int[] sorted;
        private long[] epochs = new long[16];
        private long[] rows = new long[16];
        private double[] values = new double[16 * 4];

        void add(PingRecord r) {
            if (size == epochs.length) {
                epochs = Arrays.copyOf(epochs, size * 2);
                rows = Arrays.copyOf(rows, size * 2);
                values = Arrays.copyOf(values, size * 8);
            }
            epochs[size] = r.epochSecond();
            rows[size] = r.row();
            values[4 * size] = r.latitude();
            values[4 * size + 1] = r.longitude();
            values[4 * size + 2] = r.speedKmh();
            values[4 * size + 3] = r.headingDeg();
            size++;
        }

        /** The block: the count, then each ping by time and row. */
        byte[] encode() {
            Writer out = new Writer(size * 16 + 8);
            out.varLong(size);
            long epoch = 0;
            long row = 0;
            long[] previous = new long[4];
            long[] decimals = new long[4];
            for (int k = 0; k < size; k++) {
                int i = order(k);
                double speed = values[4 * i + 2];
                double heading = values[4 * i + 3];
                int flags = (Double.isNaN(speed) ? 0 : HAS_SPEED) | (Double.isNaN(heading) ? 0 : HAS_HEADING);
                for (int v = 0; v < 4; v++) {
                    decimals[v] = decimal(values[4 * i + v], v < 2 ? COORDINATE_SCALE : MOTION_SCALE);
                    if (decimals[v] == NOT_DECIMAL) {
                        flags |= RAW_LATITUDE << v;
                    }
                }
                out.b(flags);
                out.zigzag(epochs[i] - epoch);
                out.zigzag(rows[i] - row);
                epoch = epochs[i];
                row = rows[i];
                for (int v = 0; v < 4; v++) {
                    if (v < 2 || (flags & (v == 2 ? HAS_SPEED : HAS_HEADING)) != 0) {
                        out.value(values[4 * i + v], decimals[v], previous, v);
                    }
                }
            }
            return out.bytes();
        }

        /** The index of the k-th ping by time and row (arrival order when that is already sorted). */
        private int order(int k) {
            if (k == 0) {
                sorted = null;
                for (int i = 1; i < size; i++) {
                    if (epochs[i] < epochs[i - 1] || epochs[i] == epochs[i - 1] && rows[i] < rows[i - 1]) {
                        sorted = sortedIndexes();
                        break;
                    }
                }
            }
            return sorted == null ? k : sorted[k];
        }

        private int[] sortedIndexes() {
            Integer[] indexes = new Integer[size];
            for (int i = 0; i < size; i++) {
                indexes[i] = i;
            }
            Arrays.sort(indexes, Comparator.<Integer>comparingLong(i -> epochs[i]).thenComparingLong(i -> rows[i]));
            return Arrays.stream(indexes).mapToInt(Integer::intValue).toArray();
        }
    }

    /** A growing byte array with variable-length longs and doubles' bits. */
    private static final class Writer {
        private byte[] bytes;
        private int size;

        Writer(int capacity) {
            bytes = new byte[Math.max(16, capacity)];
        }

        void b(int value) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, size * 2);
            }
            bytes[size++] = (byte) value;
        }

        void varLong(long value) {
            while ((value & ~0x7FL) != 0) {
                b((int) (value & 0x7F) | 0x80);
                value >>>= 7;
            }
            b((int) value);
        }

        void zigzag(long value) {
            varLong((value << 1) ^ (value >> 63));
        }

        void doubleBits(double value) {
            long bits = Double.doubleToRawLongBits(value);
            for (int shift = 56; shift >= 0; shift -= 8) {
                b((int) (bits >>> shift));
            }
        }

        /**
         * A value: as the difference of its decimal from the field's previous decimal (consecutive
         * pings of a vehicle are near: one to three bytes), or as its bits when it is none.
         */
        void value(double value, long decimal, long[] previous, int field) {
            if (decimal == NOT_DECIMAL) {
                doubleBits(value);
            } else {
                zigzag(decimal - previous[field]);
                previous[field] = decimal;
            }
        }

        byte[] bytes() {
            return Arrays.copyOf(bytes, size);
        }
    }

    /** Reads what {@link Writer} wrote. */
    private static final class Reader {
        private final byte[] bytes;
        private int at;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int b() {
            return bytes[at++] & 0xFF;
        }

        long varLong() {
            long value = 0;
            for (int shift = 0; ; shift += 7) {
                int b = b();
                value |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
        }

        long zigzag() {
            long v = varLong();
            return (v >>> 1) ^ -(v & 1);
        }

        /** What {@link Writer#value} wrote, {@code raw} being the field's flag of a value as bits. */
        double value(int flags, int raw, long[] previous, int field, double scale) {
            if ((flags & raw) != 0) {
                return doubleBits();
            }
            previous[field] += zigzag();
            return previous[field] / scale;
        }

        double doubleBits() {
            long bits = 0;
            for (int i = 0; i < 8; i++) {
                bits = bits << 8 | b();
            }
            return Double.longBitsToDouble(bits);
        }
    }
}
