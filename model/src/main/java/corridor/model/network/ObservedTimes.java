package corridor.model.network;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Times the corridor measured, for routing: per link, border crossing and hub, per month, the
 * median and 95th-percentile time of the trips observed. Built by a surface from a monitoring
 * state (the monitor's {@code RoutingObservations}) and handed to the router with a query, so that
 * the router stays free of I/O. Immutable; thread-safe.
 */
public final class ObservedTimes {

    /** What an observation is the time of. */
    public enum Kind {
        /** A link's transit time, end to end (observed of heavy transport vehicles). */
        LINK,
        /** A border crossing's time from arrival to departure. */
        CROSSING,
        /** A port's or terminal's dwell. */
        DWELL
    }

    /**
     * One subject's times in one month.
     *
     * @param medianHours the median time, hours
     * @param p95Hours    the 95th-percentile time, hours (at least the median)
     * @param count       trips observed (passes of a link, visits of a place), at least 1
     * @param month       the month of the observations
     */
    public record Observation(double medianHours, double p95Hours, long count, YearMonth month) {
        public Observation {
            if (!(medianHours >= 0) || !(p95Hours >= medianHours) || count < 1 || month == null) {
                throw new IllegalArgumentException("an observation needs 0 <= median <= p95, a count of at least 1 "
                        + "and a month; got " + medianHours + ", " + p95Hours + ", " + count + ", " + month);
            }
        }
    }

    /** By kind, then month, then subject id. */
    private final Map<Kind, Map<YearMonth, Map<String, Observation>>> observations;
    private final boolean simulated;
    private final String origin;

    private ObservedTimes(Map<Kind, Map<YearMonth, Map<String, Observation>>> observations, boolean simulated,
                          String origin) {
        Map<Kind, Map<YearMonth, Map<String, Observation>>> copy = new EnumMap<>(Kind.class);
        observations.forEach((kind, months) -> {
            Map<YearMonth, Map<String, Observation>> byMonth = new HashMap<>();
            months.forEach((month, ids) -> byMonth.put(month, Map.copyOf(ids)));
            copy.put(kind, Map.copyOf(byMonth));
        });
        this.observations = copy;
        this.simulated = simulated;
        this.origin = origin;
    }

    /** The observation of a subject ({@code id}: a link or place id) in {@code month}, or null when none. */
    public Observation of(Kind kind, String id, YearMonth month) {
        return inMonth(kind, month).get(id);
    }

    /** Every observation of {@code kind} in {@code month}, by subject id; empty when none. */
    public Map<String, Observation> inMonth(Kind kind, YearMonth month) {
        return observations.getOrDefault(kind, Map.of()).getOrDefault(month, Map.of());
    }

    /** Whether any of the times come from simulated pings (the fleet simulator), not from real trucks. */
    public boolean simulated() {
        return simulated;
    }

    /** Where the times come from, for people (a state file's name); never null. */
    public String origin() {
        return origin;
    }

    /** How many subject-months are held. */
    public int size() {
        return observations.values().stream().flatMap(m -> m.values().stream()).mapToInt(Map::size).sum();
    }

    /** The months anything was observed in, in order. */
    public SortedSet<YearMonth> months() {
        SortedSet<YearMonth> months = new TreeSet<>();
        observations.values().forEach(m -> months.addAll(m.keySet()));
        return months;
    }

    /**
     * A builder.
     *
     * @param origin    where the times come from (a file name)
     * @param simulated whether they come (at least in part) from simulated pings
     */
    public static Builder builder(String origin, boolean simulated) {
        return new Builder(origin, simulated);
    }

    /** Collects observations; not thread-safe. */
    public static final class Builder {
        private final Map<Kind, Map<YearMonth, Map<String, Observation>>> observations = new EnumMap<>(Kind.class);
        private final String origin;
        private final boolean simulated;

        private Builder(String origin, boolean simulated) {
            this.origin = Objects.requireNonNull(origin);
            this.simulated = simulated;
        }

        /** Adds (or replaces) the observation of {@code id} of {@code kind} in the observation's month. */
        public Builder add(Kind kind, String id, Observation observation) {
            observations.computeIfAbsent(kind, k -> new HashMap<>())
                    .computeIfAbsent(observation.month(), m -> new HashMap<>()).put(id, observation);
            return this;
        }

        public ObservedTimes build() {
            return new ObservedTimes(observations, simulated, origin);
        }
    }
}
