package corridor.monitor;

import java.util.Locale;

/** What an indicator is about. */
public enum Subject {
    /** One link, complete passes only. */
    LINK,
    /** A corridor section: the trips from one place to another ({@code origin>destination}). */
    SECTION,
    /** A border crossing point. */
    BORDER_CROSSING,
    /** A seaport. */
    PORT,
    /** A dry port or rail terminal. */
    TERMINAL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The subject with this label ({@code border_crossing}). */
    public static Subject ofLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }

    static Subject of(HubKind kind) {
        return switch (kind) {
            case BORDER_CROSSING -> BORDER_CROSSING;
            case PORT -> PORT;
            case TERMINAL -> TERMINAL;
        };
    }
}
