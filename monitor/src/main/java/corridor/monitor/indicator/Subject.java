package corridor.monitor.indicator;

import corridor.monitor.trip.HubKind;
import java.util.Locale;

/** What an indicator is about. */
public enum Subject {
    /** One link, complete passes only. */
    LINK,
    /**
     * A trip's origin and destination ({@code origin>destination}): the trips from one place to
     * another, whatever the way.
     */
    SECTION,
    /**
     * A fixed corridor section of the dataset (a chain of links): every trip that drives all of
     * its links, in order and in either direction.
     */
    CORRIDOR_SECTION,
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
