package corridor.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Lets a write through only with the server's token, sent as {@code Authorization: Bearer TOKEN}.
 * Checked before the body is read ({@link #beforeBody}). A refused write announcing a body of at most
 * {@link #SMALL_BODY_BYTES} has it read first (bounded, and cut off when slower than the server's
 * minimum rate), so that its client sees the 401 rather than a reset; a larger one is refused unread
 * and its connection closed, so that it costs the server no more than its headers.
 * Thread-safe (immutable).
 */
final class WriteGuard {

    private static final String BEARER = "Bearer ";
    private static final Set<HandlerType> WRITES = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH,
            HandlerType.DELETE);
    /** Requests that send a body to ask, not to change anything: open to all, as GETs are. */
    private static final Set<String> QUERIES_WITH_BODY = Set.of("/api/check-article");
    /** Largest body a refused write has read before its 401. */
    static final long SMALL_BODY_BYTES = 64 * 1024;
    private final byte[] token;

    WriteGuard(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Refuses a write without the token before anything reads its body; other requests pass.
     *
     * @throws ApiError 401
     */
    void beforeBody(Context ctx) {
        if (!WRITES.contains(ctx.method()) || QUERIES_WITH_BODY.contains(ctx.path())) {
            return;
        }
        try {
            check(ctx);
        } catch (ApiError refused) {
            long length = ctx.req().getContentLengthLong();
            if (length >= 0 && length <= SMALL_BODY_BYTES) {
                ctx.bodyAsBytes();
            } else {
                ctx.header("Connection", "close");
            }
            throw refused;
        }
    }

    /** @throws ApiError 401 when the request does not carry the token */
    void check(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.startsWith(BEARER)) {
            throw new ApiError(401, "unauthorized", "this write needs the token the server printed at start: "
                    + "send the header 'Authorization: Bearer TOKEN'");
        }
        byte[] given = header.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
        // Constant-time comparison: the answer's timing says nothing about how much of the token matched.
        if (!MessageDigest.isEqual(given, token)) {
            throw new ApiError(401, "unauthorized", "the token does not match the one the server printed at start");
        }
    }
}
