package corridor.api.match;

import corridor.api.gpx.GpxWriter;
import corridor.api.route.JsonText;
import corridor.api.route.RouteRequest;
import corridor.model.Dataset;
import corridor.model.InputException;
import corridor.model.network.RoadLayer;
import corridor.model.vehicle.Vehicle;
import corridor.monitor.match.RoadMatcher;
import corridor.monitor.trace.Trace;
import corridor.monitor.trace.TraceMatch;
import corridor.monitor.trace.TraceMatcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The matching service {@code corridor match} and {@code POST /api/match} share: trace text in, the
 * answer in the asked format out, over one dataset's roads. Build once per road layer (it indexes the
 * roads) and share: thread-safe.
 */
public final class TraceMatching {

    private final TraceMatcher matcher;
    private final RoadLayer.Origin origin;

    /**
     * @param roads the dataset's street-level roads
     * @throws InputException when the dataset has none (naming how to import them)
     */
    public TraceMatching(RoadLayer roads) {
        if (roads.isEmpty()) {
            throw new InputException("dataset", "", "has no street-level roads to match on; import an OpenStreetMap "
                    + "extract first (corridor import osm FILE.osm.pbf --into DIR, then --data DIR)");
        }
        this.matcher = new TraceMatcher(roads, RoadMatcher.Settings.defaults());
        this.origin = roads.origin();
    }

    /** Reads and matches a trace on every road. @throws InputException naming {@code where} when the text is not a trace */
    public TraceMatch match(String text, String where) {
        return match(text, where, null);
    }

    /**
     * Reads and matches a trace on the roads {@code vehicle} may use (null: every road).
     *
     * @throws InputException naming {@code where} when the text is not a trace
     */
    public TraceMatch match(String text, String where, Vehicle vehicle) {
        Trace trace = TraceText.read(text, where);
        return matcher.match(trace, vehicle);
    }

    /**
     * The vehicle a match request names ({@code id} of the dataset's vehicles.csv), or {@code null} when
     * {@code id} is null or blank.
     *
     * @param parameter the parameter as the surface spells it ({@code --vehicle}, {@code vehicle})
     * @throws InputException naming the known vehicles when the dataset has none of that id
     */
    public static Vehicle vehicle(Dataset dataset, String id, String parameter) {
        return id == null || id.isBlank() ? null : RouteRequest.vehicle(dataset, id, parameter);
    }

    /** The answer in {@code format}, ending with a newline. */
    public String render(TraceMatch match, MatchFormat format, String name) {
        return switch (format) {
            case GEOJSON -> JsonText.pretty(MatchGeoJson.of(match, origin == null ? null : origin.attribution())) + "\n";
            case CSV -> MatchCsv.of(match);
            case GPX -> gpx(match, name);
        };
    }

    /**
     * What went wrong, one sentence a line, for the command's standard error (empty for an unbroken match
     * without a vehicle), and what the vehicle asked for kept the match off.
     */
    public List<String> notes(TraceMatch match) {
        List<String> notes = new ArrayList<>();
        match.breaks().forEach(b -> notes.add(MatchText.breakAt(b)));
        match.offRoad().forEach(o -> notes.add(MatchText.offRoad(o)));
        if (match.vehicle() != null) {
            int off = match.vehicle().segmentsKeptOff();
            notes.add(String.format(Locale.ROOT, "vehicle %s: kept off %,d road segment%s (its weight, height or length "
                    + "over their maxweight, maxheight or maxlength; hgv=no for a heavy transport vehicle)", match.vehicle().vehicleId(),
                    off, off == 1 ? "" : "s"));
        }
        if (match.chains().isEmpty()) {
            double[] b = matcher.bounds();
            notes.add(String.format(Locale.ROOT, "no point lies within %.0f m of a road; the roads cover %.4f,%.4f to "
                    + "%.4f,%.4f (S,W to N,E)", matcher.reachKm() * 1000, b[0], b[1], b[2], b[3]));
        }
        return notes;
    }

    private String gpx(TraceMatch match, String name) {
        GpxWriter gpx = new GpxWriter(name, String.format(Locale.ROOT, "%s matched to the roads: %.3f km in %d "
                + "unbroken part%s", name, match.lengthKm(), match.chains().size(), match.chains().size() == 1 ? "" : "s"));
        if (origin != null) {
            gpx.copyright("OpenStreetMap contributors", "https://opendatacommons.org/licenses/odbl/1-0/");
        }
        for (TraceMatch.Chain chain : match.chains()) {
            gpx.segment(chain.path().stream().map(p -> GpxWriter.Point.at(p[0], p[1])).toList());
        }
        return gpx.text();
    }
}
