package corridor.api;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;

/**
 * A generator that can write a value from text it kept the last time the same value was written: for values
 * that repeat from answer to answer and are the same every time, such as a link's geometry. Writers ask for
 * it through {@link JsonValues#writeKept}; a generator that is not one (the command line's, a tree's) just
 * writes the value.
 */
public interface KeptValues {

    /**
     * Writes what {@code writer} writes, from the text kept for {@code key} (compared by identity) and
     * {@code variant} when there is some, else by running the writer and keeping its text. The caller
     * promises that the writer writes the same value for the same key and variant, for as long as the key
     * object lives.
     */
    void writeKept(Object key, int variant, JsonValues.Writer writer) throws IOException;
}
