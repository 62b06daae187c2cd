package corridor.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.model.InputException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error leaves the server as JSON, {@code {"error": code, "message": what to fix}}, with a
 * 4xx status for the client's mistakes. A bug is logged here with its stack trace and answered
 * with a 500 that carries no internals.
 */
public final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);
    /** Request attribute set when a handler has already written the error body. */
    private static final String ANSWERED = "corridor.error.answered";

    private ErrorResponses() {
    }

    public static void register(JavalinConfig config) {
        config.routes.exception(InputException.class, (e, ctx) -> {
            ObjectNode body = body("bad_request", e.getMessage());
            if (!e.field().isBlank()) {
                body.put("parameter", e.field());
            }
            ctx.status(400).json(body);
        });
        config.routes.exception(ApiError.class, (e, ctx) -> {
            ctx.attribute(ANSWERED, true);
            ctx.status(e.status()).json(body(e.code(), e.getMessage()));
        });
        config.routes.exception(HttpResponseException.class, (e, ctx) -> httpError(ctx, e.getStatus(), e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            HttpException jetty = jettyError(e);
            if (jetty != null && jetty.getCode() < 500) {
                // Raised by Jetty while reading the request (a body too slow, a malformed chunk): the client's fault.
                ctx.header("Connection", "close");
                httpError(ctx, jetty.getCode(), jetty.getReason());
                return;
            }
            LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
            ctx.status(500).json(body("internal", "the server failed on this request; its log has the details"));
        });
        config.routes.error(404, "*", ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                ctx.json(body("not_found", "no such endpoint: " + ctx.method() + " " + ctx.path()
                        + "; /openapi.json lists them"));
            }
        });
        config.routes.error(405, "*", ctx -> ctx.json(body("method_not_allowed", ctx.method() + " is not allowed on "
                + ctx.path() + "; /openapi.json lists the methods")));
    }

    /** The Jetty error with an HTTP status among {@code e}'s causes, or null. */
    private static HttpException jettyError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException http) {
                return http;
            }
        }
        return null;
    }

    /** The API's error code for an HTTP status. */
    static String code(int status) {
        return switch (status) {
            case 401 -> "unauthorized";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 408 -> "request_timeout";
            case 413 -> "body_too_large";
            case 414 -> "uri_too_long";
            case 431 -> "headers_too_large";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal" : "bad_request";
        };
    }

    private static void httpError(Context ctx, int status, String message) {
        String code = code(status);
        String text = switch (status) {
            case 408 -> "the request body came too slowly (under " + BodyGate.MIN_BYTES_PER_SECOND
                    + " bytes per second) and was cut off; send it again";
            case 413 -> "the request body is larger than the server accepts; send less";
            default -> message;
        };
        ctx.status(status).json(body(code, status >= 500 ? "the server failed on this request" : text));
    }

    public static ObjectNode body(String code, String message) {
        ObjectNode body = Json.object();
        body.put("error", code);
        body.put("message", message);
        return body;
    }
}
