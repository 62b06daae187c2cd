package corridor.data;

import corridor.model.network.RoadLayer;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.CRC32C;

/**
 * The contraction order of a road layer's junctions, kept beside it: {@code roads.order} next to
 * {@code roads.bin}, so that the routing hierarchy is not ordered anew each time the dataset is read
 * (about a second on a city's roads, minutes on a country's). Described in {@code data/DATASET.md}.
 *
 * <p>Little-endian: the magic {@code CORRIDOR-ORDER}, the version, the junction and segment counts and
 * the {@link #fingerprint} of the roads it was computed for, one int rank per junction, then a CRC-32C of
 * everything before it. The fingerprint covers what the order depends on (the junctions' positions and
 * the segments' ends), so a roads.bin imported again with other roads no longer matches, while tags,
 * names or speeds, which no order depends on, do not matter. A file that is missing, cut short, damaged
 * or made for other roads is reported by {@link #read} with the reason, never thrown: the caller computes
 * the order again and rewrites it. {@link #write} replaces the file atomically ({@link DurableFiles}).
 *
 * <p>Stateless; thread-safe. Two writers of one file must not run at once.
 */
public final class RoadOrderFile {

    /** The file's name inside a dataset directory, beside {@link RoadLayerFile#NAME}. */
    public static final String NAME = "roads.order";

    private static final byte[] MAGIC = "CORRIDOR-ORDER".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;
    /** Magic, version, junctions, segments, fingerprint. */
    private static final int HEADER_BYTES = MAGIC.length + 4 + 4 + 4 + 8;

    private RoadOrderFile() {
    }

    /**
     * What {@link #read} found: the ranks when the file holds an order of these roads, else why not.
     *
     * @param ranks   per junction its rank ({@link RoadLayer#withJunctionRanks}); null when {@code problem} is set
     * @param problem why the file cannot be used, in words for a one-line note ("roads.order is cut short");
     *                null when it can
     */
    public record Stored(int[] ranks, String problem) {

        /** Whether the file held a usable order. */
        public boolean usable() {
            return problem == null;
        }
    }

    /**
     * Writes {@code ranks} (per junction of {@code roads}) to {@code file}, replacing it whole or not at all.
     *
     * @throws IllegalArgumentException      when {@code ranks} has not one entry per junction
     * @throws java.io.UncheckedIOException when the file cannot be written; an old file is then untouched
     */
    public static void write(Path file, RoadLayer roads, int[] ranks) {
        if (ranks.length != roads.junctionCount()) {
            throw new IllegalArgumentException(ranks.length + " ranks for " + roads.junctionCount() + " junctions");
        }
        ByteBuffer out = ByteBuffer.allocate(HEADER_BYTES + 4 * ranks.length + 4).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).putInt(VERSION).putInt(roads.junctionCount()).putInt(roads.segmentCount())
                .putLong(fingerprint(roads));
        out.asIntBuffer().put(ranks);
        out.position(out.position() + 4 * ranks.length);
        out.putInt(checksum(out.array(), out.position()));
        out.flip();
        DurableFiles.write(file, out);
    }

    /** Reads the order in {@code file} for {@code roads}: its ranks, or why it cannot be used. */
    public static Stored read(Path file, RoadLayer roads) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            long expected = HEADER_BYTES + 4L * roads.junctionCount() + 4;
            if (size > expected) {
                return problem(file, "is longer than an order of these roads (" + size + " bytes, " + expected
                        + " expected)");
            }
            bytes = new byte[(int) size];
            try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining() && in.read(buffer) >= 0) {
                    // reads the whole file
                }
            }
        } catch (NoSuchFileException e) {
            return problem(file, "is missing");
        } catch (IOException e) {
            return problem(file, "cannot be read (" + e.getMessage() + ")");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        try {
            byte[] magic = new byte[MAGIC.length];
            in.get(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                return problem(file, "is not an order file (it does not start with CORRIDOR-ORDER)");
            }
            int version = in.getInt();
            if (version != VERSION) {
                return problem(file, "is of version " + version + "; this Corridor reads version " + VERSION);
            }
            int junctions = in.getInt();
            int segments = in.getInt();
            long fingerprint = in.getLong();
            if (junctions != roads.junctionCount() || segments != roads.segmentCount()
                    || fingerprint != fingerprint(roads)) {
                return problem(file, junctions == roads.junctionCount() && segments == roads.segmentCount()
                        ? "was made for other roads (roads.bin changed since: junctions moved or segments re-drawn)"
                        : String.format(Locale.ROOT, "was made for other roads (%,d junctions, %,d segments; roads.bin "
                        + "has %,d and %,d)", junctions, segments, roads.junctionCount(), roads.segmentCount()));
            }
            int[] ranks = new int[junctions];
            in.asIntBuffer().get(ranks);
            in.position(in.position() + 4 * junctions);
            int stored = in.getInt();
            if (stored != checksum(bytes, in.position() - 4)) {
                return problem(file, "is damaged (its checksum does not match)");
            }
            if (!isPermutation(ranks)) {
                return problem(file, "is damaged (its ranks are not an order of the junctions)");
            }
            return new Stored(ranks, null);
        } catch (BufferUnderflowException e) {
            return problem(file, "is cut short (" + bytes.length + " bytes, " + (HEADER_BYTES + 4L
                    * roads.junctionCount() + 4) + " expected)");
        }
    }

    /**
     * A 64-bit hash of what a junction order depends on: the number of junctions and segments, each
     * junction's position (1e-7 degrees) and each segment's two ends. Equal roads give equal fingerprints;
     * a change to any of these changes it but for a chance of one in 2^64.
     */
    public static long fingerprint(RoadLayer roads) {
        Object[] arrays = roads.arrays();
        long h = 0xcbf29ce484222325L;
        h = mix(h, roads.junctionCount());
        h = mix(h, roads.segmentCount());
        for (int k = 0; k < 4; k++) {
            for (int v : (int[]) arrays[k]) { // junction latitudes, longitudes, segment from, to
                h = mix(h, v);
            }
        }
        // finalizer of SplitMix64, so that every input bit reaches every output bit
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }

    private static long mix(long h, int v) {
        return (h ^ (v & 0xffffffffL)) * 0x100000001b3L;
    }

    private static int checksum(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }

    private static boolean isPermutation(int[] ranks) {
        boolean[] seen = new boolean[ranks.length];
        for (int r : ranks) {
            if (r < 0 || r >= ranks.length || seen[r]) {
                return false;
            }
            seen[r] = true;
        }
        return true;
    }

    private static Stored problem(Path file, String what) {
        return new Stored(null, file.getFileName() + " " + what);
    }
}
