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
import corridor.model.ProjectStatus;
import corridor.model.Provenance;
import corridor.model.Source;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of a dataset that look across records and files: ids unique within a layer and
 * across places, links, projects, incidents and minerals; references (link ends, projects,
 * places, superseding links, indicator subjects) that exist; sources that resolve; link
 * geometry that is plausible against its end places; indicator units and values that fit their
 * measure ({@link MeasureUnits}); and no incident, indicator period or date of a started or
 * completed project later than the dataset's own date ({@link DatasetDate}). Rules about one
 * record alone (schema, ranges of fields, calendars, polygons) are checked as the record is read.
 *
 * <p>A reference to a record the reader left out for its own errors is a knock-on error
 * ({@link Problem#isKnockOn()}) naming that record: the reader lists such errors after the others.
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
    private final LeftOutRecords leftOut;
    private final LocalDate today;
    private final DatasetDate datasetDate;
    private final List<Finding> findings = new ArrayList<>();

    private DatasetValidator(Dataset dataset, RecordLocations locations, LeftOutRecords leftOut, LocalDate today) {
        this.dataset = dataset;
        this.locations = locations;
        this.leftOut = leftOut;
        this.today = today;
        this.datasetDate = DatasetDate.of(dataset.sources(), today);
    }

    /**
     * The cross-file problems of a loaded dataset. {@link DatasetReader#read} already includes
     * them in its load; call this for a dataset built or changed in memory.
     */
    public static List<Problem> validate(DatasetLoad load) {
        return check(load.dataset(), load.locations(), LeftOutRecords.none(), today())
                .stream().map(Finding::problem).toList();
    }

    /**
     * The latest calendar day anywhere on Earth (UTC+14): no source can be published later, and a
     * source dated today in any time zone is not refused.
     */
    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Etc/GMT-14"));
    }

    static List<Finding> check(Dataset dataset, RecordLocations locations, LeftOutRecords leftOut, LocalDate today) {
        DatasetValidator validator = new DatasetValidator(dataset, locations, leftOut, today);
        validator.uniqueIds();
        validator.sources();
        validator.links();
        validator.projects();
        validator.indicators();
        validator.incidents();
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

    private void knockOn(Object record, String field, String message, String cause) {
        RecordLocations.Where where = locations.of(record);
        findings.add(new Finding(Problem.knockOn(where.file(), where.location(), field, message, cause), record));
    }

    /**
     * A reference to {@code id}, a {@code what} of one of {@code files}, that is not there: a knock-on
     * error when the reader left that record out for its own errors, else {@code unknown}.
     */
    private void missing(Object record, String field, String what, String id, String unknown, String... files) {
        for (String file : files) {
            Optional<String> cause = leftOut.where(file, id);
            if (cause.isPresent()) {
                knockOn(record, field, what + " '" + id + "' is left out for its own errors (" + cause.get()
                        + "); fixing that record fixes this reference", cause.get());
                return;
            }
        }
        error(record, field, unknown);
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
            Optional<LocalDate> published = DatasetDate.firstDay(source.date());
            if (published.isPresent() && published.get().isAfter(today)) {
                error(source, "date", "publication date " + source.date() + " is in the future (today is " + today
                        + " at the latest, anywhere)");
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
                missing(record, "source", "source", id, "unknown source '" + id + "'; not in sources.csv",
                        DatasetFiles.SOURCES);
            } else if (!source.resolves()) {
                knockOn(record, "source", "source '" + id + "' does not resolve: it has neither url nor citation",
                        at(source));
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
                    missing(section, "links", "link", id, "unknown link '" + id + "'; not in links.geojson",
                            DatasetFiles.LINKS);
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
                unknownPlace(link, "from", link.fromId());
            }
            if (to == null) {
                unknownPlace(link, "to", link.toId());
            }
            if (!link.projectId().isEmpty() && !projectIds.contains(link.projectId())) {
                missing(link, "project", "project", link.projectId(), "unknown project '" + link.projectId()
                        + "'; not in projects.geojson", DatasetFiles.PROJECTS);
            }
            for (String successor : link.supersededBy()) {
                if (!linkIds.contains(successor)) {
                    missing(link, "superseded_by", "link", successor, "unknown link '" + successor
                            + "'; not in links.geojson", DatasetFiles.LINKS);
                }
            }
            if (from != null && to != null) {
                geometry(link, from, to);
            }
        }
    }

    private void unknownPlace(Object record, String field, String id) {
        missing(record, field, "place", id, "unknown place '" + id + "'; not in places.geojson", DatasetFiles.PLACES);
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

    // ---- projects, indicators and incidents ----

    private void projects() {
        Map<String, Place> places = dataset.placesById();
        for (Project project : dataset.projects()) {
            if (project.placeId() != null && !project.placeId().isEmpty() && !places.containsKey(project.placeId())) {
                unknownPlace(project, "place", project.placeId());
            }
            projectDates(project);
        }
    }

    /**
     * A completed project started and ended by the dataset's date, one under construction started
     * by it; the dates of a planned, proposed or suspended project may be plans, so later.
     */
    private void projectDates(Project project) {
        ProjectStatus status = project.status();
        if (status == null) {
            return;
        }
        String state = status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (status == ProjectStatus.COMPLETED || status == ProjectStatus.UNDER_CONSTRUCTION) {
            notLater(project, "start", project.start(), "a project " + state + " has started");
        }
        if (status == ProjectStatus.COMPLETED) {
            notLater(project, "completion", project.completion(), "a completed project has ended");
        }
    }

    private void notLater(Object record, String field, String partialDate, String why) {
        Optional<LocalDate> first = DatasetDate.firstDay(partialDate);
        if (first.isPresent() && datasetDate.isExceededBy(first.get())) {
            error(record, field, partialDate + " is later than " + datasetDate.describe() + "; " + why);
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
                missing(indicator, "subject", "subject", indicator.subject(), "unknown subject '" + indicator.subject()
                        + "'; expected cpec or the id of a project, link or place", DatasetFiles.PROJECTS,
                        DatasetFiles.LINKS, DatasetFiles.PLACES);
            }
            Optional<String> unit = MeasureUnits.unitProblem(indicator.measure(), indicator.unit());
            unit.ifPresent(message -> error(indicator, "unit", message));
            if (unit.isEmpty()) {
                MeasureUnits.valueProblem(indicator.measure(), indicator.unit(), indicator.value())
                        .ifPresent(message -> error(indicator, "value", message));
            }
            LocalDate start = indicator.period() == null ? null : indicator.period().start();
            if (start != null && datasetDate.isExceededBy(start)) {
                error(indicator, "period", indicator.period().label() + " starts " + start + ", later than "
                        + datasetDate.describe() + "; a value is published for a period that has begun");
            }
        }
    }

    private void incidents() {
        for (Incident incident : dataset.incidents()) {
            if (incident.date() != null && datasetDate.isExceededBy(incident.date())) {
                error(incident, "date", incident.date() + " is later than " + datasetDate.describe()
                        + "; an incident is reported after it happens");
            }
        }
    }
}
