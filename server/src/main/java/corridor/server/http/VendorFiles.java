package corridor.server.http;

import io.javalin.config.JavalinConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Leaflet, vendored into the jar by its webjar and served from memory under {@code /vendor/leaflet/}.
 * Only the files listed here are served: no part of a request is used to look up a resource.
 */
public final class VendorFiles {

    private static final String LEAFLET = "META-INF/resources/webjars/leaflet/1.9.4/dist/";
    private static final Map<String, String> TYPES = Map.of(
            "leaflet.js", "text/javascript; charset=utf-8",
            "leaflet.css", "text/css; charset=utf-8",
            "images/layers.png", "image/png",
            "images/layers-2x.png", "image/png",
            "images/marker-icon.png", "image/png",
            "images/marker-icon-2x.png", "image/png",
            "images/marker-shadow.png", "image/png");

    private VendorFiles() {
    }

    public static void register(JavalinConfig config) {
        TYPES.forEach((name, type) -> {
            byte[] content = read(LEAFLET + name);
            config.routes.get("/vendor/leaflet/" + name, ctx -> {
                ctx.header("Cache-Control", "max-age=86400");
                ctx.contentType(type).result(content);
            });
        });
    }

    private static byte[] read(String resource) {
        try (InputStream in = VendorFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + resource + " (the Leaflet webjar)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
