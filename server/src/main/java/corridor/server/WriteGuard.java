package corridor.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Lets a write through only with the server's token, sent as {@code Authorization: Bearer TOKEN}.
 * Checked before the body is read ({@link #beforeBody}): a refused write costs the server no more than
 * its headers, and its connection is closed. Thread-safe (immutable).
 */
final class WriteGuard {

    private static final String BEARER = "Bearer ";
    private static final Set<HandlerType> WRITES = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH,
            HandlerType.DELETE);
    private final byte[] token;

    WriteGuard(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Refuses a write without the token, and one announcing a body above {@code maxBodyBytes}, before
     * anything reads its body; other requests pass.
     *
     * @throws ApiError 401 or 413, with {@code Connection: close} so that the unread body is dropped with the connection
     */
    void beforeBody(Context ctx, long maxBodyBytes) {
        if (!WRITES.contains(ctx.method())) {
            return;
        }
        check(ctx);
        long length = ctx.req().getContentLengthLong();
        if (length > maxBodyBytes) {
            ctx.header("Connection", "close");
            throw new ApiError(413, "body_too_large", "the request body (" + length + " bytes) is larger than the "
                    + maxBodyBytes + " bytes the server accepts; send less");
        }
    }

    /** @throws ApiError 401 when the request does not carry the token */
    void check(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.startsWith(BEARER)) {
            ctx.header("Connection", "close");
            throw new ApiError(401, "unauthorized", "this write needs the token the server printed at start: "
                    + "send the header 'Authorization: Bearer TOKEN'");
        }
        byte[] given = header.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
        // Constant-time comparison: the answer's timing says nothing about how much of the token matched.
        if (!MessageDigest.isEqual(given, token)) {
            ctx.header("Connection", "close");
            throw new ApiError(401, "unauthorized", "the token does not match the one the server printed at start");
        }
    }
}
