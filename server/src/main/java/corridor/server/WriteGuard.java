package corridor.server;

import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Lets a write through only with the server's token, sent as {@code Authorization: Bearer TOKEN}. */
final class WriteGuard {

    private static final String BEARER = "Bearer ";
    private final byte[] token;

    WriteGuard(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    /** @throws ApiError 401 when the request does not carry the token */
    void check(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.startsWith(BEARER)) {
            refuse(ctx);
            throw new ApiError(401, "unauthorized", "this write needs the token the server printed at start: "
                    + "send the header 'Authorization: Bearer TOKEN'");
        }
        byte[] given = header.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
        // Constant-time comparison: the answer's timing says nothing about how much of the token matched.
        if (!MessageDigest.isEqual(given, token)) {
            refuse(ctx);
            throw new ApiError(401, "unauthorized", "the token does not match the one the server printed at start");
        }
    }

    /**
     * Reads the refused request's body (within the server's size limit) before the answer goes
     * out: answering while the client is still sending makes the server close the connection, and
     * the client sees a reset instead of the 401.
     */
    private static void refuse(Context ctx) {
        ctx.bodyAsBytes();
    }
}
