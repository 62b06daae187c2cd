package corridor.server.http;

import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads every request body in full, without holding a thread, before the request goes on to
 * Javalin; the handlers then read it from memory.
 *
 * <p>Why: Javalin's handlers read a body with blocking calls on a thread of the server's pool, and
 * Jetty checks its minimum data rate only when bytes arrive; a client that announced a large body,
 * sent one byte and then nothing held that thread until the idle timeout (30 s), and some fifteen
 * such clients, none needing the token ({@code POST /api/check-article}), left no thread for
 * {@code /api/health}. Here, in front of the servlet layer, the body is read with Jetty's
 * asynchronous {@link Request#read()}/{@link Request#demand(Runnable)}: while bytes are awaited no
 * thread is used at all, and a handler thread is taken only once the whole body is in memory. So a
 * client, with or without the token, can hold a connection but never a thread by sending slowly.
 *
 * <p>Limits, each answered in JSON and with the connection closed:
 * <ul>
 *   <li><b>time</b>: the body must keep coming. In every {@link #WINDOW_MILLIS} window at least
 *       {@link #MIN_BYTES_PER_SECOND} per second of it (or its rest) must arrive, else 408: a silent
 *       body is cut after about 5 s, one dripping a byte a second too, and one that came fast and then
 *       stalled 5 s after it stalled. {@link ArrivalDeadlines} keeps this clock, so that it runs
 *       whether or not bytes come. (The headers have their own limit there.)</li>
 *   <li><b>size</b>: a {@code Content-Length} above the server's body limit is refused unread (413);
 *       a chunked body growing past it is cut (413).</li>
 *   <li><b>memory</b>: a body's buffer grows as its bytes come (an announced length reserves
 *       nothing), and the buffers of requests without the token being read hold at most
 *       {@link #OPEN_BUDGET_BODIES} times the body limit together; a chunk beyond is refused (503),
 *       so that many slow senders cannot fill the heap. Writes with the token are not counted.</li>
 *   <li>a write without the token whose body is large or of unknown length is not read at all
 *       ({@link WriteGuard.Access#REFUSED_UNREAD}): it is answered 401 at once.</li>
 * </ul>
 * After a refusal of a body still on its way (401 unread, 413, 503) the rest is read and dropped
 * for up to {@link #LINGER_MILLIS} before the connection closes, so that the client reads the
 * answer rather than a reset.
 * Thread-safe.
 */
public final class BodyGate extends Handler.Wrapper {

    /** Slowest body accepted, in bytes per second, averaged over each {@link #WINDOW_MILLIS}. */
    static final long MIN_BYTES_PER_SECOND = 4096;
    /** The window in which a body must make progress, in milliseconds. */
    static final long WINDOW_MILLIS = 5_000;
    /** How long the rest of a refused body is read and dropped before the connection is closed, in milliseconds. */
    static final long LINGER_MILLIS = 2_000;
    /** How many bodies of the largest size unauthenticated requests may hold in memory together. */
    static final int OPEN_BUDGET_BODIES = 8;

    private final WriteGuard guard;
    private final ArrivalDeadlines deadlines;
    private final int maxBodyBytes;
    private final long openBudgetBytes;
    /** Bytes of memory held by the bodies of unauthenticated requests still being read. */
    private final AtomicLong openBytes = new AtomicLong();

    /**
     * @param maxBodyBytes the largest body accepted, in bytes (at most {@code Integer.MAX_VALUE - 8} are used)
     */
    public BodyGate(WriteGuard guard, ArrivalDeadlines deadlines, long maxBodyBytes) {
        this.guard = guard;
        this.deadlines = deadlines;
        this.maxBodyBytes = (int) Math.min(maxBodyBytes, Integer.MAX_VALUE - 8);
        this.openBudgetBytes = OPEN_BUDGET_BODIES * (long) this.maxBodyBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        deadlines.requestBegins(request);
        long length = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        boolean chunked = request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING, HttpHeaderValue.CHUNKED.asString());
        if (length <= 0 && !chunked) {
            return super.handle(request, response, callback);
        }
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        WriteGuard.Access access = guard.access(request.getMethod(), request.getHttpURI().getPath(), authorization,
                chunked ? -1 : length);
        if (access == WriteGuard.Access.REFUSED_UNREAD) {
            // Answered here rather than by Javalin's guard: only here can the rest be dropped before closing.
            JsonErrorHandler.answer(response, HttpStatus.UNAUTHORIZED_401, guard.refusal(authorization).getMessage(),
                    drainingThen(request, callback));
            return true;
        }
        if (!chunked && length > maxBodyBytes) {
            JsonErrorHandler.answer(response, HttpStatus.PAYLOAD_TOO_LARGE_413, tooLarge(), drainingThen(request, callback));
            return true;
        }
        BodyRead read = new BodyRead(request, response, callback, access.unauthenticated(), chunked ? -1 : length);
        deadlines.watch(read);
        read.run();
        return true;
    }

    private String tooLarge() {
        return "the request body is larger than the server accepts (" + maxBodyBytes + " bytes); send less";
    }

    /**
     * {@code callback}, completed only after what is left of the request's body has been read and
     * dropped, for at most {@link #LINGER_MILLIS}: a client still sending a body the server refused
     * then reads the refusal, where closing at once with its bytes unread would reset the
     * connection under it (and often lose the answer). Costs no thread and no memory. Not when the
     * client waits for "100 Continue": it sends nothing more.
     */
    private Callback drainingThen(Request request, Callback callback) {
        if (request.getHeaders().contains(HttpHeader.EXPECT, HttpHeaderValue.CONTINUE.asString())) {
            return callback;
        }
        return new Callback() {
            @Override
            public void succeeded() {
                new Drain(request, callback).start();
            }

            @Override
            public void failed(Throwable failure) {
                callback.failed(failure);
            }

            @Override
            public InvocationType getInvocationType() {
                return callback.getInvocationType();
            }
        };
    }

    /** Hands the request, its body now in memory, to the next handler, on the calling thread. */
    private void dispatch(Request request, Response response, Callback callback) {
        try {
            if (!super.handle(request, response, callback)) {
                Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
            }
        } catch (Throwable failure) {
            Response.writeError(request, response, callback, failure);
        }
    }

    /**
     * One body being read. {@link #run} reads what has arrived and asks Jetty to call it again when
     * more does (on a pool thread, briefly); {@link #check} is the deadline. Whichever settles it
     * first (the last byte, a failure, a limit, the deadline) answers; the others do nothing.
     */
    private final class BodyRead implements Runnable, ArrivalDeadlines.Arrival {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final boolean counted;
        private final long expectedBytes;
        // Guarded by this. The buffer grows as bytes come, never ahead of them (an announced length
        // is not trusted): at most twice what arrived (or 4 KiB), never past the announced length.
        private byte[] bytes = new byte[0];
        private int size;
        private boolean settled;
        /** Bytes received so far, for the deadline's thread. */
        private volatile long received;
        // Only the deadlines' thread touches these.
        private long windowStartNanos = System.nanoTime();
        private long windowStartBytes;

        /**
         * @param counted       whether the body counts against the unauthenticated budget
         * @param expectedBytes the announced length, -1 when chunked
         */
        BodyRead(Request request, Response response, Callback callback, boolean counted, long expectedBytes) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.counted = counted;
            this.expectedBytes = expectedBytes;
        }

        @Override
        public void run() {
            try {
                while (true) {
                    Content.Chunk chunk = request.read();
                    if (chunk == null) {
                        if (!isSettled()) {
                            request.demand(this);
                        }
                        return;
                    }
                    boolean last;
                    try {
                        if (Content.Chunk.isFailure(chunk)) {
                            failed(chunk.getFailure());
                            return;
                        }
                        if (!append(chunk.getByteBuffer())) {
                            return;
                        }
                        last = chunk.isLast();
                    } finally {
                        // Copied: Jetty's buffer goes back before the handler runs.
                        chunk.release();
                    }
                    if (last) {
                        complete();
                        return;
                    }
                }
            } catch (RuntimeException e) {
                // Answered meanwhile (by the deadline): Jetty refuses to read or demand after the response.
                if (!isSettled()) {
                    failed(e);
                }
            }
        }

        @Override
        public void check(long nowNanos) {
            if (nowNanos - windowStartNanos < TimeUnit.MILLISECONDS.toNanos(WINDOW_MILLIS)) {
                return;
            }
            long now = received;
            long needed = MIN_BYTES_PER_SECOND * WINDOW_MILLIS / 1000;
            if (expectedBytes >= 0) {
                needed = Math.min(needed, expectedBytes - windowStartBytes);
            }
            if (now - windowStartBytes < needed) {
                if (settle()) {
                    JsonErrorHandler.answer(response, HttpStatus.REQUEST_TIMEOUT_408, "the request body stopped "
                            + "arriving: less than " + needed + " bytes came in " + WINDOW_MILLIS / 1000
                            + " s (the server needs " + MIN_BYTES_PER_SECOND + " bytes per second); send it again",
                            callback);
                }
                return;
            }
            windowStartNanos = nowNanos;
            windowStartBytes = now;
        }

        /** Adds a chunk's bytes; false when the body is settled or refused (then answered). */
        private boolean append(ByteBuffer chunk) {
            int count = chunk.remaining();
            int refusal;
            synchronized (this) {
                if (settled) {
                    return false;
                }
                if ((long) size + count > maxBodyBytes) {
                    refusal = HttpStatus.PAYLOAD_TOO_LARGE_413;
                } else if (!makeRoom(count)) {
                    refusal = HttpStatus.SERVICE_UNAVAILABLE_503;
                } else {
                    chunk.get(bytes, size, count);
                    size += count;
                    received = size;
                    return true;
                }
            }
            if (settle()) {
                JsonErrorHandler.answer(response, refusal, refusal == HttpStatus.PAYLOAD_TOO_LARGE_413 ? tooLarge()
                        : "the server is receiving too many request bodies at once; try again in a moment",
                        drainingThen(request, callback));
            }
            return false;
        }

        /**
         * Grows the buffer for {@code count} more bytes (at most {@link #maxBodyBytes} in all), charging
         * the growth to the budget when counted; false when the budget cannot take it.
         */
        private boolean makeRoom(int count) {
            int needed = size + count;
            if (needed <= bytes.length) {
                return true;
            }
            long limit = expectedBytes >= 0 ? Math.min(expectedBytes, maxBodyBytes) : maxBodyBytes;
            int capacity = (int) Math.max(needed, Math.min(limit, Math.max(4096L, 2L * bytes.length)));
            int growth = capacity - bytes.length;
            if (counted && openBytes.addAndGet(growth) > openBudgetBytes) {
                openBytes.addAndGet(-growth);
                return false;
            }
            bytes = Arrays.copyOf(bytes, capacity);
            return true;
        }

        private void complete() {
            if (!settle()) {
                return;
            }
            ByteBuffer body;
            synchronized (this) {
                body = ByteBuffer.wrap(bytes, 0, size);
            }
            dispatch(new BufferedBodyRequest(request, body), response, callback);
        }

        private void failed(Throwable failure) {
            if (!settle()) {
                return;
            }
            if (failure instanceof HttpException http) {
                // Jetty's parser refused the body (a malformed chunk): the client's mistake.
                int status = http.getCode();
                JsonErrorHandler.answer(response, status, JsonErrorHandler.message(status, http.getReason()), callback);
            } else if (failure instanceof TimeoutException) {
                JsonErrorHandler.answer(response, HttpStatus.REQUEST_TIMEOUT_408,
                        JsonErrorHandler.message(HttpStatus.REQUEST_TIMEOUT_408, null), callback);
            } else {
                // The client went away (or the connection broke): nobody to answer.
                callback.failed(failure);
            }
        }

        private synchronized boolean isSettled() {
            return settled;
        }

        /** Settles the body if nothing has yet; true for the one call that did. */
        private boolean settle() {
            synchronized (this) {
                if (settled) {
                    return false;
                }
                settled = true;
                if (counted) {
                    openBytes.addAndGet(-bytes.length);
                }
            }
            deadlines.forget(this);
            return true;
        }
    }

    /** Reads and drops the rest of a body until its end or {@link #LINGER_MILLIS}, then completes. */
    private final class Drain implements Runnable, ArrivalDeadlines.Arrival {
        private final Request request;
        private final Callback callback;
        private final long startNanos = System.nanoTime();
        private final AtomicBoolean done = new AtomicBoolean();

        Drain(Request request, Callback callback) {
            this.request = request;
            this.callback = callback;
        }

        void start() {
            deadlines.watch(this);
            run();
        }

        @Override
        public void run() {
            try {
                while (!done.get()) {
                    Content.Chunk chunk = request.read();
                    if (chunk == null) {
                        request.demand(this);
                        return;
                    }
                    chunk.release();
                    if (chunk.isLast() || Content.Chunk.isFailure(chunk)) {
                        finish();
                        return;
                    }
                }
            } catch (RuntimeException e) {
                // Jetty no longer lets the body be read: nothing left to wait for.
                finish();
            }
        }

        @Override
        public void check(long nowNanos) {
            if (nowNanos - startNanos >= TimeUnit.MILLISECONDS.toNanos(LINGER_MILLIS)) {
                finish();
            }
        }

        private void finish() {
            if (done.compareAndSet(false, true)) {
                deadlines.forget(this);
                callback.succeeded();
            }
        }
    }
}
