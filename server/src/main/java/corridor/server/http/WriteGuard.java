package corridor.server.http;

import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lets a write through only with the server's token, sent as {@code Authorization: Bearer TOKEN}.
 * Checked before the body is read ({@link #beforeBody}). A refused write announcing a body of at most
 * {@link #SMALL_BODY_BYTES} has it read first (by {@link BodyGate}, bounded in time and size), so that
 * its client sees the 401 rather than a reset; a larger one is refused unread and its connection
 * closed, so that it costs the server no more than its headers. {@link #access} is the one decision
 * both {@link BodyGate} (whether to read a body) and {@link #beforeBody} (whether to refuse) take.
 * Thread-safe (immutable).
 */
public final class WriteGuard {

    /** What a request may do, decided from its first line and headers alone. */
    enum Access {
        /** Not a write (or a query sent with a body, as {@code /api/check-article}): open to all. */
        OPEN,
        /** A write carrying the token. */
        AUTHORIZED,
        /** A write without the token whose small body is read before its 401. */
        REFUSED_READ,
        /** A write without the token whose body (large or of unknown length) is never read. */
        REFUSED_UNREAD;

        /** Whether the client has not shown the token (open requests and refused writes). */
        boolean unauthenticated() {
            return this != AUTHORIZED;
        }
    }

    private static final String BEARER = "Bearer ";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** The paths guarded: the server runs {@link #beforeBody} before every handler under them. */
    static final String GUARDED = "/api/";
    /**
     * Requests that send a body to ask, not to change anything ({@code /api/check-article}): open to all,
     * as GETs are. The endpoints of {@link Endpoint} that send a body and are not writes.
     */
    private static final Set<String> QUERIES_WITH_BODY = Arrays.stream(Endpoint.values())
            .filter(e -> WRITES.contains(e.method()) && !e.write()).map(Endpoint::path)
            .collect(Collectors.toUnmodifiableSet());
    /** Largest body a refused write has read before its 401. */
    static final long SMALL_BODY_BYTES = 64 * 1024;
    private final byte[] token;

    public WriteGuard(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * What a request may do.
     *
     * @param method        its method as sent
     * @param path          its path as sent (not decoded), as {@code Context.path()} gives it
     * @param authorization its {@code Authorization} header, null when absent
     * @param contentLength its {@code Content-Length} in bytes, -1 when unknown (chunked) or absent
     */
    Access access(String method, String path, String authorization, long contentLength) {
        if (!WRITES.contains(method.toUpperCase(Locale.ROOT)) || !path.startsWith(GUARDED)
                || QUERIES_WITH_BODY.contains(path)) {
            return Access.OPEN;
        }
        if (refusal(authorization) == null) {
            return Access.AUTHORIZED;
        }
        return contentLength >= 0 && contentLength <= SMALL_BODY_BYTES ? Access.REFUSED_READ : Access.REFUSED_UNREAD;
    }

    /**
     * Refuses a write without the token before anything reads its body; other requests pass.
     *
     * @throws ApiError 401
     */
    public void beforeBody(Context ctx) {
        String authorization = ctx.header("Authorization");
        switch (access(ctx.req().getMethod(), ctx.path(), authorization, ctx.req().getContentLengthLong())) {
            case OPEN, AUTHORIZED -> {
                return;
            }
            // BodyGate has read it already: this takes it from memory.
            case REFUSED_READ -> ctx.bodyAsBytes();
            // BodyGate answers these itself (so that it can drop the rest of the body before closing);
            // refused here too, unread, should one come through.
            case REFUSED_UNREAD -> ctx.header("Connection", "close");
        }
        throw refusal(authorization);
    }

    /** @throws ApiError 401 when the request does not carry the token */
    public void check(Context ctx) {
        ApiError refused = refusal(ctx.header("Authorization"));
        if (refused != null) {
            throw refused;
        }
    }

    /** The 401 for an {@code Authorization} header (null when absent), or null when it carries the token. */
    ApiError refusal(String header) {
        if (header == null || !header.startsWith(BEARER)) {
            return new ApiError(401, "unauthorized", "this write needs the token the server printed at start: "
                    + "send the header 'Authorization: Bearer TOKEN'");
        }
        byte[] given = header.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
        // Constant-time comparison: the answer's timing says nothing about how much of the token matched.
        if (!MessageDigest.isEqual(given, token)) {
            return new ApiError(401, "unauthorized", "the token does not match the one the server printed at start");
        }
        return null;
    }
}
