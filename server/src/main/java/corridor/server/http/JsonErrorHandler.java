package corridor.server.http;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The errors Jetty answers itself, before a request reaches the API (a URI or headers too large, an
 * ambiguous path, a malformed header, a malformed body), as the API's JSON errors
 * {@code {"error": code, "message": ...}} instead of Jetty's HTML page, whatever the method (Jetty
 * writes a body only for GET, POST and HEAD by default: a malformed PUT or DELETE got an empty 400).
 * Never shows a stack trace.
 */
public final class JsonErrorHandler extends ErrorHandler {

    public static final String JSON_UTF8 = "application/json; charset=utf-8";

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON_UTF8);
        response.write(true, ByteBuffer.wrap(body(code, message(code, message))), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, JSON_UTF8);
        return ByteBuffer.wrap(body(status, message(status, reason)));
    }

    /**
     * Answers {@code status} with the JSON error {@code message} and closes the connection after it:
     * for a request refused before the API saw it, whose body may still be on the way.
     */
    static void answer(Response response, int status, String message, Callback callback) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON_UTF8);
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        response.write(true, ByteBuffer.wrap(body(status, message)), callback);
    }

    /** What to tell the client about an error Jetty found, given Jetty's {@code reason} (may be null). */
    static String message(int status, String reason) {
        return switch (status) {
            case 408 -> "the request was not received in time (it stopped arriving); send it again";
            case 413 -> "the request body is larger than the server accepts; send less";
            case 414 -> "the request's URI is longer than the server accepts; shorten the query";
            case 431 -> "the request's headers are larger than the server accepts; send fewer or shorter headers";
            case 503 -> "the server is busy; try again in a moment";
            default -> status >= 500 ? "the server failed on this request" : "the request is malformed"
                    + (reason == null || reason.isBlank() ? "" : ": " + reason);
        };
    }

    private static byte[] body(int status, String message) {
        return ErrorResponses.body(ErrorResponses.code(status), message).toString().getBytes(StandardCharsets.UTF_8);
    }
}
