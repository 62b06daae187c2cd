package corridor.routing.graph;

import corridor.model.vehicle.AccessRule;
import corridor.model.vehicle.Vehicle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The access rules with daily closed hours ({@link AccessRule#closedHours()}, a city's daytime ban
 * on heavy vehicles) that bind one vehicle on one {@link RoutingGraph}, on the clock of one
 * departure: a vehicle that would enter a link, or a place at the end of its route, while such a
 * rule has it closed waits until the window ends. Made per query by {@link #of}; immutable and
 * thread-safe.
 *
 * <p>The clock. A route's hours count from 00:00 on the departure day in the time zone of the
 * origin's country ({@link CountryZones}); where the origin's country has no zone listed (an OSM
 * junction), from 00:00 on the departure day on each rule's own clock.
 */
public final class TimedAccess {

    /** No timed rule binds the vehicle. */
    public static final TimedAccess NONE = new TimedAccess(Map.of(), null, null, null);

    /** At most this many windows are waited for one after another at one subject. */
    private static final int MAX_WINDOWS = 4;

    /** Rules by subject key: a link index, or {@code -1 - node} for a place. */
    private final Map<Integer, List<AccessRule>> rules;
    private final LocalDate departure;
    private final ZoneId originZone;
    private final Vehicle vehicle;
    /** The links and the places (nodes) of {@link #rules}' keys, made once (never changed). */
    private final BitSet links;
    private final BitSet nodes;

    private TimedAccess(Map<Integer, List<AccessRule>> rules, LocalDate departure, ZoneId originZone,
                        Vehicle vehicle) {
        this.rules = rules;
        this.vehicle = vehicle;
        this.departure = departure;
        this.originZone = originZone;
        this.links = new BitSet();
        this.nodes = new BitSet();
        rules.keySet().forEach(k -> (k >= 0 ? links : nodes).set(k >= 0 ? k : -1 - k));
    }

    /**
     * The timed rules of {@code graph} that bind {@code vehicle}, for a departure at 00:00 on
     * {@code departure} from a place in {@code originCountry} (ISO 3166-1 alpha-2; null when unknown).
     * Rules on links or places not in the graph are ignored.
     */
    public static TimedAccess of(RoutingGraph graph, Vehicle vehicle, LocalDate departure, String originCountry) {
        TimedAccess binding = graph.timedRules(vehicle);
        return binding.isEmpty() ? NONE : new TimedAccess(binding, departure, CountryZones.zone(originCountry));
    }

    /** {@code rules} on the clock of {@code departure} in {@code originZone}: the maps and sets shared. */
    private TimedAccess(TimedAccess rules, LocalDate departure, ZoneId originZone) {
        this.rules = rules.rules;
        this.links = rules.links;
        this.nodes = rules.nodes;
        this.vehicle = rules.vehicle;
        this.departure = departure;
        this.originZone = originZone;
    }

    /** The timed rules of {@code graph} that bind {@code vehicle}, on no clock (see {@link RoutingGraph#timedRules}). */
    static TimedAccess binding(RoutingGraph graph, Vehicle vehicle) {
        Map<Integer, List<AccessRule>> rules = new HashMap<>();
        for (AccessRule rule : graph.accessRules()) {
            if (rule.closedHours() == null || !rule.appliesTo(vehicle)) {
                continue;
            }
            int link = graph.linkIndex(rule.subjectId());
            int node = link >= 0 ? -1 : graph.placeIndex(rule.subjectId());
            if (link >= 0 || node >= 0) {
                rules.computeIfAbsent(link >= 0 ? link : -1 - node, k -> new ArrayList<>()).add(rule);
            }
        }
        return rules.isEmpty() ? NONE : new TimedAccess(Map.copyOf(rules), null, null, vehicle);
    }

    /** Whether no timed rule binds the vehicle anywhere: then nothing ever waits. */
    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /**
     * These rules less those not in force at any moment of the first {@code hours} after the departure's
     * 00:00 (their validity dates end before the departure or begin after it; a day's margin each side
     * covers the clocks of other zones). A path that takes {@code hours} without waiting can meet no
     * other rule, so a search that ignores them (the hierarchy's) gives the router's answer on that path.
     *
     * @param hours hours from the departure's 00:00, at least 0
     */
    public TimedAccess inForceWithin(double hours) {
        if (rules.isEmpty()) {
            return this;
        }
        LocalDate first = departure.minusDays(1);
        LocalDate last = departure.plusDays((long) Math.ceil(Math.max(0, hours) / 24) + 1);
        Map<Integer, List<AccessRule>> inForce = new HashMap<>();
        rules.forEach((key, list) -> list.stream()
                .filter(r -> (r.validTo() == null || !r.validTo().isBefore(first))
                        && (r.validFrom() == null || !r.validFrom().isAfter(last)))
                .forEach(r -> inForce.computeIfAbsent(key, k -> new ArrayList<>()).add(r)));
        return inForce.isEmpty() ? NONE : new TimedAccess(Map.copyOf(inForce), departure, originZone, vehicle);
    }

    /** Whether a timed rule binds the vehicle on {@code link}, at some hour. */
    public boolean onLink(int link) {
        return links.get(link);
    }

    /** Whether a timed rule binds the vehicle on no link. */
    public boolean noLinks() {
        return links.isEmpty();
    }

    /** Whether a timed rule binds the vehicle arriving at place {@code node}, at some hour. */
    public boolean atNode(int node) {
        return nodes.get(node);
    }


    /**
     * The wait to enter a link ({@code key >= 0}) or a place ({@code -1 - node}) reached
     * {@code hours} after the departure's 00:00, or {@code null} when its rules let the vehicle in
     * then. Windows that follow one another (two rules) are waited in turn.
     */
    public Wait waitAt(int key, double hours) {
        if (key >= 0 ? !links.get(key) : !nodes.get(-1 - key)) {
            return null; // the common case, asked for every arc a search takes: no map lookup, no boxing
        }
        List<AccessRule> here = rules.get(key);
        if (here == null) {
            return null;
        }
        double waited = 0;
        AccessRule last = null;
        for (int round = 0; round < MAX_WINDOWS; round++) {
            double step = 0;
            for (AccessRule rule : here) {
                double wait = rule.hoursUntilOpen(vehicle, instant(rule, hours + waited));
                if (wait > step) {
                    step = wait;
                    last = rule;
                }
            }
            if (step == 0) {
                break;
            }
            waited += step;
        }
        return waited > 0 ? new Wait(last, waited) : null;
    }

    private Instant instant(AccessRule rule, double hours) {
        ZoneId zone = originZone != null ? originZone : rule.closedHours().zone();
        return departure.atStartOfDay(zone).toInstant().plusSeconds(Math.round(hours * 3600));
    }

    /**
     * A wait for a rule's closed hours to end.
     *
     * @param rule  the rule whose window ended last
     * @param hours hours waited
     */
    public record Wait(AccessRule rule, double hours) {
    }
}
