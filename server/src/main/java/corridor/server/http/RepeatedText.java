package corridor.server.http;

import com.fasterxml.jackson.core.JsonGenerator;
import corridor.api.JsonValues;
import corridor.api.KeptValues;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;

import java.io.IOException;

/**
 * A generator that writes the numbers and keys it has written before from text it kept, the same
 * text the generator under it writes: a route answer repeats its keys on every leg and its numbers in
 * answer after answer (a link's coordinates, its hours and costs for a vehicle), and formatting them
 * was a third of writing the answer (issue 24). Doubles are kept by their bits, as the generator's
 * fast writer ({@link StreamWriteFeature#USE_FAST_DOUBLE_WRITER}) gives them (not kept when it is off;
 * NaN and infinities are left to the generator); keys by identity, as the writers' literal keys are one
 * object each, and only those of plain ASCII, which no escaping changes. Whole values a writer asks to keep
 * ({@link KeptValues}: a link's line) by the identity of the object they are written from.
 *
 * <p>The tables are shared by every thread and fixed in size; a slot another value took is made again.
 * A slot holds an immutable entry, so a thread sees either a whole entry or an older one. Thread-safe;
 * each generator, as any, is one thread's.
 */
final class RepeatedText extends JsonGeneratorDelegate implements KeptValues {

    /** Slots for doubles: a few answers' worth of coordinates and figures (about 1 MB when full). */
    private static final int NUMBER_SLOTS = 1 << 13;
    /** Slots for keys: every key of the answers, with room. */
    private static final int KEY_SLOTS = 1 << 10;
    /**
     * Slots a key or value may take after its own, when others hold it (so that two keys met on every leg, or
     * two links' lines, do not take turns).
     */
    private static final int KEY_PROBES = 4;

    /** Slots for whole values ({@link KeptValues}): links' lines, a few hundred bytes each (about 2 MB when full). */
    private static final int VALUE_SLOTS = 1 << 12;

    private static final Figure[] NUMBERS = new Figure[NUMBER_SLOTS];
    private static final Value[] VALUES = new Value[VALUE_SLOTS];
    private static final Key[] KEYS = new Key[KEY_SLOTS];

    private record Figure(long bits, SerializedString text) {
    }

    private record Key(String name, SerializedString text) {
    }

    private record Value(Object key, int variant, SerializedString text) {
    }

    private final boolean numbers;

    /** Writes through {@code json}. */
    RepeatedText(JsonGenerator json) {
        super(json, false);
        // kept text is written raw: only where the generator writes a double as its plain text
        this.numbers = json.isEnabled(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
                && !json.isEnabled(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS.mappedFeature());
    }

    @Override
    public void writeNumber(double value) throws IOException {
        if (!numbers || !Double.isFinite(value)) {
            delegate.writeNumber(value);
            return;
        }
        long bits = Double.doubleToRawLongBits(value);
        int slot = (int) ((bits * 0x9E3779B97F4A7C15L) >>> (64 - 13));
        Figure kept = NUMBERS[slot];
        if (kept == null || kept.bits() != bits) {
            kept = new Figure(bits, new SerializedString(NumberOutput.toString(value, true)));
            NUMBERS[slot] = kept;
        }
        // the text writeNumber(double) would make, as bytes made once
        delegate.writeRawValue(kept.text());
    }

    @Override
    public void writeFieldName(String name) throws IOException {
        int home = System.identityHashCode(name) & (KEY_SLOTS - 1);
        int free = -1;
        for (int probe = 0; probe < KEY_PROBES; probe++) {
            int slot = (home + probe) & (KEY_SLOTS - 1);
            Key kept = KEYS[slot];
            if (kept == null) {
                free = free < 0 ? slot : free;
            } else if (kept.name() == name) {
                delegate.writeFieldName(kept.text());
                return;
            }
        }
        if (plain(name)) {
            KEYS[free >= 0 ? free : home] = new Key(name, new SerializedString(name));
        }
        delegate.writeFieldName(name);
    }

    @Override
    public void writeKept(Object key, int variant, JsonValues.Writer writer) throws IOException {
        int home = (System.identityHashCode(key) * 31 + variant) & (VALUE_SLOTS - 1);
        int free = -1;
        for (int probe = 0; probe < KEY_PROBES; probe++) {
            int slot = (home + probe) & (VALUE_SLOTS - 1);
            Value kept = VALUES[slot];
            if (kept == null) {
                free = free < 0 ? slot : free;
            } else if (kept.key() == key && kept.variant() == variant) {
                delegate.writeRawValue(kept.text());
                return;
            }
        }
        Value made = new Value(key, variant, new SerializedString(Json.text(writer)));
        VALUES[free >= 0 ? free : home] = made;
        delegate.writeRawValue(made.text());
    }

    /** Whether {@code name} is printable ASCII without a quote or backslash: written as it is. */
    private static boolean plain(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }
}
