package corridor.model.network;

import corridor.model.source.Provenance;

import java.util.Objects;

/**
 * A published rule on which trucks cross a border and where their goods change trucks, as the
 * border crossing's {@code truck_rule} in places.geojson gives it. Immutable and thread-safe.
 *
 * @param kind        what the rule says
 * @param atPlaceId   the place where the goods change trucks (a dry port, the crossing itself);
 *                    {@code null} when the rule names none
 * @param text        the rule in a sentence, as a route's leg shows it; never {@code null}
 * @param provenance  the sources the rule was read in, its confidence and a note on how it changed
 *                    over time; never {@code null}
 */
public record BorderRule(Kind kind, String atPlaceId, String text, Provenance provenance) {

    /** What a border rule says about the trucks. */
    public enum Kind {
        /** Trucks of one side go no further than a place; the goods are moved to the other side's trucks there. */
        TRANSSHIPMENT,
        /** Trucks of either side may drive through under a transit agreement; goods need not change trucks. */
        TRUCKS_CROSS
    }

    public BorderRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(provenance, "provenance");
    }
}
