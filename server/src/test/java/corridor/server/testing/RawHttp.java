package corridor.server.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 written by hand on a socket, for requests a well-behaved client would never send (a NUL
 * in a header, a path with "..", a wrong Host) and for bodies sent slowly.
 */
public final class RawHttp {

    /** A response as it came: status, headers (lower-cased names) and body text. */
    public record Response(int status, String headers, String body) {
        public String header(String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    private RawHttp() {
    }

    /** Sends {@code request} (bytes as given, ISO-8859-1) and reads the answer until the server closes. */
    public static Response exchange(int port, String request) {
        return exchange(port, request, 30_000);
    }

    /**
     * As {@link #exchange(int, String)}, connecting and waiting for each read at most {@code timeoutMillis}.
     *
     * @throws UncheckedIOException also when the connection or a read timed out
     */
    public static Response exchange(int port, String request, int timeoutMillis) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one response: headers, then a body of Content-Length bytes or up to the end of the stream. */
    public static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        if (headers.isEmpty()) {
            throw new IOException("the server closed the connection without an answer");
        }
        int status = Integer.parseInt(headers.substring(9, 12));
        Response partial = new Response(status, headers, "");
        String length = partial.header("content-length");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            if (length != null) {
                byte[] bytes = in.readNBytes(Integer.parseInt(length));
                body.write(bytes);
            } else if (!"chunked".equals(lower(partial.header("transfer-encoding")))) {
                in.transferTo(body);
            } else {
                readChunked(in, body);
            }
        } catch (SocketTimeoutException e) {
            // what arrived is the answer
        }
        return new Response(status, headers, body.toString(StandardCharsets.UTF_8));
    }

    private static void readChunked(InputStream in, ByteArrayOutputStream body) throws IOException {
        while (true) {
            StringBuilder line = new StringBuilder();
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            int size = Integer.parseInt(line.toString().split(";")[0].trim(), 16);
            if (size == 0) {
                return;
            }
            body.write(in.readNBytes(size));
            in.read();
            in.read();
        }
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
