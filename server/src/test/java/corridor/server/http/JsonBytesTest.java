package corridor.server.http;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link Json#bytes}: each answer whole and alone, whatever the thread's buffer held before. */
class JsonBytesTest {

    @Test
    void anAnswerAfterOneThatFailedHalfWayHoldsOnlyItself() {
        assertThatThrownBy(() -> Json.bytes(json -> {
            json.writeStartObject();
            json.writeStringField("half", "x".repeat(100_000));
            throw new IllegalStateException("failed while writing");
        })).hasMessage("failed while writing");

        byte[] answer = Json.bytes(json -> {
            json.writeStartObject();
            json.writeNumberField("whole", 1);
            json.writeEndObject();
        });

        assertThat(new String(answer, StandardCharsets.UTF_8)).isEqualTo("{\"whole\":1}");
    }

    @Test
    void aLargeAnswerThenASmallOneAndAnAnswerWrittenWhileAnotherIsEachWhole() {
        String large = "y".repeat(3 << 20);
        byte[] first = Json.bytes(json -> json.writeString(large));
        assertThat(first).hasSize(large.length() + 2);

        byte[] outer = Json.bytes(json -> {
            json.writeStartArray();
            // a writer that makes an answer of its own while this one is being written
            json.writeString(new String(Json.bytes(inner -> inner.writeString("inner")), StandardCharsets.UTF_8));
            json.writeEndArray();
        });
        assertThat(new String(outer, StandardCharsets.UTF_8)).isEqualTo("[\"\\\"inner\\\"\"]");
    }
}
