package corridor.osm;

import corridor.data.InputFiles;
import corridor.model.InputException;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Checks that a file is a whole OSM PBF file before any of it is imported, and computes its
 * SHA-256 on the same read. A PBF file is a sequence of blocks: a 4-byte big-endian length, a
 * {@code BlobHeader} (its type, and the size of the blob that follows), then the blob. The first
 * block must be an {@code OSMHeader}; every block must be complete, so a download cut short is
 * refused with the offset where it ends rather than imported in part.
 *
 * <p>Stateless; thread-safe.
 */
public final class PbfFile {

    /** Limits of the PBF format (OSM wiki, PBF Format): a BlobHeader under 64 KiB, a blob under 32 MiB. */
    private static final int MAX_HEADER = 64 * 1024;
    private static final int MAX_BLOB = 32 * 1024 * 1024;

    /**
     * What the check found.
     *
     * @param sha256 the file's SHA-256, lower-case hex
     * @param blocks how many blocks it has
     * @param bytes  its size
     */
    public record Checked(String sha256, long blocks, long bytes) {
    }

    private PbfFile() {
    }

    /**
     * Checks {@code file}.
     *
     * @throws InputException naming the file and the byte offset when it is not PBF or is truncated, and what it
     *                        is when it is no file with content (a directory, a device, an empty file)
     */
    public static Checked check(Path file) {
        InputFiles.requireNonEmptyFile(file, file.toString());
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long offset = 0;
        long blocks = 0;
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(new DigestInputStream(raw, sha), 1 << 16))) {
            while (true) {
                int first = in.read();
                if (first < 0) {
                    break;
                }
                int headerLength = (first << 24) | (in.readUnsignedByte() << 16) | (in.readUnsignedByte() << 8)
                        | in.readUnsignedByte();
                if (headerLength <= 0 || headerLength > MAX_HEADER) {
                    throw notPbf(file, offset, "a block header of " + headerLength + " bytes");
                }
                byte[] header = new byte[headerLength];
                readFully(in, header, file, offset + 4, "block header");
                BlobHeader blob = BlobHeader.parse(header);
                if (blob == null) {
                    throw notPbf(file, offset, "a block header that is not a PBF BlobHeader");
                }
                if (blocks == 0 && !blob.type.equals("OSMHeader")) {
                    throw notPbf(file, offset, "a first block of type '" + blob.type + "' (an OSM PBF file starts with OSMHeader)");
                }
                if (blob.dataSize < 0 || blob.dataSize > MAX_BLOB) {
                    throw notPbf(file, offset, "a block of " + blob.dataSize + " bytes");
                }
                long dataStart = offset + 4 + headerLength;
                long skipped = skip(in, blob.dataSize);
                if (skipped < blob.dataSize) {
                    throw new InputException(file.toString(), "byte " + dataStart, "the file is truncated: block "
                            + (blocks + 1) + " declares " + blob.dataSize + " bytes of data but only " + skipped
                            + " remain; download it again");
                }
                offset = dataStart + blob.dataSize;
                blocks++;
            }
        } catch (IOException e) {
            throw new InputException(file.toString(), "", "cannot read the file: " + e.getMessage());
        }
        if (blocks == 0) {
            throw new InputException(file.toString(), "", "the file is empty; an OSM PBF file was expected");
        }
        return new Checked(HexFormat.of().formatHex(sha.digest()), blocks, offset);
    }

    /** Skips up to {@code n} bytes (they still pass through the digest); returns how many there were. */
    private static long skip(InputStream in, long n) throws IOException {
        byte[] buffer = new byte[8192];
        long done = 0;
        while (done < n) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, n - done));
            if (read < 0) {
                break;
            }
            done += read;
        }
        return done;
    }

    private static InputException notPbf(Path file, long offset, String what) {
        return new InputException(file.toString(), "byte " + offset, "not an OpenStreetMap PBF file: found " + what
                + " (give a .osm.pbf file, e.g. an extract from download.geofabrik.de)");
    }

    private static void readFully(DataInputStream in, byte[] buffer, Path file, long offset, String what) throws IOException {
        try {
            in.readFully(buffer);
        } catch (EOFException e) {
            throw new InputException(file.toString(), "byte " + offset, "the file is truncated inside a " + what
                    + "; download it again");
        }
    }

    /** The two fields of a BlobHeader the check needs (protobuf fields 1 and 3). */
    private record BlobHeader(String type, long dataSize) {
        static BlobHeader parse(byte[] b) {
            String type = null;
            long dataSize = -1;
            int i = 0;
            while (i < b.length) {
                long[] key = varint(b, i);
                if (key == null) {
                    return null;
                }
                i = (int) key[1];
                int field = (int) (key[0] >>> 3);
                int wire = (int) (key[0] & 7);
                if (wire == 0) {
                    long[] v = varint(b, i);
                    if (v == null) {
                        return null;
                    }
                    i = (int) v[1];
                    if (field == 3) {
                        dataSize = v[0];
                    }
                } else if (wire == 2) {
                    long[] len = varint(b, i);
                    if (len == null || len[1] + len[0] > b.length || len[0] < 0) {
                        return null;
                    }
                    if (field == 1) {
                        type = new String(b, (int) len[1], (int) len[0], StandardCharsets.UTF_8);
                    }
                    i = (int) (len[1] + len[0]);
                } else {
                    return null;
                }
            }
            return type == null || dataSize < 0 ? null : new BlobHeader(type, dataSize);
        }

        /** {value, next index}, or null when the bytes end inside the varint. */
        private static long[] varint(byte[] b, int i) {
            long value = 0;
            for (int shift = 0; shift < 64 && i < b.length; shift += 7) {
                int c = b[i++] & 0xff;
                value |= (long) (c & 0x7f) << shift;
                if ((c & 0x80) == 0) {
                    return new long[] {value, i};
                }
            }
            return null;
        }
    }
}
