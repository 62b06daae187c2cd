package corridor.evidence.claim;

import corridor.model.network.Mode;

/**
 * The two places of the network a distance claim is between, as the sentence names them, and the mode it is
 * by ("The Khunjerab–Islamabad road is 870 km long": khunjerab, islamabad, road).
 *
 * @param fromId   place id of the place named first
 * @param fromName its name in the data ("Khunjerab Pass border crossing")
 * @param toId     place id of the place named second
 * @param toName   its name in the data
 * @param mode     {@link Mode#RAIL} when the sentence speaks of a railway (rail, railway, train, ML-1, 铁路,
 *                 ریلوے), else {@link Mode#ROAD}
 */
public record PlacePair(String fromId, String fromName, String toId, String toName, Mode mode) {

    /** "Khunjerab Pass border crossing – Islamabad". */
    public String describe() {
        return fromName + " – " + toName;
    }
}
