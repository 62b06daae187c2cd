package corridor.routing.matrix;

/**
 * One pair of a {@link TravelMatrix}: what the best route from a row's place to a column's place
 * takes, or that there is none.
 *
 * @param reachable  whether a route exists; when false the four totals are NaN
 * @param distanceKm km travelled
 * @param hours      hours, hub dwell and border crossings on the way included
 * @param costUsd    US dollars: freight, handling and fees
 * @param co2Kg      kg of CO2
 * @param method     what answered it
 * @param note       why the router answered rather than the hierarchy, or why no route (a closed
 *                   place); empty when there is nothing to say. Never null.
 */
public record MatrixCell(boolean reachable, double distanceKm, double hours, double costUsd, double co2Kg,
                         Method method, String note) {

    /** What answered a cell. */
    public enum Method {
        /** The many-to-many search on the customizable contraction hierarchy. */
        HIERARCHY,
        /** The A* router, one search for the pair (see {@link MatrixCell#note} for why). */
        ROUTER
    }

    public MatrixCell {
        note = note == null ? "" : note;
    }

    /** A pair with no route. */
    static MatrixCell unreachable(Method method, String note) {
        return new MatrixCell(false, Double.NaN, Double.NaN, Double.NaN, Double.NaN, method, note);
    }
}
