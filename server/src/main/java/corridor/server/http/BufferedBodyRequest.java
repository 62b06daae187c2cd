package corridor.server.http;

import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.content.ByteBufferContentSource;
import org.eclipse.jetty.server.Request;

import java.nio.ByteBuffer;

/**
 * A request whose body has been read in full ({@link BodyGate}): reading it gives the bytes in
 * memory, at once, never waiting for the network. Thread-safe as Jetty's content sources are.
 */
final class BufferedBodyRequest extends Request.Wrapper {

    private final ByteBufferContentSource body;

    /** @param body the whole body, which this request now owns */
    BufferedBodyRequest(Request request, ByteBuffer body) {
        super(request);
        this.body = new ByteBufferContentSource(body);
    }

    @Override
    public long getLength() {
        return body.getLength();
    }

    @Override
    public Content.Chunk read() {
        return body.read();
    }

    @Override
    public void demand(Runnable demandCallback) {
        body.demand(demandCallback);
    }

    @Override
    public boolean consumeAvailable() {
        // The body came whole: whatever is left of it is here, and the connection has none pending.
        for (Content.Chunk chunk = body.read(); chunk != null; chunk = body.read()) {
            chunk.release();
            if (chunk.isLast()) {
                break;
            }
        }
        return true;
    }

    @Override
    public void fail(Throwable failure) {
        // As without this wrapper: later reads fail, and the request underneath learns of it.
        body.fail(failure);
        super.fail(failure);
    }
}
