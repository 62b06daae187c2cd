package corridor.server;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The errors Jetty answers itself, before a request reaches the API (a URI or headers too large, an
 * ambiguous path, a malformed header, a body sent too slowly), as the API's JSON errors
 * {@code {"error": code, "message": ...}} instead of Jetty's HTML page. Never shows a stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {

    static final String JSON_UTF8 = "application/json; charset=utf-8";

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON_UTF8);
        response.write(true, ByteBuffer.wrap(body(code, message)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, JSON_UTF8);
        return ByteBuffer.wrap(body(status, reason));
    }

    private static byte[] body(int status, String reason) {
        String code = ErrorResponses.code(status);
        String message = switch (status) {
            case 408 -> "the request was not received in time (its body came too slowly); send it again";
            case 413 -> "the request body is larger than the server accepts; send less";
            case 414 -> "the request's URI is longer than the server accepts; shorten the query";
            case 431 -> "the request's headers are larger than the server accepts; send fewer or shorter headers";
            default -> status >= 500 ? "the server failed on this request" : "the request is malformed"
                    + (reason == null || reason.isBlank() ? "" : ": " + reason);
        };
        return ErrorResponses.body(code, message).toString().getBytes(StandardCharsets.UTF_8);
    }
}
