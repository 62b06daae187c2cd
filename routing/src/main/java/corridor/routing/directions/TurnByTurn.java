package corridor.routing.directions;

import corridor.model.geo.GeoPoint;
import corridor.model.network.Link;
import corridor.model.network.RoadLayer;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.route.Leg;
import corridor.routing.route.Route;
import corridor.routing.route.Totals;

import java.util.ArrayList;
import java.util.List;

/**
 * Turn-by-turn directions of routes over one dataset's roads.
 *
 * <p>A route's moves over OSM road segments ({@code osm-s<index>} links) become steps: a new step starts
 * where the road's name or ref changes, where the route turns off at a junction that offers another way
 * on (a change of bearing of {@link Turn#SLIGHT_DEGREES} or more), where it enters a roundabout, and at
 * each corridor place it passes; consecutive segments of one named road are otherwise one step. The
 * step's maneuver comes from the change of bearing at the junction ({@link Turn}) and from the other
 * ways out of it: where another way out also goes on nearly straight, the road forks and the step
 * says which branch to keep to. A roundabout (segments tagged {@code junction=roundabout}) is one step
 * with the number of the exit taken, counting the ways off it passed on the way. A move along a
 * corridor link (the built-in dataset, or a link without streets under it) is one step of its own.
 *
 * <p>The steps are grouped under the route's corridor legs: the moves from one place of the dataset to
 * the next, and the stops at hubs and borders.
 *
 * <p>Build once per road layer (it indexes the junctions' ways out, two ints a segment) and share:
 * immutable and thread-safe.
 */
public final class TurnByTurn {

    private final RoadLayer roads;
    private final JunctionExits exits;

    /** @param roads the dataset's street-level roads the routes ran on ({@link RoadLayer#EMPTY} when it has none) */
    public TurnByTurn(RoadLayer roads) {
        this.roads = roads;
        this.exits = new JunctionExits(roads);
    }

    /** The directions of {@code route}, a route over this layer's dataset. */
    public Directions of(Route route) {
        List<DirectionsLeg> legs = new ArrayList<>();
        StepWriter writer = new StepWriter();
        List<Leg> run = new ArrayList<>();
        for (Leg leg : route.legs()) {
            if (leg.kind() != Leg.Kind.MOVE) {
                closeRun(run, legs, writer);
                legs.add(new DirectionsLeg(leg.kind(), leg.from(), leg.to(), leg.description(), leg.totals(), List.of()));
                continue;
            }
            run.add(leg);
            if (!RoutingGraph.isRoadJunctionId(leg.to().id())) {
                closeRun(run, legs, writer);
            }
        }
        closeRun(run, legs, writer);
        addArrival(route, legs, writer);
        String attribution = writer.onStreets && roads.origin() != null ? roads.origin().attribution() : "";
        return new Directions(legs, writer.onStreets, !roads.isEmpty(), attribution);
    }

    private void closeRun(List<Leg> run, List<DirectionsLeg> legs, StepWriter writer) {
        if (run.isEmpty()) {
            return;
        }
        Totals totals = Totals.ZERO;
        for (Leg leg : run) {
            writer.add(leg);
            totals = totals.plus(leg.totals());
        }
        Leg first = run.get(0);
        Leg last = run.get(run.size() - 1);
        legs.add(new DirectionsLeg(Leg.Kind.MOVE, first.from(), last.to(), first.from().name() + " → " + last.to().name(),
                totals, writer.endRun()));
        run.clear();
    }

    /** The arrival ends the last leg of moves. */
    private static void addArrival(Route route, List<DirectionsLeg> legs, StepWriter writer) {
        for (int i = legs.size() - 1; i >= 0; i--) {
            DirectionsLeg leg = legs.get(i);
            if (leg.kind() == Leg.Kind.MOVE) {
                List<Step> steps = new ArrayList<>(leg.steps());
                steps.add(new Step(Maneuver.ARRIVE, null, Double.NaN, Double.NaN, route.to().name(), "", "", "", "", 0,
                        false, List.of(), writer.previous.end, 0, 0));
                legs.set(i, new DirectionsLeg(leg.kind(), leg.from(), leg.to(), leg.description(), leg.totals(), steps));
                return;
            }
        }
    }

    /**
     * One move of the route as the steps see it.
     *
     * @param segment   the road segment, or -1 for a corridor link
     * @param backwards whether it is driven against its drawing direction
     * @param entry     the junction it is entered at (-1 for a link)
     * @param leaving   the bearing it sets off on, degrees
     * @param arriving  the bearing it ends on, degrees
     */
    private record Move(Leg leg, int segment, boolean backwards, String name, String ref, String roadClass,
                        boolean roundabout, int entry, double leaving, double arriving, GeoPoint start, GeoPoint end) {

        boolean sameRoad(Move other) {
            return name.equals(other.name) && ref.equals(other.ref);
        }
    }

    private Move move(Leg leg) {
        Link link = leg.link();
        boolean backwards = leg.reversed();
        int s = RoutingGraph.roadSegmentOf(link.id());
        List<GeoPoint> points = link.geometry().points();
        GeoPoint start = backwards ? points.get(points.size() - 1) : points.get(0);
        GeoPoint end = backwards ? points.get(0) : points.get(points.size() - 1);
        if (s < 0 || s >= roads.segmentCount()) {
            return new Move(leg, -1, backwards, link.name(), "", "", false, -1,
                    Bearings.leaving(points::get, points.size(), backwards),
                    Bearings.arriving(points::get, points.size(), backwards), start, end);
        }
        return new Move(leg, s, backwards, roads.name(s), roads.ref(s), RoadLayer.HIGHWAY_CLASSES.get(roads.highwayClass(s)),
                roads.isRoundabout(s), backwards ? roads.to(s) : roads.from(s), exits.leavingBearing(s, backwards),
                exits.arrivingBearing(s, backwards), start, end);
    }

    /** A step being written: the moves it covers so far. */
    private static final class Draft {
        Maneuver maneuver;
        Turn turn;
        double turnDegrees = Double.NaN;
        final double headingDegrees;
        String name;
        String ref;
        String roadClass;
        String linkId = "";
        String towards = "";
        int exit;
        boolean staysOnRoad;
        boolean insideRoundabout;
        int exitsPassed;
        final List<Long> wayIds = new ArrayList<>();
        final GeoPoint at;
        double distanceKm;
        double hours;

        Draft(Maneuver maneuver, Move first) {
            this.maneuver = maneuver;
            this.headingDegrees = first.leaving;
            this.name = first.name;
            this.ref = first.ref;
            this.roadClass = first.roadClass;
            this.at = first.start;
        }

        void add(Move move, RoadLayer roads) {
            distanceKm += move.leg.totals().distanceKm();
            hours += move.leg.totals().hours();
            if (move.segment >= 0) {
                long way = roads.wayId(move.segment);
                if (wayIds.isEmpty() || wayIds.get(wayIds.size() - 1) != way) {
                    wayIds.add(way);
                }
            }
        }

        Step step() {
            return new Step(maneuver, turn, turnDegrees, headingDegrees, name, ref, roadClass, linkId, towards, exit,
                    staysOnRoad, wayIds, at, distanceKm, hours);
        }
    }

    /** Writes the steps of the route's moves in order; the move before carries over from one leg to the next. */
    private final class StepWriter {
        Move previous;
        Draft current;
        boolean onStreets;
        final List<Step> steps = new ArrayList<>();

        void add(Leg leg) {
            Move move = move(leg);
            if (move.segment < 0) {
                startStep(follow(move), move);
                return;
            }
            onStreets = true;
            if (current != null && current.insideRoundabout) {
                if (move.roundabout) {
                    current.exitsPassed += exitsOffRoundabout(move.entry, previous.segment, move.segment);
                } else {
                    leaveRoundabout(move);
                }
                extend(move);
                return;
            }
            if (move.roundabout) {
                Draft roundabout = new Draft(Maneuver.ROUNDABOUT, move);
                roundabout.insideRoundabout = true;
                startStep(roundabout, move);
                return;
            }
            if (current != null && previous.segment >= 0 && move.sameRoad(previous) && !turnsOffWithChoice(previous, move)) {
                extend(move);
                return;
            }
            startStep(atJunction(previous, move), move);
        }

        private void extend(Move move) {
            current.add(move, roads);
            previous = move;
        }

        private void startStep(Draft draft, Move move) {
            flush();
            current = draft;
            extend(move);
        }

        private void flush() {
            if (current != null) {
                steps.add(current.step());
                current = null;
            }
        }

        /** The steps of the run of moves written since the last call; the next move starts a new step. */
        List<Step> endRun() {
            flush();
            List<Step> run = List.copyOf(steps);
            steps.clear();
            return run;
        }

        private void leaveRoundabout(Move move) {
            current.insideRoundabout = false;
            current.exit = current.exitsPassed + 1;
            current.name = move.name;
            current.ref = move.ref;
            current.roadClass = move.roadClass;
        }
    }

    private static Draft follow(Move move) {
        Draft draft = new Draft(Maneuver.FOLLOW, move);
        draft.linkId = move.leg.link().id();
        draft.towards = move.leg.to().name();
        return draft;
    }

    /** The step that starts where {@code move} leaves the junction {@code previous} (null at the start) reaches. */
    private Draft atJunction(Move previous, Move move) {
        if (previous == null) {
            return new Draft(Maneuver.DEPART, move);
        }
        double change = Turn.normalize(move.leaving - previous.arriving);
        Turn turn = Turn.of(change);
        Draft draft = new Draft(maneuver(previous, move, change, turn), move);
        draft.turn = turn;
        draft.turnDegrees = change;
        draft.staysOnRoad = move.sameRoad(previous);
        return draft;
    }

    private Maneuver maneuver(Move previous, Move move, double change, Turn turn) {
        if (turn == Turn.U_TURN) {
            return Maneuver.U_TURN;
        }
        if (!turn.isGentle()) {
            return Maneuver.TURN;
        }
        double fork = gentleAlternative(previous, move, change);
        if (!Double.isNaN(fork)) {
            return change < fork ? Maneuver.KEEP_LEFT : Maneuver.KEEP_RIGHT;
        }
        return turn == Turn.STRAIGHT ? Maneuver.CONTINUE : Maneuver.TURN;
    }

    /**
     * The change of bearing of another way out of the junction between {@code previous} and {@code move}
     * that also goes on gently (under {@link Turn#SLIGHT_DEGREES}), the nearest to {@code change}; NaN when
     * there is none (or {@code previous} is no road segment).
     */
    private double gentleAlternative(Move previous, Move move, double change) {
        if (previous.segment < 0) {
            return Double.NaN;
        }
        double best = Double.NaN;
        for (int e = exits.first(move.entry); e < exits.end(move.entry); e++) {
            int s = exits.segment(e);
            if (s == move.segment || s == previous.segment) {
                continue;
            }
            double other = Turn.normalize(exits.leavingBearing(s, exits.backwards(e)) - previous.arriving);
            if (Math.abs(other) < Turn.SLIGHT_DEGREES && (Double.isNaN(best) || Math.abs(other - change) < Math.abs(best - change))) {
                best = other;
            }
        }
        return best;
    }

    /** Whether the route turns off (slight or more) at a junction where another way goes on. */
    private boolean turnsOffWithChoice(Move previous, Move move) {
        double change = Turn.normalize(move.leaving - previous.arriving);
        if (Math.abs(change) < Turn.SLIGHT_DEGREES) {
            return false;
        }
        for (int e = exits.first(move.entry); e < exits.end(move.entry); e++) {
            int s = exits.segment(e);
            if (s != move.segment && s != previous.segment) {
                return true;
            }
        }
        return false;
    }

    /** The ways off the roundabout at {@code junction}: ways out that are not part of it. */
    private int exitsOffRoundabout(int junction, int in, int out) {
        int count = 0;
        for (int e = exits.first(junction); e < exits.end(junction); e++) {
            int s = exits.segment(e);
            if (s != in && s != out && !roads.isRoundabout(s)) {
                count++;
            }
        }
        return count;
    }
}
