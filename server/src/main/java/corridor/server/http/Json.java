package corridor.server.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import corridor.api.JsonValues;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The JSON mapper of the API: dates as ISO text. */
public final class Json {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // doubles by Schubfach (as Double.toString from JDK 19 on), not JDK 17's Double.toString: a quarter of
            // a route answer's time went to formatting its numbers (issue 24). The same text for every value below
            // 1e16 (km, hours, dollars, kg); above, the shortest text of the same double where JDK 17 wrote more digits
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /**
     * What {@code writer} writes, as compact JSON in UTF-8: the same bytes as {@link #write} of the tree it
     * would build, for answers written as a stream. Written into a buffer the thread keeps from answer to
     * answer (a route answer is about 20 KB: growing a new buffer for each, in segments copied together at
     * the end, was a tenth of writing it), then copied out once.
     */
    public static byte[] bytes(JsonValues.Writer writer) {
        AnswerBuffer out = BUFFERS.get();
        if (out.inUse) {
            out = new AnswerBuffer(); // a writer that writes an answer of its own: not this thread's buffer
        }
        out.inUse = true;
        out.reset(); // also what an answer that failed half-way left
        try (JsonGenerator json = new RepeatedText(MAPPER.createGenerator(out))) {
            writer.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        } finally {
            out.inUse = false;
            if (out.capacity() > KEPT_BUFFER_BYTES) {
                BUFFERS.remove(); // an answer of several MB: not kept for the next, mostly small, ones
            }
        }
        return out.toByteArray();
    }

    /** The largest answer buffer a thread keeps. */
    private static final int KEPT_BUFFER_BYTES = 1 << 20;
    private static final ThreadLocal<AnswerBuffer> BUFFERS = ThreadLocal.withInitial(AnswerBuffer::new);

    /** A thread's buffer for {@link #bytes}; not thread-safe, each is one thread's. */
    private static final class AnswerBuffer extends ByteArrayOutputStream {
        boolean inUse;

        AnswerBuffer() {
            super(64 * 1024);
        }

        int capacity() {
            return buf.length;
        }
    }

    /** What {@code writer} writes, as compact JSON text (the text {@link #bytes} holds in UTF-8). */
    static String text(JsonValues.Writer writer) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator json = MAPPER.createGenerator(out)) {
            writer.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
        return out.toString();
    }

    /** {@code node} as compact JSON text, for answers sent with a content type of their own (GeoJSON). */
    public static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
