package corridor.spark;

import corridor.model.InputException;
import corridor.monitor.indicator.Aggregates;
import corridor.monitor.state.StateJson;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;

/**
 * The monitor state file, the same JSON as {@code corridor monitor ingest} writes, on the driver's
 * file system (a plain path) or any Hadoop file system ({@code hdfs://}, {@code s3a://}, {@code file://}).
 * Written whole or not at all: a temporary file beside it, then moved into place.
 */
final class StateFiles {

    private StateFiles() {
    }

    /** A plain path (no scheme, or a drive letter): written with java.nio; any URI goes through Hadoop. */
    static boolean isLocal(String path) {
        int colon = path.indexOf(':');
        int slash = path.indexOf('/');
        return colon < 0 || colon == 1 || (slash >= 0 && slash < colon);
    }

    static boolean exists(String path, Configuration hadoop) {
        try {
            if (isLocal(path)) {
                return Files.exists(local(path));
            }
            Path p = new Path(path);
            return p.getFileSystem(hadoop).exists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Aggregates read(String path, Configuration hadoop) {
        try {
            if (isLocal(path)) {
                if (!Files.isRegularFile(local(path))) {
                    throw new InputException(path, "", "no monitor state here");
                }
                try (Reader in = Files.newBufferedReader(local(path), StandardCharsets.UTF_8)) {
                    return StateJson.read(in, path);
                }
            }
            Path p = new Path(path);
            try (Reader in = new InputStreamReader(p.getFileSystem(hadoop).open(p), StandardCharsets.UTF_8)) {
                return StateJson.read(in, path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot read " + path + ": " + e.getMessage(), e));
        }
    }

    static void write(Aggregates aggregates, String path, Configuration hadoop) {
        try {
            if (isLocal(path)) {
                java.nio.file.Path target = local(path).toAbsolutePath();
                Files.createDirectories(target.getParent());
                java.nio.file.Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
                try {
                    try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                        StateJson.write(aggregates, out);
                    }
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(temp);
                }
                return;
            }
            Path target = new Path(path);
            FileSystem fs = target.getFileSystem(hadoop);
            Path temp = new Path(target.getParent(), "." + target.getName() + ".tmp");
            try (Writer out = new OutputStreamWriter(fs.create(temp, true), StandardCharsets.UTF_8)) {
                StateJson.write(aggregates, out);
            }
            fs.delete(target, false);
            if (!fs.rename(temp, target)) {
                throw new IOException("cannot move " + temp + " to " + target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot write " + path + ": " + e.getMessage(), e));
        }
    }

    private static java.nio.file.Path local(String path) {
        return java.nio.file.Path.of(path);
    }
}
