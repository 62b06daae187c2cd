package corridor.data;

import corridor.model.InputException;
import corridor.model.network.RoadLayer;
import corridor.model.network.TurnRestrictions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The on-disk form of a {@link RoadLayer}: {@code roads.bin} in a dataset directory, described in
 * {@code data/DATASET.md}. A header (magic {@code CORRIDOR-ROADS}, version, origin, counts)
 * followed by the layer's primitive arrays one after the other (version 2: then its turn restrictions'), little-endian, so that reading
 * is a bulk copy per array: about 60 bytes per segment plus 8 per intermediate point, read at
 * disk speed. Not a per-feature format on purpose: a national network has millions of segments.
 *
 * <p>Stateless; thread-safe.
 */
public final class RoadLayerFile {

    /** The file's name inside a dataset directory. */
    public static final String NAME = "roads.bin";

    private static final byte[] MAGIC = "CORRIDOR-ROADS".getBytes(StandardCharsets.US_ASCII);
    /**
     * Version 2 added the turn restrictions and the segments' {@code maxlength} after the joins; version 1
     * files are read without either.
     */
    private static final int VERSION = 2;
    private static final int OLDEST_VERSION = 1;
    private static final int CHUNK = 1 << 20;

    private RoadLayerFile() {
    }

    /** Writes {@code layer} to {@code file}, replacing it. */
    public static void write(Path file, RoadLayer layer) {
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            Writer w = new Writer(out);
            w.bytes(MAGIC);
            w.putInt(VERSION);
            RoadLayer.Origin origin = layer.origin();
            w.string(origin == null ? "" : origin.sourceId());
            w.string(origin == null ? "" : origin.fileName());
            w.string(origin == null ? "" : origin.sha256());
            w.string(origin == null || origin.replicationTimestamp() == null ? "" : origin.replicationTimestamp());
            w.string(origin == null ? "" : origin.attribution());
            Object[] arrays = layer.arrays();
            // counts: junctions, segments, points, strings, joins
            w.putInt(((int[]) arrays[0]).length);
            w.putInt(((int[]) arrays[2]).length);
            w.putInt(((int[]) arrays[15]).length);
            w.putInt(((String[]) arrays[13]).length);
            w.putInt(((String[]) arrays[17]).length);
            for (Object a : arrays) {
                w.array(a);
            }
            Object[] turns = layer.turnRestrictions().arrays();
            w.putInt(layer.turnRestrictions().count());
            for (Object a : turns) {
                w.array(a);
            }
            w.array(layer.maxLengths());
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a layer written by {@link #write}.
     *
     * @throws InputException naming the file when it is not a road layer, of another version, or cut short
     */
    public static RoadLayer read(Path file) {
        ByteBuffer in;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > Integer.MAX_VALUE) {
                in = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
            } else {
                in = ByteBuffer.allocate((int) size);
                while (in.hasRemaining() && channel.read(in) >= 0) {
                    // reads the whole file
                }
                in.flip();
            }
        } catch (IOException e) {
            throw new InputException(file.toString(), "", "cannot read the road layer: " + e.getMessage());
        }
        in.order(ByteOrder.LITTLE_ENDIAN);
        try {
            byte[] magic = new byte[MAGIC.length];
            in.get(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw new InputException(file.toString(), "", "not a Corridor road layer (it does not start with "
                        + "CORRIDOR-ROADS); write it with corridor import osm");
            }
            int version = in.getInt();
            if (version < OLDEST_VERSION || version > VERSION) {
                throw new InputException(file.toString(), "", "road layer version " + version + "; this Corridor reads "
                        + "versions " + OLDEST_VERSION + " to " + VERSION + "; import the OSM file again");
            }
            String sourceId = string(in);
            String fileName = string(in);
            String sha = string(in);
            String timestamp = string(in);
            String attribution = string(in);
            int n = count(in, file);
            int m = count(in, file);
            int p = count(in, file);
            int s = count(in, file);
            int j = count(in, file);
            int[] jLat = ints(in, n);
            int[] jLon = ints(in, n);
            int[] from = ints(in, m);
            int[] to = ints(in, m);
            long[] way = new long[m];
            in.asLongBuffer().get(way);
            in.position(in.position() + 8 * m);
            float[] length = floats(in, m);
            float[] speed = floats(in, m);
            byte[] flags = new byte[m];
            in.get(flags);
            byte[] highway = new byte[m];
            in.get(highway);
            float[] weight = floats(in, m);
            float[] height = floats(in, m);
            int[] ref = ints(in, m);
            int[] name = ints(in, m);
            String[] strings = new String[s];
            for (int i = 0; i < s; i++) {
                strings[i] = string(in);
            }
            int[] pointStart = ints(in, m + 1);
            int[] pLat = ints(in, p);
            int[] pLon = ints(in, p);
            String[] joinPlace = new String[j];
            for (int i = 0; i < j; i++) {
                joinPlace[i] = string(in);
            }
            int[] joinJunction = ints(in, j);
            float[] joinDistance = floats(in, j);
            TurnRestrictions turns = version >= 2 ? turns(in, file) : TurnRestrictions.NONE;
            float[] maxLength = version >= 2 ? floats(in, m) : RoadLayer.untagged(m);
            if (in.hasRemaining()) {
                throw new InputException(file.toString(), "", in.remaining() + " bytes after the end of the road layer");
            }
            RoadLayer.Origin origin = sourceId.isEmpty() ? null : new RoadLayer.Origin(sourceId, fileName, sha,
                    timestamp.isEmpty() ? null : timestamp, attribution);
            return new RoadLayer(jLat, jLon, from, to, way, length, speed, flags, highway, weight, height, maxLength, ref,
                    name, strings, pointStart, pLat, pLon, joinPlace, joinJunction, joinDistance, origin, turns);
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new InputException(file.toString(), "", "the road layer is cut short (" + in.limit()
                    + " bytes); import the OSM file again");
        } catch (IllegalArgumentException e) {
            throw new InputException(file.toString(), "", "the road layer is inconsistent: " + e.getMessage());
        }
    }

    /** The turn restrictions of a version 2 file: their count, then from, via, to, type, classes, relation. */
    private static TurnRestrictions turns(ByteBuffer in, Path file) {
        int t = count(in, file);
        if (t == 0) {
            return TurnRestrictions.NONE;
        }
        int[] from = ints(in, t);
        int[] via = ints(in, t);
        int[] to = ints(in, t);
        byte[] type = new byte[t];
        in.get(type);
        byte[] classes = new byte[t];
        in.get(classes);
        long[] relation = new long[t];
        in.asLongBuffer().get(relation);
        in.position(in.position() + 8 * t);
        return new TurnRestrictions(from, via, to, type, classes, relation);
    }

    private static int count(ByteBuffer in, Path file) {
        int count = in.getInt();
        if (count < 0) {
            throw new InputException(file.toString(), "", "the road layer's header is damaged (negative count)");
        }
        return count;
    }

    private static int[] ints(ByteBuffer in, int count) {
        int[] a = new int[count];
        in.asIntBuffer().get(a);
        in.position(in.position() + 4 * count);
        return a;
    }

    private static float[] floats(ByteBuffer in, int count) {
        float[] a = new float[count];
        in.asFloatBuffer().get(a);
        in.position(in.position() + 4 * count);
        return a;
    }

    private static String string(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new BufferUnderflowException();
        }
        byte[] bytes = new byte[length];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Buffered little-endian writes to a channel. */
    private static final class Writer {
        private final FileChannel out;
        private final ByteBuffer buffer = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN);

        Writer(FileChannel out) {
            this.out = out;
        }

        void room(int bytes) throws IOException {
            if (buffer.remaining() < bytes) {
                flush();
            }
        }

        void flush() throws IOException {
            buffer.flip();
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            buffer.clear();
        }

        void putInt(int v) throws IOException {
            room(4);
            buffer.putInt(v);
        }

        void bytes(byte[] b) throws IOException {
            for (int off = 0; off < b.length; ) {
                room(1);
                int n = Math.min(buffer.remaining(), b.length - off);
                buffer.put(b, off, n);
                off += n;
            }
        }

        void string(String s) throws IOException {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            putInt(b.length);
            bytes(b);
        }

        void array(Object a) throws IOException {
            if (a instanceof int[] ints) {
                for (int v : ints) {
                    room(4);
                    buffer.putInt(v);
                }
            } else if (a instanceof long[] longs) {
                for (long v : longs) {
                    room(8);
                    buffer.putLong(v);
                }
            } else if (a instanceof float[] floats) {
                for (float v : floats) {
                    room(4);
                    buffer.putFloat(v);
                }
            } else if (a instanceof byte[] b) {
                bytes(b);
            } else if (a instanceof String[] strings) {
                for (String s : strings) {
                    string(s);
                }
            } else {
                throw new IllegalArgumentException("unexpected array " + a.getClass());
            }
        }
    }
}
