package corridor.server.http;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time limits on a request's arrival that hold whether or not bytes come. Jetty's own limits act
 * only when bytes arrive (its minimum data rate) or after {@link #IDLE_TIMEOUT_MILLIS}
 * of silence; a client sending one byte now and then, or one byte and then nothing, slipped
 * through both. One thread looks every {@link #SWEEP_MILLIS} at:
 * <ul>
 *   <li><b>headers</b>: a connection on which bytes of a request have come, but not its whole
 *       headers, for {@link #HEADERS_MILLIS}, is answered 408 (written straight to the socket:
 *       there is no request yet for Jetty to answer) and closed. The connection is known through
 *       {@link Connection.Listener} (this is one, on the connector) and the requests on it through
 *       {@link #requestBegins}.</li>
 *   <li><b>bodies</b> being read ({@link Arrival}s, {@link BodyGate}'s reads), each asked to end
 *       itself when it is late.</li>
 * </ul>
 * A bean of the server: started and stopped with it. Thread-safe.
 */
public final class ArrivalDeadlines extends AbstractLifeCycle implements Connection.Listener {

    /**
     * A connection silent this long is closed (one between requests; a request being received has
     * the shorter limits of this class and {@link BodyGate}), in milliseconds.
     */
    public static final long IDLE_TIMEOUT_MILLIS = 30_000;
    /** Longest time from a request's first byte to the end of its headers, in milliseconds. */
    static final long HEADERS_MILLIS = 10_000;
    /** How often the deadlines are looked at, in milliseconds: their precision. */
    static final long SWEEP_MILLIS = 500;

    private static final Logger LOG = LoggerFactory.getLogger(ArrivalDeadlines.class);
    /** The whole HTTP answer to a request whose headers came too late. */
    private static final byte[] LATE_HEADERS = lateHeadersAnswer();

    /** Something arriving that must end itself when late. */
    interface Arrival {
        /**
         * Called every {@link #SWEEP_MILLIS} on the deadlines' thread while registered; ends the
         * arrival (and unregisters it) when it is late. Must not block.
         *
         * @param nowNanos {@link System#nanoTime()} of this sweep
         */
        void check(long nowNanos);
    }

    private final Map<Connection, HeaderWatch> connections = new ConcurrentHashMap<>();
    private final Set<Arrival> arrivals = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService sweeper;

    @Override
    protected void doStart() {
        sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "corridor-arrival-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        sweeper.scheduleWithFixedDelay(this::sweep, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() {
        sweeper.shutdownNow();
        connections.clear();
        arrivals.clear();
    }

    @Override
    public void onOpened(Connection connection) {
        connections.put(connection, new HeaderWatch());
    }

    @Override
    public void onClosed(Connection connection) {
        connections.remove(connection);
    }

    /**
     * Notes that {@code request}'s headers have arrived: until it completes, its connection is not
     * waiting for headers. Call for every request, as soon as it is handled.
     */
    void requestBegins(Request request) {
        Connection connection = request.getConnectionMetaData().getConnection();
        HeaderWatch watch = connections.get(connection);
        if (watch == null) {
            return;
        }
        watch.begins();
        Request.addCompletionListener(request, failure -> watch.ends(connection.getBytesIn()));
    }

    /** Checks {@code arrival} at every sweep until {@link #forget}. */
    void watch(Arrival arrival) {
        arrivals.add(arrival);
    }

    /** Stops checking {@code arrival}. */
    void forget(Arrival arrival) {
        arrivals.remove(arrival);
    }

    private void sweep() {
        // Never let an exception out: it would end the schedule, and with it every deadline.
        try {
            long now = System.nanoTime();
            connections.forEach((connection, watch) -> {
                if (watch.lateWithHeaders(connection.getBytesIn(), now)) {
                    answerLateHeaders(connection.getEndPoint());
                }
            });
            arrivals.forEach(arrival -> arrival.check(now));
        } catch (RuntimeException e) {
            LOG.error("checking request deadlines failed", e);
        }
    }

    /**
     * Writes the 408 and closes. Not {@link Connection#close()}: Jetty would answer a request it
     * has only begun to parse with a 500. No response is being written on the connection (no request
     * is handled on it), so the socket is free.
     */
    private static void answerLateHeaders(EndPoint endPoint) {
        ByteBuffer answer = ByteBuffer.wrap(LATE_HEADERS.clone());
        try {
            endPoint.write(Callback.from(endPoint::close, failure -> endPoint.close()), answer);
        } catch (RuntimeException writing) {
            endPoint.close();
        }
    }

    private static byte[] lateHeadersAnswer() {
        byte[] body = ErrorResponses.body(ErrorResponses.code(408), "the request's headers did not arrive within "
                + HEADERS_MILLIS / 1000 + " s; send them at once").toString().getBytes(StandardCharsets.UTF_8);
        byte[] head = ("HTTP/1.1 408 Request Timeout\r\nContent-Type: " + JsonErrorHandler.JSON_UTF8
                + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] answer = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, answer, head.length, body.length);
        return answer;
    }

    /**
     * The header state of one connection. A connection waits for headers when no request is being
     * handled on it and bytes have come since its last request ended (or since it opened). Bytes
     * of the next request that arrived together with the last one count as that one's, so such a
     * request that then stalls is left to the idle timeout (it holds no thread meanwhile).
     */
    private static final class HeaderWatch {
        private final AtomicInteger handling = new AtomicInteger();
        private final AtomicLong requests = new AtomicLong();
        /** Bytes the connection had read when its last request ended; 0 before the first. */
        private volatile long bytesAtRest;
        // Only the sweeper's thread touches these.
        private boolean waiting;
        private long waitingSinceNanos;
        private long requestsWhenWaiting;

        void begins() {
            requests.incrementAndGet();
            handling.incrementAndGet();
        }

        void ends(long bytesIn) {
            // Before the decrement: a sweep that sees no request handled sees these bytes too.
            bytesAtRest = bytesIn;
            handling.decrementAndGet();
        }

        /** Whether headers have been coming for longer than {@link #HEADERS_MILLIS}. */
        boolean lateWithHeaders(long bytesIn, long nowNanos) {
            if (handling.get() > 0 || bytesIn <= bytesAtRest) {
                waiting = false;
                return false;
            }
            long started = requests.get();
            if (!waiting || started != requestsWhenWaiting) {
                // First seen now (a request may have begun and ended between two sweeps).
                waiting = true;
                waitingSinceNanos = nowNanos;
                requestsWhenWaiting = started;
                return false;
            }
            return nowNanos - waitingSinceNanos >= TimeUnit.MILLISECONDS.toNanos(HEADERS_MILLIS);
        }
    }
}
