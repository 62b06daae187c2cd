package corridor.spark;

import corridor.data.BuiltInDataset;
import corridor.data.DatasetReader;
import corridor.model.Dataset;
import corridor.model.InputException;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Where the executors get the dataset from: the built-in CPEC dataset (inside the job's jar), or
 * the files of a dataset directory read once on the driver and shipped with the job (a dataset is
 * a few megabytes), so executors need no shared file system for it.
 *
 * <p>Each JVM reads the dataset once per {@link #key()} ({@link #dataset()}): an executor running
 * many tasks parses it once. Serializable; thread-safe.
 */
public final class DatasetSource implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, Dataset> LOADED = new ConcurrentHashMap<>();

    private final String label;
    private final String key;
    /** Relative path → content; null for the built-in dataset. */
    private final LinkedHashMap<String, byte[]> files;

    private DatasetSource(String label, String key, LinkedHashMap<String, byte[]> files) {
        this.label = label;
        this.key = key;
        this.files = files;
    }

    /** The built-in CPEC dataset. */
    public static DatasetSource builtIn() {
        return new DatasetSource("built-in CPEC dataset", "built-in", null);
    }

    /**
     * The dataset in {@code dir} (on the driver's file system), read and checked now.
     *
     * @throws InputException when the directory is missing or the dataset has errors
     */
    public static DatasetSource directory(Path dir) {
        DatasetReader.read(dir).orThrow();
        LinkedHashMap<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
                files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot read the dataset in " + dir + ": " + e.getMessage(), e));
        }
        return new DatasetSource(dir.toString(), digest(files), files);
    }

    /** A name for messages. */
    public String label() {
        return label;
    }

    /** Identifies the content: equal keys, equal datasets. */
    public String key() {
        return key;
    }

    /** The dataset, read once per JVM. */
    public Dataset dataset() {
        return LOADED.computeIfAbsent(key, k -> files == null ? BuiltInDataset.load() : materialize());
    }

    private Dataset materialize() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("corridor-dataset-");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey()).normalize();
                if (!target.startsWith(dir)) {
                    throw new IllegalStateException("dataset file outside its directory: " + file.getKey());
                }
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            return DatasetReader.read(dir).orThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary directory left behind is harmless; the dataset was read
        }
    }

    private static String digest(Map<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                sha.update(file.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(file.getValue());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The names of the files shipped (empty for the built-in dataset). */
    List<String> fileNames() {
        return files == null ? List.of() : List.copyOf(files.keySet());
    }
}
