package corridor.server;

import corridor.model.InputException;

/**
 * How the server listens and guards writes.
 *
 * @param host             the interface to listen on ({@code 127.0.0.1}: this machine only)
 * @param port             the port; 0 takes a free one
 * @param writeToken       the token that writes (uploads) must carry as {@code Authorization: Bearer TOKEN}
 * @param maxBodyBytes     the largest request body accepted, in bytes
 */
public record ServerOptions(String host, int port, String writeToken, long maxBodyBytes) {

    /** The default request body limit: 4 MiB, ample for a scenario or a dataset (the built-in one is 0.2 MiB). */
    public static final long DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;

    /**
     * @throws InputException when the port is out of range or the token is too short to guard anything
     */
    public ServerOptions {
        if (port < 0 || port > 65535) {
            throw InputException.ofParameter("--port", "port " + port + " is out of range 0 to 65535 (0 takes a free port)");
        }
        if (writeToken == null || writeToken.length() < 16) {
            throw InputException.ofParameter("--token", "a write token needs at least 16 characters");
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("body limit below 1 KiB: " + maxBodyBytes);
        }
    }

    /** Listening on this machine only, with the default body limit. */
    public static ServerOptions local(int port, String writeToken) {
        return new ServerOptions("127.0.0.1", port, writeToken, DEFAULT_MAX_BODY_BYTES);
    }
}
