package corridor.server.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.data.BuiltInDataset;
import corridor.server.dataset.DatasetApi;
import corridor.server.http.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Bodies for {@code PUT /api/dataset} made from the built-in dataset's files. */
public final class Uploads {

    private Uploads() {
    }

    /** A file of the built-in dataset as text; null when the dataset has no such file. */
    public static String builtIn(String file) {
        try (InputStream in = Uploads.class.getClassLoader()
                .getResourceAsStream(BuiltInDataset.RESOURCE_FOLDER + file)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The built-in dataset under {@code name}, keeping its first {@code incidents} incidents. */
    public static ObjectNode uploadBody(String name, int incidents) throws Exception {
        ObjectNode body = Json.object();
        body.put("name", name);
        ObjectNode files = body.putObject("files");
        for (String file : DatasetApi.FILES) {
            String text = builtIn(file);
            if (text == null) {
                continue;
            }
            if (file.equals("incidents.geojson")) {
                ObjectNode collection = (ObjectNode) Json.MAPPER.readTree(text);
                ArrayNode all = (ArrayNode) collection.get("features");
                while (all.size() > incidents) {
                    all.remove(all.size() - 1);
                }
                text = collection.toString();
            }
            files.put(file, text);
        }
        return body;
    }
}
