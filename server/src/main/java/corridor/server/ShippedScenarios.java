package corridor.server;

import corridor.data.BuiltInDataset;
import corridor.model.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The scenarios that ship with a dataset: files {@code scenarios/ID.yaml} (or {@code .yml},
 * {@code .json}) of the built-in dataset's index, or of a dataset directory.
 */
public final class ShippedScenarios {

    private static final String FOLDER = "scenarios/";
    private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json");

    private ShippedScenarios() {
    }

    /** The built-in dataset's scenarios, texts by id. */
    public static Map<String, String> builtIn() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name : BuiltInDataset.fileNames()) {
            // The index names files by their path in the dataset (scenarios/ID.yaml); the id is the file's name.
            if (name.startsWith(FOLDER) && hasExtension(name.substring(FOLDER.length()))) {
                texts.put(id(name.substring(FOLDER.length())), read(BuiltInDataset.RESOURCE_FOLDER + name));
            }
        }
        return texts;
    }

    /** The scenarios in {@code datasetDir/scenarios}, texts by id; none when there is no such folder. */
    public static Map<String, String> in(Path datasetDir) {
        Path folder = datasetDir.resolve(FOLDER);
        Map<String, String> texts = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            return texts;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> Files.isRegularFile(f) && hasExtension(f.getFileName().toString()))
                    .sorted().toList()) {
                texts.put(id(file.getFileName().toString()), Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new InputException(folder.toString(), "", "cannot read the scenarios: " + e.getMessage());
        }
        return texts;
    }

    private static boolean hasExtension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.contains("/") && EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    private static String id(String fileName) {
        return fileName.substring(0, fileName.lastIndexOf('.')).toLowerCase(Locale.ROOT);
    }

    private static String read(String resource) {
        try (InputStream in = ShippedScenarios.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the built-in index lists " + resource + " but there is no such resource");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
