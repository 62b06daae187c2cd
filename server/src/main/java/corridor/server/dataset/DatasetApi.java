package corridor.server.dataset;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.api.JsonValues;
import corridor.data.DatasetReader;
import corridor.data.load.DatasetLoad;
import corridor.data.load.Problem;
import corridor.model.Dataset;
import corridor.model.InputException;
import corridor.server.http.Endpoint;
import corridor.server.http.ErrorResponses;
import corridor.server.http.Params;
import corridor.server.http.RequestText;
import corridor.server.http.WriteGuard;
import corridor.store.LoadedDataset;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Uploading a dataset (a write): the files of {@code data/DATASET.md} as texts in a JSON body.
 * They are checked by the dataset reader; a dataset with errors is refused with its problems,
 * one without replaces the served dataset and the store's content at once ({@link ServedDataset#upload}):
 * it is kept in the store and served again after a restart.
 *
 * <p>The files are written to a fresh temporary directory for the reader, under names taken from
 * the list below, never from the request; the directory is deleted afterwards.
 */
public final class DatasetApi {

    /** The files a dataset may have, as DATASET.md lists them. */
    public static final List<String> FILES = List.of("sources.csv", "modes.csv", "places.geojson", "calendars.csv",
            "links.geojson", "projects.geojson", "indicators.csv", "incidents.geojson", "minerals.geojson");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    static final int PROBLEMS_SHOWN = 50;

    private final ServedDataset served;
    private final WriteGuard guard;

    public DatasetApi(ServedDataset served, WriteGuard guard) {
        this.served = served;
        this.guard = guard;
    }

    public void register(JavalinConfig config) {
        Endpoint.DATASET_UPLOAD.register(config, this::upload);
    }

    private void upload(Context ctx) {
        guard.check(ctx);
        Params.of(ctx);
        JsonNode body = RequestText.jsonObject(ctx.bodyAsBytes(),
                "{\"name\": ..., \"files\": {\"sources.csv\": \"...\", ...}}");
        String name = body.path("name").asText("uploaded");
        if (!NAME.matcher(name).matches()) {
            throw new InputException("request body", "name", "'" + name + "' is not a dataset name; use 1 to 64 "
                    + "lower-case letters, digits, '-' or '_'");
        }
        DatasetLoad load = read(files(body));
        if (load.hasErrors()) {
            ctx.status(400).json(problems(load));
            return;
        }
        Dataset read = load.dataset();
        Dataset dataset = read.withName(name);
        LoadedDataset stored = served.upload(dataset);
        ctx.json(JsonValues.object(new Uploaded(dataset.name(), stored.recordCount(), stored.contentHash(),
                stored.version(), true, true, load.warnings().size())));
    }

    /** An upload kept: the dataset's name, records, content hash and version, durable and served at once. */
    private record Uploaded(String name, int records, String contentHash, long version, boolean durable,
                            boolean reloaded, int warnings) {
    }

    /** The texts of the files, by the name from {@link #FILES} each one matches. */
    private static Map<String, String> files(JsonNode body) {
        JsonNode files = body.get("files");
        if (files == null || !files.isObject() || files.isEmpty()) {
            throw new InputException("request body", "files", "expected an object of file name to file text, such as "
                    + "{\"sources.csv\": \"id,publisher,...\"}; the names are " + String.join(", ", FILES));
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = files.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> file = it.next();
            int known = FILES.indexOf(file.getKey());
            if (known < 0) {
                throw new InputException("request body", "files." + file.getKey(), "not a dataset file; the names are "
                        + String.join(", ", FILES));
            }
            if (!file.getValue().isTextual()) {
                throw new InputException("request body", "files." + file.getKey(), "expected the file's text as a string");
            }
            texts.put(FILES.get(known), file.getValue().asText());
        }
        return texts;
    }

    private static DatasetLoad read(Map<String, String> texts) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("corridor-upload-");
            for (Map.Entry<String, String> file : texts.entrySet()) {
                Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            return DatasetReader.read(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage an uploaded dataset", e);
        } finally {
            delete(dir);
        }
    }

    /**
     * The refusal: the first error (a root cause: the reader lists knock-on errors, references to
     * records left out for their own errors, after the others) in the message, then the errors and
     * the warnings, at most {@link #PROBLEMS_SHOWN}, and how many more there are.
     */
    private static ObjectNode problems(DatasetLoad load) {
        List<Problem> errors = load.errors();
        Problem first = errors.get(0);
        long knockOns = errors.stream().filter(Problem::isKnockOn).count();
        List<Problem> all = Stream.concat(errors.stream(), load.warnings().stream()).toList();
        int more = Math.max(0, all.size() - PROBLEMS_SHOWN);
        ObjectNode body = ErrorResponses.body("invalid_dataset", "the dataset has " + errors.size() + " error(s)"
                + (knockOns == 0 ? "" : ", " + knockOns + " of them following from records left out for their own errors")
                + "; the first: " + first.where() + (first.field().isEmpty() ? "" : ", " + first.field()) + ": "
                + first.message() + (more == 0 ? "" : "; the list shows the first " + PROBLEMS_SHOWN + " problems, and "
                + more + " more"));
        body.set("problems", JsonValues.objects(all.subList(0, all.size() - more).stream().map(p -> new ProblemJson(
                p.isError() ? "error" : "warning", p.file(), p.location(), p.field(), p.message(),
                p.isKnockOn() ? p.cause() : null)).toList()));
        body.put("more", more);
        return body;
    }

    /** A problem of an upload; {@code cause} (the record left out it follows from) only for a knock-on error. */
    private record ProblemJson(String severity, String file, String location, String field, String message,
                               @JsonInclude(JsonInclude.Include.NON_NULL) String cause) {
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A leftover temporary directory is harmless; the upload's answer matters more.
        }
    }
}
