package corridor.server.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Clients that start a request and stall it, many at once, all driven by one thread over NIO: each
 * {@link Kind} sends its first bytes, then either nothing more or one byte a second. While
 * {@link #stopReopening}, a connection the server closes is replaced {@link #REOPEN_MILLIS} later,
 * as an attacker keeping up the pressure would (without the pause, connections the server refuses
 * at once would become a flood of requests, another attack). Records when and how the server
 * closed each. Not thread-safe apart from the accessors named so.
 */
public final class StallingClients implements AutoCloseable {

    /** How long between two dripped bytes. */
    public static final long DRIP_MILLIS = 1000;
    /** How long after the server closed a connection it is replaced. */
    public static final long REOPEN_MILLIS = 1000;

    /**
     * A way to stall a request.
     *
     * @param name what it is, for assertion messages
     * @param head the bytes sent at once (ISO-8859-1)
     * @param drip whether one more byte follows every {@link #DRIP_MILLIS}
     */
    public record Kind(String name, String head, boolean drip) {
    }

    /** A connection the server closed: after how long, and the answer it sent first (may be empty). */
    public record Closed(Kind kind, long lifetimeMillis, String answer) {
        /** The status of the answer, or 0 when the server closed without one. */
        public int status() {
            return answer.startsWith("HTTP/1.1 ") && answer.length() >= 12 ? Integer.parseInt(answer.substring(9, 12)) : 0;
        }
    }

    private static final class Connection {
        final Kind kind;
        final SocketChannel channel;
        final long openedNanos = System.nanoTime();
        final ByteArrayOutputStream received = new ByteArrayOutputStream();

        Connection(Kind kind, SocketChannel channel) {
            this.kind = kind;
            this.channel = channel;
        }
    }

    private final InetSocketAddress server;
    private final Selector selector;
    private final ConcurrentLinkedQueue<Closed> closed = new ConcurrentLinkedQueue<>();
    /** Kinds to reopen, with when ({@link System#nanoTime()}); only the driving thread touches it. */
    private final ArrayDeque<Map.Entry<Long, Kind>> toReopen = new ArrayDeque<>();
    private final AtomicInteger open = new AtomicInteger();
    private final Thread loop;
    private volatile boolean reopen = true;
    private volatile boolean stopped;
    private volatile Throwable failure;

    /** Opens {@code each} connections of every kind and starts driving them. */
    public StallingClients(int port, int each, List<Kind> kinds) throws IOException {
        this.server = new InetSocketAddress("127.0.0.1", port);
        this.selector = Selector.open();
        for (Kind kind : kinds) {
            for (int i = 0; i < each; i++) {
                open(kind);
            }
        }
        loop = new Thread(this::drive, "stalling-clients");
        loop.setDaemon(true);
        loop.start();
    }

    private void open(Kind kind) throws IOException {
        SocketChannel channel = SocketChannel.open(server);
        ByteBuffer head = ByteBuffer.wrap(kind.head().getBytes(StandardCharsets.ISO_8859_1));
        while (head.hasRemaining()) {
            channel.write(head);
        }
        channel.configureBlocking(false);
        channel.register(selector, SelectionKey.OP_READ, new Connection(kind, channel));
        open.incrementAndGet();
    }

    private void drive() {
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        long nextDrip = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DRIP_MILLIS);
        try {
            while (!stopped) {
                selector.select(100);
                for (SelectionKey key : List.copyOf(selector.selectedKeys())) {
                    selector.selectedKeys().remove(key);
                    read(key, buffer);
                }
                while (!toReopen.isEmpty() && System.nanoTime() >= toReopen.peekFirst().getKey()) {
                    Kind kind = toReopen.pollFirst().getValue();
                    if (reopen) {
                        open(kind);
                    }
                }
                if (System.nanoTime() >= nextDrip) {
                    nextDrip += TimeUnit.MILLISECONDS.toNanos(DRIP_MILLIS);
                    drip();
                }
            }
        } catch (IOException | RuntimeException e) {
            failure = e;
        }
    }

    private void read(SelectionKey key, ByteBuffer buffer) throws IOException {
        Connection connection = (Connection) key.attachment();
        int count;
        try {
            buffer.clear();
            count = connection.channel.read(buffer);
        } catch (IOException reset) {
            count = -1;
        }
        if (count > 0) {
            connection.received.write(buffer.array(), 0, count);
        } else if (count < 0) {
            closedByServer(key);
        }
    }

    private void drip() throws IOException {
        for (SelectionKey key : List.copyOf(selector.keys())) {
            Connection connection = (Connection) key.attachment();
            if (!key.isValid() || !connection.kind.drip()) {
                continue;
            }
            try {
                connection.channel.write(ByteBuffer.wrap(new byte[]{'a'}));
            } catch (IOException reset) {
                closedByServer(key);
            }
        }
    }

    private void closedByServer(SelectionKey key) throws IOException {
        Connection connection = (Connection) key.attachment();
        key.cancel();
        connection.channel.close();
        open.decrementAndGet();
        long lifetimeMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - connection.openedNanos);
        closed.add(new Closed(connection.kind, lifetimeMillis, connection.received.toString(StandardCharsets.ISO_8859_1)));
        toReopen.addLast(Map.entry(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(REOPEN_MILLIS), connection.kind));
    }

    /** From now on a connection the server closes is not replaced. Thread-safe. */
    public void stopReopening() {
        reopen = false;
    }

    /** Connections still open. Thread-safe. */
    public int open() {
        return open.get();
    }

    /** The connections the server has closed so far. Thread-safe. */
    public List<Closed> closed() {
        return new ArrayList<>(closed);
    }

    /**
     * Waits until the server has closed every connection or {@code millis} have passed; whether it
     * had. Call after {@link #stopReopening} and at least {@link #REOPEN_MILLIS} later.
     */
    public boolean awaitAllClosed(long millis) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (open.get() > 0 && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        return open.get() == 0;
    }

    /** Whether the driving thread failed (and why). Thread-safe. */
    public Throwable failure() {
        return failure;
    }

    @Override
    public void close() {
        stopped = true;
        try {
            loop.join(5_000);
            for (SelectionKey key : selector.keys()) {
                key.channel().close();
            }
            selector.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
