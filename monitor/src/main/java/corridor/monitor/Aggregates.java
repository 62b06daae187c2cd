package corridor.monitor;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mergeable state of monitoring: ping counts and, per subject and month, integer tallies.
 * Aggregates of disjoint parts of the input (different vehicles, or different trips) merge
 * exactly into the aggregates of the whole, which is what lets ingestion run in parts and add up.
 */
public final class Aggregates {

    private final Map<IndicatorKey, Tally> tallies = new HashMap<>();
    private final EnumMap<RejectReason, Long> rejected = new EnumMap<>(RejectReason.class);
    private long acceptedPings;
    private long trips;
    private long unmatchedTrips;

    /**
     * Adds one analysed trip and the costs paid during it. A cost naming a hub the trip stayed at
     * is that visit's cost (the nearest visit in time when there are several); every cost of a
     * trip that covers a section is the section's cost too.
     *
     * @return how many of the cost records were attributed
     */
    int addTrip(TripResult trip, List<CostRecord> costs) {
        trips++;
        boolean section = !trip.originId().isEmpty() && !trip.originId().equals(trip.destinationId());
        List<HubVisit> visits = trip.visits();
        long[] visitCents = new long[visits.size()];
        boolean[] visitCosted = new boolean[visits.size()];
        long tripCents = 0;
        boolean tripCosted = false;
        int used = 0;
        for (CostRecord cost : costs) {
            int v = nearestVisit(visits, cost);
            if (v >= 0) {
                visitCents[v] += cents(cost.costUsd());
                visitCosted[v] = true;
            }
            if (section) {
                tripCents += cents(cost.costUsd());
                tripCosted = true;
            }
            if (v >= 0 || section) {
                used++;
            }
        }
        for (int v = 0; v < visits.size(); v++) {
            HubVisit visit = visits.get(v);
            Tally tally = Tally.of(visit.dwellSeconds(), 0, 0);
            add(new IndicatorKey(Subject.of(visit.kind()), visit.placeId(),
                    IndicatorKey.monthOf(visit.arrivalEpochSecond())), visitCosted[v] ? tally.withCost(visitCents[v]) : tally);
        }
        for (LinkTraversal pass : trip.traversals()) {
            if (pass.complete()) {
                add(new IndicatorKey(Subject.LINK, pass.linkId(), IndicatorKey.monthOf(pass.entryEpochSecond())),
                        Tally.of(Math.round(pass.transitSeconds()), Math.round(pass.movingSeconds()),
                                Math.round(pass.distanceKm() * 1000)));
            }
        }
        if (section) {
            Tally tally = Tally.of(trip.transitSeconds(), Math.round(trip.movingSeconds()),
                    Math.round(trip.distanceKm() * 1000));
            add(new IndicatorKey(Subject.SECTION, trip.sectionId(), IndicatorKey.monthOf(trip.departureEpochSecond())),
                    tripCosted ? tally.withCost(tripCents) : tally);
        }
        return used;
    }

    /** The visit to the cost's place nearest in time to the payment, or -1. */
    private static int nearestVisit(List<HubVisit> visits, CostRecord cost) {
        int best = -1;
        long bestGap = Long.MAX_VALUE;
        for (int v = 0; v < visits.size(); v++) {
            HubVisit visit = visits.get(v);
            if (!visit.placeId().equals(cost.placeId())) {
                continue;
            }
            long end = visit.arrivalEpochSecond() + visit.dwellSeconds();
            long gap = cost.epochSecond() < visit.arrivalEpochSecond() ? visit.arrivalEpochSecond() - cost.epochSecond()
                    : Math.max(0, cost.epochSecond() - end);
            if (gap < bestGap) {
                bestGap = gap;
                best = v;
            }
        }
        return best;
    }

    private static long cents(double usd) {
        return Math.round(usd * 100);
    }

    void countUnmatchedTrip() {
        unmatchedTrips++;
    }

    void countAccepted() {
        acceptedPings++;
    }

    void countRejected(RejectReason reason) {
        rejected.merge(reason, 1L, Long::sum);
    }

    private void add(IndicatorKey key, Tally tally) {
        tallies.merge(key, tally, Tally::plus);
    }

    /** Adds everything in {@code other} to this. */
    public Aggregates merge(Aggregates other) {
        other.tallies.forEach(this::add);
        other.rejected.forEach((r, n) -> rejected.merge(r, n, Long::sum));
        acceptedPings += other.acceptedPings;
        trips += other.trips;
        unmatchedTrips += other.unmatchedTrips;
        return this;
    }

    /** The tallies, sorted by subject, id and month. */
    public Map<IndicatorKey, Tally> tallies() {
        return Collections.unmodifiableMap(new TreeMap<>(tallies));
    }

    /** Pings that passed every rule. */
    public long acceptedPings() {
        return acceptedPings;
    }

    /** Rejected pings by reason (reasons with none are absent). */
    public Map<RejectReason, Long> rejectedPings() {
        return Collections.unmodifiableMap(new EnumMap<>(rejected));
    }

    /** All rejected pings. */
    public long rejectedTotal() {
        return rejected.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Trips analysed (spans of pings between gaps), matched or not. */
    public long trips() {
        return trips;
    }

    /** Trips none of whose points lay near a link. */
    public long unmatchedTrips() {
        return unmatchedTrips;
    }

    /** Rebuilds aggregates from stored parts (see {@link StateJson}). */
    static Aggregates of(Map<IndicatorKey, Tally> tallies, Map<RejectReason, Long> rejected, long acceptedPings,
                         long trips, long unmatchedTrips) {
        Aggregates a = new Aggregates();
        a.tallies.putAll(tallies);
        a.rejected.putAll(rejected);
        a.acceptedPings = acceptedPings;
        a.trips = trips;
        a.unmatchedTrips = unmatchedTrips;
        return a;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Aggregates a && tallies.equals(a.tallies) && rejected.equals(a.rejected)
                && acceptedPings == a.acceptedPings && trips == a.trips && unmatchedTrips == a.unmatchedTrips;
    }

    @Override
    public int hashCode() {
        return tallies.hashCode() ^ Long.hashCode(acceptedPings + 31 * trips);
    }
}
