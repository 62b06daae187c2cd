package corridor.server.http;

import com.fasterxml.jackson.core.JsonGenerator;
import org.junit.jupiter.api.Test;

import corridor.api.JsonValues;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.io.StringWriter;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class RepeatedTextTest {

    private static final String[] KEYS = {"hours", "cost_usd", "distance_km", "naïve", "quote\"d", "tab\there", "hours"};

    @Test
    void writesWhatTheGeneratorUnderItWritesAlsoWhenTextIsKeptOrItsSlotTaken() throws IOException {
        Random random = new Random(24);
        double[] values = new double[20_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = switch (i % 7) {
                case 0 -> Math.round(random.nextDouble() * 1e6) / 1e4; // coordinates
                case 1 -> random.nextDouble() * 500; // hours
                case 2 -> Double.longBitsToDouble(random.nextLong()); // anything, NaN too
                case 3 -> values[random.nextInt(Math.max(1, i))]; // a value again
                case 4 -> new double[]{0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                        Double.MIN_VALUE, Double.MAX_VALUE}[random.nextInt(7)];
                case 5 -> random.nextInt(1000);
                default -> 1e16 + random.nextInt(1000) * 1e3; // where JDK 17's Double.toString writes more digits
            };
        }
        // twice: the second time most text is kept
        for (int round = 0; round < 2; round++) {
            assertThat(write(values, true)).isEqualTo(write(values, false));
        }
    }

    /** The values under keys, each key a literal (one object) or a copy of one, through RepeatedText or not. */
    private static String write(double[] values, boolean repeated) throws IOException {
        StringWriter text = new StringWriter();
        JsonGenerator plain = Json.MAPPER.createGenerator(text);
        try (JsonGenerator json = repeated ? new RepeatedText(plain) : plain) {
            json.writeStartArray();
            for (int i = 0; i < values.length; i++) {
                json.writeStartObject();
                String key = KEYS[i % KEYS.length];
                json.writeNumberField(i % 2 == 0 ? key : new String(key), values[i]);
                json.writeFieldName("value");
                json.writeNumber(values[i]);
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        return text.toString();
    }

    @Test
    void keptValuesAreWhatTheirWritersWriteAndAreWrittenOnceWhileTheirSlotIsTheirs() throws IOException {
        // more keys than slots, so that slots are taken from each other; lines with text that needs escaping
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            keys.add(new Object());
        }
        Random random = new Random(27);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            order.add(random.nextInt(i < 20_000 ? keys.size() : 50));
        }
        int[] runs = new int[1];
        JsonValues.Writer[] writers = new JsonValues.Writer[keys.size() * 2];
        for (int k = 0; k < writers.length; k++) {
            int key = k;
            writers[k] = json -> {
                runs[0]++;
                json.writeStartObject();
                json.writeStringField("name", "line " + key + (key % 3 == 0 ? " «naïve» \"quoted\"\t" : ""));
                json.writeArrayFieldStart("coordinates");
                json.writeNumber(key / 7.0);
                json.writeNumber(-key * 1e-3);
                json.writeEndArray();
                json.writeEndObject();
            };
        }
        String keptText = writeKept(order, keys, writers, true);
        int keptRuns = runs[0];
        String plainText = writeKept(order, keys, writers, false);
        assertThat(keptText).isEqualTo(plainText);
        // the last 20,000 values are of 50 keys: after their first time, from kept text
        assertThat(keptRuns).isLessThan(20_000 + 50 * 2);
        assertThat(runs[0] - keptRuns).isEqualTo(order.size());
    }

    /** A geometry per entry of {@code order}, each written through writeKept, through RepeatedText or not. */
    private static String writeKept(List<Integer> order, List<Object> keys, JsonValues.Writer[] writers,
                                     boolean repeated) throws IOException {
        StringWriter text = new StringWriter();
        JsonGenerator plain = Json.MAPPER.createGenerator(text);
        try (JsonGenerator json = repeated ? new RepeatedText(plain) : plain) {
            json.writeStartArray();
            for (int i : order) {
                int variant = i % 2;
                json.writeStartObject();
                json.writeFieldName("geometry");
                JsonValues.writeKept(json, keys.get(i), variant, writers[i * 2 + variant]);
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        return text.toString();
    }
}
