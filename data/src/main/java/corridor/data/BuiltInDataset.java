package corridor.data;

import corridor.data.load.DatasetFiles;
import corridor.model.Dataset;
import corridor.model.InputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in CPEC dataset, shipped as resources under {@code corridor/dataset/cpec/}.
 *
 * <p>Its files are listed in the resource {@code corridor/dataset/cpec/FILES}, one relative name
 * a line, because a classpath directory cannot be listed portably (inside a jar, say). Every file
 * named there is part of the dataset and of its export.
 */
public final class BuiltInDataset {

    /** The classpath folder of the built-in dataset. */
    public static final String RESOURCE_FOLDER = "corridor/dataset/cpec/";
    /** The index of the built-in files, in {@link #RESOURCE_FOLDER}. */
    public static final String INDEX = "FILES";

    private static Dataset cached;

    private BuiltInDataset() {
    }

    /**
     * The built-in dataset, read once.
     *
     * @throws InputException when it has errors (a defect of the build, reported precisely)
     */
    public static synchronized Dataset load() {
        if (cached == null) {
            cached = DatasetReader.readBuiltIn().orThrow();
        }
        return cached;
    }

    /** The relative file names of the built-in dataset, as listed in its index. */
    public static List<String> fileNames() {
        try (InputStream in = open(INDEX)) {
            if (in == null) {
                throw new IllegalStateException("the built-in dataset has no index " + RESOURCE_FOLDER + INDEX);
            }
            List<String> names = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String name = line.trim();
                    if (!name.isEmpty() && !name.startsWith("#") && !names.contains(name)) {
                        names.add(name);
                    }
                }
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The built-in files, for the reader. */
    static DatasetFiles files() {
        return DatasetFiles.resources("cpec", BuiltInDataset.class.getClassLoader(), RESOURCE_FOLDER);
    }

    /** Opens a built-in file by its relative name; null when there is none. */
    static InputStream open(String fileName) {
        return BuiltInDataset.class.getClassLoader().getResourceAsStream(RESOURCE_FOLDER + fileName);
    }

    /**
     * The text of a built-in file by its relative name ({@code od-pairs.csv}), read as UTF-8.
     *
     * @throws IllegalStateException when the build ships no such file (a defect of the build)
     */
    public static String text(String fileName) {
        try (InputStream in = open(fileName)) {
            if (in == null) {
                throw new IllegalStateException("the built-in dataset has no " + fileName);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the built-in files into {@code dir}, refusing to overwrite any. */
    public static void exportTo(Path dir) {
        exportTo(dir, false);
    }

    /**
     * Writes the built-in files, byte for byte, into {@code dir} (created when missing).
     *
     * @param overwrite whether files already in {@code dir} with the names of dataset files may be replaced
     * @throws InputException when {@code dir} is not a directory, or holds dataset files and
     *                        {@code overwrite} is false; nothing is written then
     */
    public static void exportTo(Path dir, boolean overwrite) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InputException(dir.toString(), "", "exists and is not a directory");
        }
        List<String> names = fileNames();
        List<String> present = names.stream().filter(n -> Files.exists(dir.resolve(n))).toList();
        if (!overwrite && !present.isEmpty()) {
            throw new InputException(dir.toString(), "", "already holds dataset files (" + String.join(", ", present)
                    + "); refusing to overwrite them");
        }
        // Everything is read before anything is written, so a broken build writes nothing.
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (String name : names) {
            if (name.startsWith("/") || name.contains("..")) {
                throw new IllegalStateException("bad name in the built-in index: " + name);
            }
            try (InputStream in = open(name)) {
                if (in == null) {
                    throw new IllegalStateException("the built-in index lists " + name + " but there is no such resource");
                }
                contents.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            for (Map.Entry<String, byte[]> file : contents.entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        } catch (IOException e) {
            throw new InputException(dir.toString(), "", "cannot write: " + e.getMessage());
        }
    }
}
