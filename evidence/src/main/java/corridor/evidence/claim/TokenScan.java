package corridor.evidence.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * A left-to-right scan of a sentence's tokens for things that span some of them (figures, place
 * names): at each token, what starts there, and then the token after it; else the next token.
 * Stateless; thread-safe.
 */
final class TokenScan {

    private TokenScan() {
    }

    /**
     * What {@code at} finds starting at each token of {@code tokenCount}, in order, none overlapping.
     *
     * @param at  what starts at a token index, or null when nothing does
     * @param end the token index after a thing found (greater than its start)
     */
    static <T> List<T> all(int tokenCount, IntFunction<T> at, ToIntFunction<T> end) {
        List<T> found = new ArrayList<>();
        int i = 0;
        while (i < tokenCount) {
            T thing = at.apply(i);
            if (thing == null) {
                i++;
            } else {
                found.add(thing);
                i = end.applyAsInt(thing);
            }
        }
        return found;
    }
}
