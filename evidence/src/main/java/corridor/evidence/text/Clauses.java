package corridor.evidence.text;

import java.util.Set;

/**
 * Where a sentence's clauses end: the words after which a period or a measure named on the other
 * side belongs to another figure ("... $2.73bn in FY23, with imports at ..."). Stateless and
 * thread-safe.
 */
public final class Clauses {

    /** Words that open a new clause. */
    private static final Set<String> BOUNDARIES = Set.of("while", "whereas", "but", "with", "as", "although",
            "though", "which", ";", "而", "但", "جبکہ", "لیکن", "مگر", "جس");
    /** Clause words after which a sentence's period still carries over ("... in FY23, while imports were ..."). */
    private static final Set<String> CONTRASTS = Set.of("while", "whereas", "but", "although", "though", "而", "但",
            "جبکہ", "لیکن", "مگر",
            // "جس میں" (of which): the parts that follow are of the period named before
            "جس");

    private Clauses() {
    }

    /** Whether {@code token} opens a new clause ("while", "with", "as", "which", ";"). */
    public static boolean isBoundary(Token token) {
        return BOUNDARIES.contains(token.lower());
    }

    /** Whether {@code token} opens a contrasting clause ("while", "but"), across which a period still carries. */
    public static boolean isContrast(Token token) {
        return CONTRASTS.contains(token.lower());
    }
}
