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
    private static final Kept[] VALUES = new Kept[VALUE_SLOTS];
    private static final Kept[] KEYS = new Kept[KEY_SLOTS];

    private record Figure(long bits, SerializedString text) {
    }

    /** Text kept for an object, by identity, and a variant: a key's (variant 0) or a whole value's. */
    private record Kept(Object key, int variant, SerializedString text) {
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
        Kept kept = find(KEYS, name, 0);
        if (kept != null) {
            delegate.writeFieldName(kept.text());
            return;
        }
        if (plain(name)) {
            keep(KEYS, new Kept(name, 0, new SerializedString(name)));
        }
        delegate.writeFieldName(name);
    }

    @Override
    public void writeKept(Object key, int variant, JsonValues.Writer writer) throws IOException {
        Kept kept = find(VALUES, key, variant);
        if (kept == null) {
            kept = new Kept(key, variant, new SerializedString(Json.text(writer)));
            keep(VALUES, kept);
        }
        delegate.writeRawValue(kept.text());
    }

    /** The slot where {@code key}'s and {@code variant}'s probes start in a table of {@code slots}. */
    private static int home(Object key, int variant, int slots) {
        return (System.identityHashCode(key) * 31 + variant) & (slots - 1);
    }

    /** The text {@code table} keeps for {@code key} (by identity) and {@code variant}, or null. */
    private static Kept find(Kept[] table, Object key, int variant) {
        int home = home(key, variant, table.length);
        for (int probe = 0; probe < KEY_PROBES; probe++) {
            Kept kept = table[(home + probe) & (table.length - 1)];
            if (kept != null && kept.key() == key && kept.variant() == variant) {
                return kept;
            }
        }
        return null;
    }

    /**
     * Keeps {@code entry} in the first free slot of its probes, else in its home slot (whose value is made
     * again when next met).
     */
    private static void keep(Kept[] table, Kept entry) {
        int home = home(entry.key(), entry.variant(), table.length);
        for (int probe = 0; probe < KEY_PROBES; probe++) {
            int slot = (home + probe) & (table.length - 1);
            if (table[slot] == null) {
                table[slot] = entry;
                return;
            }
        }
        table[home] = entry;
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
