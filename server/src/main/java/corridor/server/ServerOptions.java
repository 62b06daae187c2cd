package corridor.server;

import corridor.model.InputException;

import java.util.List;
import java.util.Locale;

/**
 * How the server listens and guards writes.
 *
 * @param host         the interface to listen on ({@code 127.0.0.1}: this machine only)
 * @param port         the port; 0 takes a free one
 * @param writeToken   the token that writes (uploads) must carry as {@code Authorization: Bearer TOKEN}
 * @param maxBodyBytes the largest request body accepted, in bytes
 * @param hostNames    names besides the bound address that requests may carry in their {@code Host}
 *                     header (a name a reverse proxy or a DNS entry points at this server); lower case, never null
 */
public record ServerOptions(String host, int port, String writeToken, long maxBodyBytes, List<String> hostNames) {

    /** The default request body limit: 4 MiB, ample for a scenario or a dataset (the built-in one is 0.2 MiB). */
    public static final long DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;

    /**
     * @throws InputException when the port is out of range, the token is too short to guard anything or a host
     *                        name is malformed
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
        hostNames = hostNames == null ? List.of() : hostNames.stream().map(n -> n.trim().toLowerCase(Locale.ROOT)).toList();
        for (String name : hostNames) {
            if (!name.matches("[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?")) {
                throw InputException.ofParameter("--allow-host", "'" + name + "' is not a host name (letters, digits, "
                        + "'.' and '-', without a port)");
            }
        }
    }

    /** Listening on this machine only, with the default body limit, answering only to the bound address. */
    public static ServerOptions local(int port, String writeToken) {
        return new ServerOptions("127.0.0.1", port, writeToken, DEFAULT_MAX_BODY_BYTES, List.of());
    }

    /** These options, also answering requests whose {@code Host} header names one of {@code names}. */
    public ServerOptions withHostNames(List<String> names) {
        return new ServerOptions(host, port, writeToken, maxBodyBytes, names);
    }
}
