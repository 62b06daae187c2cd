package corridor.monitor.indicator;

import corridor.monitor.ingest.CostRecord;
import corridor.monitor.ingest.RejectReason;
import corridor.monitor.trip.HubVisit;
import corridor.monitor.trip.LinkTraversal;
import corridor.monitor.trip.SectionPass;
import corridor.monitor.trip.TripResult;
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
 * The distribution of single times per subject and month is a {@link TimeSketch}, whose bucket
 * counts add exactly as well. Not thread-safe.
 */
public final class Aggregates {

    private final Map<IndicatorKey, Tally> tallies = new HashMap<>();
    private final Map<IndicatorKey, TimeSketch> sketches = new HashMap<>();
    private final EnumMap<RejectReason, Long> rejected = new EnumMap<>(RejectReason.class);
    private long acceptedPings;
    /** Of the accepted pings, those the fleet simulator made (see {@link #markSimulated}). */
    private long simulatedPings;
    private long trips;
    private long unmatchedTrips;

    /** Adds one analysed trip that covers no fixed section, without costs or cargo. */
    public int addTrip(TripResult trip, List<CostRecord> costs) {
        return addTrip(trip, List.of(), costs, null);
    }

    /**
     * Adds one analysed trip, the fixed sections it covered, the costs paid during it and its
     * cargo. A cost naming a hub the trip stayed at is that visit's cost (the nearest visit in
     * time when there are several); every cost of a trip that has an origin and a destination is
     * the cost of that trip's section; every cost paid between entering and leaving a fixed
     * section is that section pass's cost. Where the cargo is known, section costs also count
     * towards the cost per 500 km and 20 t (TFI3).
     *
     * @param sectionPasses the fixed sections the trip covered
     * @param cargoTonnes   the trip's cargo, tonnes; null when unknown
     * @return how many of the cost records were attributed
     */
    public int addTrip(TripResult trip, List<SectionPass> sectionPasses, List<CostRecord> costs, Double cargoTonnes) {
        trips++;
        boolean section = !trip.originId().isEmpty() && !trip.originId().equals(trip.destinationId());
        List<HubVisit> visits = trip.visits();
        long[] visitCents = new long[visits.size()];
        boolean[] visitCosted = new boolean[visits.size()];
        long[] passCents = new long[sectionPasses.size()];
        boolean[] passCosted = new boolean[sectionPasses.size()];
        long tripCents = 0;
        boolean tripCosted = false;
        int used = 0;
        for (CostRecord cost : costs) {
            boolean attributed = false;
            int v = nearestVisit(visits, cost);
            if (v >= 0) {
                visitCents[v] += cents(cost.costUsd());
                visitCosted[v] = true;
                attributed = true;
            }
            if (section) {
                tripCents += cents(cost.costUsd());
                tripCosted = true;
                attributed = true;
            }
            for (int p = 0; p < sectionPasses.size(); p++) {
                SectionPass pass = sectionPasses.get(p);
                if (cost.epochSecond() >= pass.entryEpochSecond() && cost.epochSecond() <= pass.exitEpochSecond()) {
                    passCents[p] += cents(cost.costUsd());
                    passCosted[p] = true;
                    attributed = true;
                }
            }
            if (attributed) {
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
                    costed(tally, tripCosted, tripCents, cargoTonnes));
        }
        for (int p = 0; p < sectionPasses.size(); p++) {
            SectionPass pass = sectionPasses.get(p);
            Tally tally = Tally.of(pass.transitSeconds(), Math.round(pass.movingSeconds()),
                    Math.round(pass.distanceKm() * 1000));
            add(new IndicatorKey(Subject.CORRIDOR_SECTION, pass.sectionId(), IndicatorKey.monthOf(pass.entryEpochSecond())),
                    costed(tally, passCosted[p], passCents[p], cargoTonnes));
        }
        return used;
    }

    private static Tally costed(Tally tally, boolean costed, long cents, Double cargoTonnes) {
        if (!costed) {
            return tally;
        }
        Tally withCost = tally.withCost(cents);
        return cargoTonnes != null && cargoTonnes > 0 ? withCost.withFreight(cents, cargoTonnes) : withCost;
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

    /** Counts one trip none of whose points lay near a link. */
    public void countUnmatchedTrip() {
        unmatchedTrips++;
    }

    /** Counts one ping that passed every rule. */
    public void countAccepted() {
        acceptedPings++;
    }

    /** Counts one rejected ping. */
    public void countRejected(RejectReason reason) {
        rejected.merge(reason, 1L, Long::sum);
    }

    /** Adds one item: its tally, and its single time (the tally's transit seconds) to the key's sketch. */
    private void add(IndicatorKey key, Tally tally) {
        tallies.merge(key, tally, Tally::plus);
        sketches.computeIfAbsent(key, k -> new TimeSketch()).add(tally.transitSeconds());
    }

    /** Adds everything in {@code other} to this. */
    public Aggregates merge(Aggregates other) {
        other.tallies.forEach((key, tally) -> tallies.merge(key, tally, Tally::plus));
        other.sketches.forEach((key, sketch) -> {
            TimeSketch mine = sketches.get(key);
            if (mine == null) {
                sketches.put(key, sketch.copy());
            } else {
                mine.merge(sketch);
            }
        });
        other.rejected.forEach((r, n) -> rejected.merge(r, n, Long::sum));
        acceptedPings += other.acceptedPings;
        simulatedPings += other.simulatedPings;
        trips += other.trips;
        unmatchedTrips += other.unmatchedTrips;
        return this;
    }

    /** The tallies, sorted by subject, id and month. */
    public Map<IndicatorKey, Tally> tallies() {
        return Collections.unmodifiableMap(new TreeMap<>(tallies));
    }

    /**
     * The distribution of single times of one subject and month (transit time, crossing time,
     * dwell), or null when none was kept (a state written before distributions were kept).
     */
    public TimeSketch sketch(IndicatorKey key) {
        return sketches.get(key);
    }

    /** Pings that passed every rule. */
    public long acceptedPings() {
        return acceptedPings;
    }

    /**
     * Counts every accepted ping so far as simulated (made by the fleet simulator, not driven by a
     * real truck), so that every figure and route made from these aggregates can say so. Merged
     * aggregates keep the count: a state is simulated, at least in part, while it is above 0.
     */
    public Aggregates markSimulated() {
        simulatedPings = acceptedPings;
        return this;
    }

    /** Accepted pings that were simulated ({@link #markSimulated}); 0 for a state of real pings only. */
    public long simulatedPings() {
        return simulatedPings;
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

    /** Rebuilds aggregates from stored parts (a state file read back). */
    public static Aggregates of(Map<IndicatorKey, Tally> tallies, Map<IndicatorKey, TimeSketch> sketches,
                         Map<RejectReason, Long> rejected, long acceptedPings, long trips, long unmatchedTrips) {
        Aggregates a = new Aggregates();
        a.tallies.putAll(tallies);
        a.sketches.putAll(sketches);
        a.rejected.putAll(rejected);
        a.acceptedPings = acceptedPings;
        a.trips = trips;
        a.unmatchedTrips = unmatchedTrips;
        return a;
    }

    /** As {@link #of(Map, Map, Map, long, long, long)}, with {@code simulatedPings} of the accepted pings simulated. */
    public static Aggregates of(Map<IndicatorKey, Tally> tallies, Map<IndicatorKey, TimeSketch> sketches,
                                Map<RejectReason, Long> rejected, long acceptedPings, long simulatedPings, long trips,
                                long unmatchedTrips) {
        Aggregates a = of(tallies, sketches, rejected, acceptedPings, trips, unmatchedTrips);
        a.simulatedPings = simulatedPings;
        return a;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Aggregates a && tallies.equals(a.tallies) && sketches.equals(a.sketches)
                && rejected.equals(a.rejected)
                && acceptedPings == a.acceptedPings && simulatedPings == a.simulatedPings && trips == a.trips && unmatchedTrips == a.unmatchedTrips;
    }

    @Override
    public int hashCode() {
        return tallies.hashCode() ^ Long.hashCode(acceptedPings + 31 * trips);
    }
}
