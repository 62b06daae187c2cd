package corridor.data;

import corridor.model.CorridorSection;
import corridor.model.Dataset;
import corridor.model.GeoPoint;
import corridor.model.GreatCircle;
import corridor.model.IndicatorValue;
import corridor.model.Incident;
import corridor.model.Link;
import corridor.model.MineralArea;
import corridor.model.ModeDefaults;
import corridor.model.Mode;
import corridor.model.OpeningRule;
import corridor.model.Place;
import corridor.model.Project;
import corridor.model.Provenance;
import corridor.model.Source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of a dataset that look across records and files: ids unique within a layer and
 * across places, links, projects, incidents and minerals; references (link ends, projects,
 * places, superseding links, indicator subjects) that exist; sources that resolve; and link
 * geometry that is plausible against its end places. Rules about one record alone (schema,
 * ranges, dates, calendars, polygons) are checked as the record is read.
 */
public final class DatasetValidator {

    /** How far the first or last point of a link may lie from its end place, km. */
    public static final double MAX_END_OFFSET_KM = 25;
    /** A link longer than this many times the straight line between its ends is suspicious. */
    public static final double MAX_DETOUR_FACTOR = 3;
    /** Largest relative difference between a published length and its geometry's length without a warning. */
    public static final double MAX_LENGTH_MISMATCH = 0.05;
    /** Relative slack for rounding when a length equals the great-circle distance. */
    private static final double ROUNDING_SLACK = 1e-9;

    /** A problem and the record it is about, so that the reader can leave the record out. */
    record Finding(Problem problem, Object record) {
    }

    private final Dataset dataset;
    private final RecordLocations locations;
    private final List<Finding> findings = new ArrayList<>();

    private DatasetValidator(Dataset dataset, RecordLocations locations) {
        this.dataset = dataset;
        this.locations = locations;
    }

    /**
     * The cross-file problems of a loaded dataset. {@link DatasetReader#read} already includes
     * them in its load; call this for a dataset built or changed in memory.
     */
    public static List<Problem> validate(DatasetLoad load) {
        return check(load.dataset(), load.locations()).stream().map(Finding::problem).toList();
    }

    static List<Finding> check(Dataset dataset, RecordLocations locations) {
        DatasetValidator validator = new DatasetValidator(dataset, locations);
        validator.uniqueIds();
        validator.sources();
        validator.links();
        validator.projects();
        validator.indicators();
        validator.sections();
        return validator.findings;
    }

    private void error(Object record, String field, String message) {
        RecordLocations.Where where = locations.of(record);
        findings.add(new Finding(Problem.error(where.file(), where.location(), field, message), record));
    }

    private void warning(Object record, String field, String message) {
        RecordLocations.Where where = locations.of(record);
        findings.add(new Finding(Problem.warning(where.file(), where.location(), field, message), record));
    }

    private String at(Object record) {
        RecordLocations.Where where = locations.of(record);
        return where.file() + " " + where.location();
    }

    // ---- ids ----

    private void uniqueIds() {
        Map<String, Object> sources = new HashMap<>();
        dataset.sources().forEach(s -> unique(sources, s.id(), s));
        Map<String, Object> indicators = new HashMap<>();
        dataset.indicators().forEach(i -> unique(indicators, i.id(), i));
        // Places, links, projects, incidents and minerals share one namespace, so that an id
        // names one thing wherever it is cited.
        Map<String, Object> shared = new HashMap<>();
        dataset.places().forEach(p -> unique(shared, p.id(), p));
        dataset.links().forEach(l -> unique(shared, l.id(), l));
        dataset.projects().forEach(p -> unique(shared, p.id(), p));
        dataset.incidents().forEach(i -> unique(shared, i.id(), i));
        dataset.minerals().forEach(m -> unique(shared, m.id(), m));
    }

    private void unique(Map<String, Object> seen, String id, Object record) {
        Object first = seen.putIfAbsent(id, record);
        if (first != null) {
            error(record, "id", "duplicate id '" + id + "'; already used at " + at(first));
        }
    }

    // ---- sources ----

    private void sources() {
        Map<String, Source> byId = dataset.sourcesById();
        for (Source source : dataset.sources()) {
            if (!source.resolves()) {
                error(source, "url", "a source needs a url or a citation");
            }
        }
        for (ModeDefaults defaults : dataset.modeDefaults().values()) {
            cites(defaults, defaults.provenance(), byId);
        }
        for (Place place : dataset.places()) {
            cites(place, place.provenance(), byId);
            for (OpeningRule rule : place.calendar().rules()) {
                cites(rule, rule.provenance(), byId);
            }
        }
        dataset.links().forEach(l -> cites(l, l.provenance(), byId));
        dataset.projects().forEach(p -> cites(p, p.provenance(), byId));
        for (IndicatorValue indicator : dataset.indicators()) {
            cites(indicator, indicator.provenance(), byId);
        }
        for (Incident incident : dataset.incidents()) {
            cites(incident, incident.provenance(), byId);
        }
        for (MineralArea mineral : dataset.minerals()) {
            cites(mineral, mineral.provenance(), byId);
        }
        dataset.sections().forEach(s -> cites(s, s.provenance(), byId));
    }

    private void cites(Object record, Provenance provenance, Map<String, Source> sources) {
        if (provenance == null || provenance.sourceIds().isEmpty()) {
            error(record, "source", "missing required value");
            return;
        }
        for (String id : provenance.sourceIds()) {
            Source source = sources.get(id);
            if (source == null) {
                error(record, "source", "unknown source '" + id + "'; not in sources.csv");
            } else if (!source.resolves()) {
                error(record, "source", "source '" + id + "' does not resolve: it has neither url nor citation");
            }
        }
    }

    // ---- sections ----

    /**
     * Corridor sections: unique ids; links that exist, each once; and a chain: each link shares
     * an end place with the next, and the section's path does not turn back at a shared place.
     */
    private void sections() {
        Map<String, Object> seen = new HashMap<>();
        Map<String, Link> links = new HashMap<>();
        dataset.links().forEach(l -> links.putIfAbsent(l.id(), l));
        for (CorridorSection section : dataset.sections()) {
            unique(seen, section.id(), section);
            List<Link> chain = new ArrayList<>();
            for (String id : section.linkIds()) {
                Link link = links.get(id);
                if (link == null) {
                    error(section, "links", "unknown link '" + id + "'; not in links.geojson");
                } else if (chain.contains(link)) {
                    error(section, "links", "link '" + id + "' is listed twice");
                } else {
                    chain.add(link);
                }
            }
            if (chain.size() != section.linkIds().size()) {
                continue;
            }
            // the place the section reaches after its first link
            String end = chain.size() == 1 ? null : sharedEnd(chain.get(0), chain.get(1));
            for (int k = 1; k < chain.size(); k++) {
                Link link = chain.get(k);
                if (end == null || !(link.fromId().equals(end) || link.toId().equals(end))) {
                    error(section, "links", "not a chain: '" + chain.get(k - 1).id() + "' and '" + link.id()
                            + "' share no end place" + (end == null ? "" : " (the section reaches '" + end + "')"));
                    break;
                }
                end = other(link, end);
            }
        }
    }

    /** The place two links meet at, or null. */
    private static String sharedEnd(Link a, Link b) {
        if (a.fromId().equals(b.fromId()) || a.fromId().equals(b.toId())) {
            return a.fromId();
        }
        return a.toId().equals(b.fromId()) || a.toId().equals(b.toId()) ? a.toId() : null;
    }

    private static String other(Link link, String end) {
        return link.fromId().equals(end) ? link.toId() : link.fromId();
    }

    // ---- links ----

    private void links() {
        Map<String, Place> places = dataset.placesById();
        Set<String> linkIds = new HashSet<>();
        dataset.links().forEach(l -> linkIds.add(l.id()));
        Set<String> projectIds = new HashSet<>();
        dataset.projects().forEach(p -> projectIds.add(p.id()));
        for (Link link : dataset.links()) {
            Place from = places.get(link.fromId());
            Place to = places.get(link.toId());
            if (from == null) {
                error(link, "from", "unknown place '" + link.fromId() + "'; not in places.geojson");
            }
            if (to == null) {
                error(link, "to", "unknown place '" + link.toId() + "'; not in places.geojson");
            }
            if (!link.projectId().isEmpty() && !projectIds.contains(link.projectId())) {
                error(link, "project", "unknown project '" + link.projectId() + "'; not in projects.geojson");
            }
            for (String successor : link.supersededBy()) {
                if (!linkIds.contains(successor)) {
                    error(link, "superseded_by", "unknown link '" + successor + "'; not in links.geojson");
                }
            }
            if (from != null && to != null) {
                geometry(link, from, to);
            }
        }
    }

    private void geometry(Link link, Place from, Place to) {
        double firstOffsetKm = GreatCircle.distanceKm(link.geometry().first(), from.location());
        if (firstOffsetKm > MAX_END_OFFSET_KM) {
            error(link, "geometry", "first position is " + Numbers.format(firstOffsetKm) + " km from place '"
                    + from.id() + "'; it must lie within " + Numbers.format(MAX_END_OFFSET_KM) + " km");
        }
        double lastOffsetKm = GreatCircle.distanceKm(link.geometry().last(), to.location());
        if (lastOffsetKm > MAX_END_OFFSET_KM) {
            error(link, "geometry", "last position is " + Numbers.format(lastOffsetKm) + " km from place '"
                    + to.id() + "'; it must lie within " + Numbers.format(MAX_END_OFFSET_KM) + " km");
        }
        GeoPoint a = from.location();
        GeoPoint b = to.location();
        double straightKm = GreatCircle.distanceKm(a, b);
        double lengthKm = link.lengthKm();
        String field = link.hasPublishedLength() ? "distance_km" : "geometry";
        String what = link.hasPublishedLength() ? "length" : "geometric length";
        String between = " the great-circle distance " + Numbers.format(straightKm) + " km between '" + from.id()
                + "' and '" + to.id() + "'";
        if (lengthKm < straightKm * (1 - ROUNDING_SLACK)) {
            error(link, field, what + " " + Numbers.format(lengthKm) + " km is shorter than" + between);
        } else if (straightKm > 0 && lengthKm > MAX_DETOUR_FACTOR * straightKm) {
            warning(link, field, what + " " + Numbers.format(lengthKm) + " km is more than "
                    + Numbers.format(MAX_DETOUR_FACTOR) + " times" + between);
        }
        lengthAgainstGeometry(link);
    }

    /**
     * A published length and the geometry's length must agree within {@link #MAX_LENGTH_MISMATCH};
     * without a published length the record says why the geometry's length is used (transfers,
     * connectors inside a hub, need not).
     */
    private void lengthAgainstGeometry(Link link) {
        double geometryKm = link.geometry().lengthKm();
        if (link.hasPublishedLength()) {
            double publishedKm = link.distanceKm();
            if (publishedKm > 0 && Math.abs(geometryKm - publishedKm) > MAX_LENGTH_MISMATCH * publishedKm) {
                long percent = Math.round(100 * (geometryKm - publishedKm) / publishedKm);
                warning(link, "geometry", "geometry is " + Numbers.format(geometryKm) + " km, "
                        + (percent > 0 ? "+" : "") + percent + "% against the published distance_km "
                        + Numbers.format(publishedKm) + " km (more than " + Math.round(100 * MAX_LENGTH_MISMATCH)
                        + "%); add points along the road");
            }
        } else if (link.mode() != Mode.TRANSFER && link.geometryLengthReason().isEmpty()) {
            warning(link, "length_from_geometry", "no published distance_km, so the geometry's length "
                    + Numbers.format(geometryKm) + " km is used; say why in length_from_geometry");
        }
    }

    // ---- projects and indicators ----

    private void projects() {
        Map<String, Place> places = dataset.placesById();
        for (Project project : dataset.projects()) {
            if (project.placeId() != null && !project.placeId().isEmpty() && !places.containsKey(project.placeId())) {
                error(project, "place", "unknown place '" + project.placeId() + "'; not in places.geojson");
            }
        }
    }

    private void indicators() {
        Set<String> subjects = new HashSet<>();
        subjects.add("cpec");
        dataset.projects().forEach(p -> subjects.add(p.id()));
        dataset.links().forEach(l -> subjects.add(l.id()));
        dataset.places().forEach(p -> subjects.add(p.id()));
        for (IndicatorValue indicator : dataset.indicators()) {
            if (!subjects.contains(indicator.subject())) {
                error(indicator, "subject", "unknown subject '" + indicator.subject()
                        + "'; expected cpec or the id of a project, link or place");
            }
        }
    }
}
