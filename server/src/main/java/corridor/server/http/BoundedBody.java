package corridor.server.http;

import io.javalin.http.Context;

/**
 * A request body read whole under a bound, in bytes: refused with 413 {@code body_too_large} before
 * a byte is read when the declared length is over it (the connection then closes, so the client's
 * remaining bytes are not waited for), and after reading when a body without a declared length
 * turns out longer. Stateless; thread-safe.
 */
public final class BoundedBody {

    private BoundedBody() {
    }

    /**
     * The body of {@code ctx}, at most {@code maxBytes} long; {@code what} names what the body holds in
     * the error ("a trace", "an article").
     */
    public static byte[] read(Context ctx, long maxBytes, String what) {
        long declared = ctx.contentLength();
        if (declared > maxBytes) {
            ctx.header("Connection", "close");
            throw tooLarge(declared, maxBytes, what);
        }
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > maxBytes) {
            throw tooLarge(bytes.length, maxBytes, what);
        }
        return bytes;
    }

    private static ApiError tooLarge(long bytes, long maxBytes, String what) {
        return new ApiError(413, "body_too_large", "request body: " + bytes + " bytes; " + what + " may have at most "
                + maxBytes + " bytes (limit bytes = " + maxBytes + ")");
    }
}
