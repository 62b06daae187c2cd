package corridor.monitor.indicator;

/**
 * Sums of one subject in one month. Every field is an integer (seconds, metres, US cents), so
 * adding tallies is exact, associative and commutative: tallies of parts of the input merge into
 * exactly the tally of the whole.
 *
 * @param count          passes, trips or hub visits
 * @param transitSeconds total time: transit time of passes and trips, dwell at hubs
 * @param movingSeconds  total time moving (links, sections)
 * @param distanceMetres total distance (links, sections)
 * @param minSeconds     shortest single time
 * @param maxSeconds     longest single time
 * @param costCount      how many of the counted items have cost records
 * @param costCents      their cost, US cents
 * @param freightCount   how many counted trips have both cost records and a known cargo (sections)
 * @param freightCents   their cost, US cents
 * @param freightKgKm    their cargo times their distance, kilogram-kilometres
 */
public record Tally(long count, long transitSeconds, long movingSeconds, long distanceMetres, long minSeconds,
                    long maxSeconds, long costCount, long costCents, long freightCount, long freightCents,
                    long freightKgKm) {

    /** The tally of nothing. */
    public static final Tally EMPTY = new Tally(0, 0, 0, 0, Long.MAX_VALUE, Long.MIN_VALUE, 0, 0, 0, 0, 0);

    /** The tally of one item. */
    static Tally of(long transitSeconds, long movingSeconds, long distanceMetres) {
        return new Tally(1, transitSeconds, movingSeconds, distanceMetres, transitSeconds, transitSeconds, 0, 0,
                0, 0, 0);
    }

    /** The tally of one item with a cost. */
    Tally withCost(long cents) {
        return new Tally(count, transitSeconds, movingSeconds, distanceMetres, minSeconds, maxSeconds,
                costCount + 1, costCents + cents, freightCount, freightCents, freightKgKm);
    }

    /** The tally of one trip with a cost and a known cargo (for TFI3): its cost and cargo times distance. */
    Tally withFreight(long cents, double cargoTonnes) {
        long kgKm = Math.round(cargoTonnes * 1000 * distanceMetres / 1000.0);
        return new Tally(count, transitSeconds, movingSeconds, distanceMetres, minSeconds, maxSeconds,
                costCount, costCents, freightCount + 1, freightCents + cents, freightKgKm + kgKm);
    }

    /** Both tallies together. */
    public Tally plus(Tally other) {
        return new Tally(count + other.count, transitSeconds + other.transitSeconds,
                movingSeconds + other.movingSeconds, distanceMetres + other.distanceMetres,
                Math.min(minSeconds, other.minSeconds), Math.max(maxSeconds, other.maxSeconds),
                costCount + other.costCount, costCents + other.costCents, freightCount + other.freightCount,
                freightCents + other.freightCents, freightKgKm + other.freightKgKm);
    }
}
