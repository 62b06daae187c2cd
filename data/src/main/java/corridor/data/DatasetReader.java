package corridor.data;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.model.BorderService;
import corridor.model.CorridorSection;
import corridor.model.Dataset;
import corridor.model.GeoPoint;
import corridor.model.HubService;
import corridor.model.IndicatorValue;
import corridor.model.Incident;
import corridor.model.Link;
import corridor.model.LinkStatus;
import corridor.model.MineralArea;
import corridor.model.MineralStatus;
import corridor.model.Mode;
import corridor.model.ModeDefaults;
import corridor.model.Money;
import corridor.model.OpeningCalendar;
import corridor.model.OpeningRule;
import corridor.model.Period;
import corridor.model.Pillar;
import corridor.model.Place;
import corridor.model.PlaceKind;
import corridor.model.Polyline;
import corridor.model.Project;
import corridor.model.ProjectStatus;
import corridor.model.Provenance;
import corridor.model.RoadClass;
import corridor.model.RoadLayer;
import corridor.model.InputException;
import corridor.model.Terrain;
import corridor.model.PublisherType;
import corridor.model.Sector;
import corridor.model.Source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a dataset directory (the files of {@code data/DATASET.md}) into a {@link Dataset}.
 *
 * <p>Reading is lenient and collecting: it never throws for bad content. Every problem becomes a
 * {@link Problem} naming file, line or feature, field and reason, and the record at fault is left
 * out. The cross-file rules of {@link DatasetValidator} run last and their problems are included.
 */
public final class DatasetReader {

    /** Plausible upper bounds; a value above one is almost surely a typo or a wrong unit. */
    static final double MAX_COST_USD_PER_TONNE_KM = 5;
    static final double MAX_CO2_KG_PER_TONNE_KM = 2;
    static final double MAX_HUB_COST_USD_PER_TONNE = 1000;
    static final double MAX_HOURS = 720;
    static final double MAX_DISTANCE_KM = 40_075;

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern AIDDATA_ID = Pattern.compile("[1-9][0-9]{0,11}");
    private static final Pattern MEASURE = Pattern.compile("[a-z0-9_]+(\\.[a-z0-9_]+)*");
    private static final List<String> PROVENANCE = List.of("source", "confidence", "note");

    private final List<Problem> problems = new ArrayList<>();
    private final IdentityHashMap<Object, RecordLocations.Where> locations = new IdentityHashMap<>();
    private final LeftOutRecords leftOut = new LeftOutRecords();

    private DatasetReader() {
    }

    /**
     * The journal an import into an existing dataset directory writes at its commit point and removes
     * when done ({@code corridor.data.imports.ImportJournal}); a directory holding one is not read.
     */
    public static final String IMPORT_JOURNAL = ".corridor-import-journal";

    /**
     * Reads a dataset directory. A missing directory or required file is an error problem, and so is
     * an unfinished import's journal ({@link #IMPORT_JOURNAL}): complete it first
     * ({@code ImportJournal.completeInterrupted}).
     */
    public static DatasetLoad read(Path dir) {
        Optional<String> notADirectory = InputFiles.notADirectory(dir);
        if (notADirectory.isPresent()) {
            Problem problem = Problem.error(dir.toString(), "", "", "not a dataset directory: " + notADirectory.get());
            return new DatasetLoad(emptyDataset(dir.toString()), List.of(problem));
        }
        if (Files.exists(dir.resolve(IMPORT_JOURNAL))) {
            // Part of the import's files may be in and part not: such a directory is not read as a dataset.
            Problem problem = Problem.error(dir.toString(), "", "", "an import into it is unfinished (its journal "
                    + IMPORT_JOURNAL + " is there); `corridor validate --data " + dir + "` or the next `corridor import "
                    + "... --into " + dir + "` completes it");
            return new DatasetLoad(emptyDataset(dir.toString()), List.of(problem));
        }
        DatasetLoad load = new DatasetReader().readAll(DatasetFiles.directory(dir));
        Path roads = dir.resolve(RoadLayerFile.NAME);
        return Files.isRegularFile(roads) ? withRoads(load, roads) : load;
    }

    /** Attaches the street-level road layer of a dataset directory; a join to a missing place is an error. */
    private static DatasetLoad withRoads(DatasetLoad load, Path file) {
        List<Problem> problems = new ArrayList<>(load.problems());
        RoadLayer roads;
        try {
            roads = RoadLayerFile.read(file);
        } catch (InputException e) {
            problems.add(Problem.error(RoadLayerFile.NAME, "", "", e.getMessage()));
            return new DatasetLoad(load.dataset(), problems, load.locations());
        }
        Set<String> placeIds = new HashSet<>();
        load.dataset().places().forEach(p -> placeIds.add(p.id()));
        for (int j = 0; j < roads.joinCount(); j++) {
            if (!placeIds.contains(roads.joinPlace(j))) {
                problems.add(Problem.error(RoadLayerFile.NAME, "join " + (j + 1), "place", "joins place '"
                        + roads.joinPlace(j) + "', which is not in places.geojson; import the OSM file again"));
            }
        }
        RoadLayer.Origin origin = roads.origin();
        if (origin != null && load.dataset().source(origin.sourceId()).isEmpty()) {
            problems.add(Problem.error(RoadLayerFile.NAME, "", "source", "cites source '" + origin.sourceId()
                    + "', which is not in sources.csv"));
        }
        return new DatasetLoad(load.dataset().withRoads(roads), problems, load.locations());
    }

    /** Reads the built-in CPEC dataset from the classpath (also from inside the runnable jar). */
    public static DatasetLoad readBuiltIn() {
        return new DatasetReader().readAll(DatasetFiles.builtIn());
    }

    private static Dataset emptyDataset(String name) {
        return new Dataset(name, List.of(), Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private DatasetLoad readAll(DatasetFiles files) {
        List<Source> sources = csv(files, DatasetFiles.SOURCES, List.of("id", "publisher", "title", "publisher_type"),
                List.of("date", "url", "citation"), this::source);
        Map<Mode, ModeDefaults> modes = new EnumMap<>(Mode.class);
        for (ModeDefaults defaults : csv(files, DatasetFiles.MODES, List.of("mode", "source"),
                List.of("speed_kmh", "cost_usd_per_tonne_km", "cost_year", "co2_kg_per_tonne_km", "confidence", "note"),
                this::modeDefaults)) {
            RecordLocations.Where where = locations.get(defaults);
            if (modes.containsKey(defaults.mode())) {
                problems.add(Problem.error(where.file(), where.location(), "mode", "duplicate mode '"
                        + defaults.mode().name().toLowerCase() + "'; also at " + locations.get(modes.get(defaults.mode())).location()));
            } else {
                modes.put(defaults.mode(), defaults);
            }
        }
        List<Place> places = geoJson(files, DatasetFiles.PLACES, List.of("id", "name", "kind", "country", "source"),
                List.of("aliases", "province", "dwell_hours", "handling_cost_usd_per_tonne", "crossing_hours",
                        "crossing_fee_usd_per_tonne", "cost_year", "confidence", "note"), this::place);
        List<CalendarRow> calendarRows = csv(files, DatasetFiles.CALENDARS,
                List.of("place", "from", "open_months", "source"), List.of("to", "closed_weekdays", "confidence", "note"),
                this::calendarRow);
        places = attachCalendars(places, calendarRows);
        List<Link> links = geoJson(files, DatasetFiles.LINKS, List.of("id", "name", "mode", "from", "to", "status", "source"),
                List.of("distance_km", "speed_kmh", "design_speed_kmh", "cost_usd_per_tonne_km", "co2_kg_per_tonne_km",
                        "project", "superseded_by", "length_from_geometry", "road_class", "terrain", "confidence", "note"),
                this::link);
        List<Project> projects = geoJson(files, DatasetFiles.PROJECTS,
                List.of("id", "name", "phase", "sector", "status", "source"),
                List.of("pillar", "cost_amount", "cost_currency", "cost_year", "capacity_value", "capacity_unit", "jobs",
                        "place", "start", "completion", "aiddata_id", "confidence", "note"), this::project);
        List<IndicatorValue> indicators = csv(files, DatasetFiles.INDICATORS,
                List.of("id", "subject", "measure", "reporter", "period", "value", "unit", "source"),
                List.of("confidence", "note"), this::indicator);
        List<Incident> incidents = geoJson(files, DatasetFiles.INCIDENTS,
                List.of("id", "date", "place", "target", "source"),
                List.of("killed", "injured", "claimed_by", "confidence", "note"), this::incident);
        List<MineralArea> minerals = geoJson(files, DatasetFiles.MINERALS, List.of("id", "name", "minerals", "status", "source"),
                List.of("operator", "confidence", "note"), this::mineral);
        List<CorridorSection> sections = csv(files, DatasetFiles.SECTIONS, List.of("id", "name", "links", "source"),
                List.of("confidence", "note"), this::section);

        Dataset parsed = new Dataset(files.name(), sources, modes, places, links, projects, indicators, incidents,
                minerals, sections);
        RecordLocations recordLocations = RecordLocations.of(locations);
        List<DatasetValidator.Finding> findings = DatasetValidator.check(parsed, recordLocations, leftOut,
                DatasetValidator.today());
        findings.forEach(f -> problems.add(f.problem()));
        Dataset dataset = withoutErrors(parsed, findings);
        return new DatasetLoad(dataset, sorted(problems), recordLocations);
    }

    // ---- files ----

    private interface RowParser<T> {
        T parse(Row row);
    }

    private interface FeatureParser<T> {
        T parse(Row row, JsonNode geometry);
    }

    private Optional<String> text(DatasetFiles files, String file) {
        try {
            Optional<String> text = files.read(file);
            if (text.isEmpty() && DatasetFiles.REQUIRED.contains(file)) {
                problems.add(Problem.error(file, "", "", "required file is missing"));
            }
            return text;
        } catch (IOException e) {
            problems.add(Problem.error(file, "", "", "cannot read the file: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private <T> List<T> csv(DatasetFiles files, String file, List<String> required, List<String> optional,
                            RowParser<T> parser) {
        List<T> records = new ArrayList<>();
        Optional<String> text = text(files, file);
        if (text.isEmpty()) {
            return records;
        }
        for (Row row : CsvTable.read(file, text.get(), required, optional, problems)) {
            T record = parser.parse(row);
            if (record != null && !row.failed()) {
                locations.put(record, new RecordLocations.Where(file, row.location()));
                records.add(record);
            } else {
                leftOut.add(file, row.quietText("id"), row.location());
            }
        }
        return records;
    }

    private <T> List<T> geoJson(DatasetFiles files, String file, List<String> required, List<String> optional,
                                FeatureParser<T> parser) {
        List<T> records = new ArrayList<>();
        Optional<String> text = text(files, file);
        if (text.isEmpty()) {
            return records;
        }
        List<String> allOptional = new ArrayList<>(optional);
        for (GeoJsonLayer.Feature feature : GeoJsonLayer.read(file, text.get(), required, allOptional, problems)) {
            T record = parser.parse(feature.row(), feature.geometry());
            if (record != null && !feature.row().failed()) {
                locations.put(record, new RecordLocations.Where(file, feature.row().location()));
                records.add(record);
            } else {
                leftOut.add(file, feature.row().quietText("id"), feature.row().location());
            }
        }
        return records;
    }

    // ---- layers ----

    private Source source(Row row) {
        String id = row.id("id");
        String publisher = row.required("publisher");
        String title = row.required("title");
        String date = row.partialDate("date");
        String url = row.text("url");
        String citation = row.text("citation");
        PublisherType type = row.enumValue("publisher_type", PublisherType.class, true);
        // A source without url or citation is kept here; the validator reports it with the records citing it.
        if (!url.isEmpty() && !url.startsWith("https://") && !url.startsWith("http://")) {
            row.error("url", "not a web address: '" + url + "'; expected http:// or https://");
        }
        return new Source(id, publisher, title, date, url, citation, type);
    }

    private ModeDefaults modeDefaults(Row row) {
        Mode mode = row.enumValue("mode", Mode.class, true);
        Double speed = mode == null ? row.number("speed_kmh") : speed(row, "speed_kmh", mode);
        Double cost = row.number("cost_usd_per_tonne_km", 0, MAX_COST_USD_PER_TONNE_KM, "USD per tonne-km");
        Integer costYear = costYear(row, cost != null);
        Double co2 = row.number("co2_kg_per_tonne_km", 0, MAX_CO2_KG_PER_TONNE_KM, "kg per tonne-km");
        Provenance provenance = row.provenance();
        return new ModeDefaults(mode, speed, cost, costYear, co2, provenance);
    }

    /** A speed within the plausible range of its mode. */
    static Double speed(Row row, String field, Mode mode) {
        double[] range = speedRangeKmh(mode);
        Double speed = row.number(field);
        if (speed != null && (speed < range[0] || speed > range[1])) {
            row.error(field, Numbers.format(speed) + " km/h is out of range for " + mode.name().toLowerCase()
                    + " (" + Numbers.format(range[0]) + " to " + Numbers.format(range[1]) + " km/h)");
            return null;
        }
        return speed;
    }

    /** Plausible freight speeds of a mode, km/h: from a crawl to the fastest line in service. */
    static double[] speedRangeKmh(Mode mode) {
        return switch (mode) {
            case ROAD -> new double[] {5, 130};
            case RAIL -> new double[] {5, 350};
            case SEA -> new double[] {5, 60};
            case TRANSFER -> new double[] {1, 100};
        };
    }

    private static Integer costYear(Row row, boolean hasCost) {
        Integer year = row.year("cost_year");
        if (hasCost && year == null && row.text("cost_year").isEmpty()) {
            row.error("cost_year", "required with a cost: the year of the money");
        }
        return year;
    }

    private Place place(Row row, JsonNode geometry) {
        String id = row.id("id");
        String name = row.required("name");
        List<String> aliases = row.list("aliases");
        PlaceKind kind = row.enumValue("kind", PlaceKind.class, true);
        String country = row.required("country");
        if (!country.isEmpty() && !COUNTRY.matcher(country).matches()) {
            row.error("country", "invalid country '" + country + "'; expected an ISO 3166-1 alpha-2 code such as PK");
        }
        String province = row.text("province");
        Double dwell = row.number("dwell_hours", 0, MAX_HOURS, "hours");
        Double handling = row.number("handling_cost_usd_per_tonne", 0, MAX_HUB_COST_USD_PER_TONNE, "USD per tonne");
        Double crossing = row.number("crossing_hours", 0, MAX_HOURS, "hours");
        Double fee = row.number("crossing_fee_usd_per_tonne", 0, MAX_HUB_COST_USD_PER_TONNE, "USD per tonne");
        Integer costYear = costYear(row, handling != null || fee != null);
        Provenance provenance = row.provenance();
        GeoPoint location = GeoJsonLayer.point(row, geometry);
        if (row.failed()) {
            return null;
        }
        HubService hub = kind.isModalHub() || dwell != null || handling != null
                ? new HubService(dwell, handling, costYear) : null;
        BorderService border = kind == PlaceKind.BORDER_CROSSING || crossing != null || fee != null
                ? new BorderService(crossing, fee, costYear, null) : null;
        return new Place(id, name, aliases, kind, location, country, province, hub, border, provenance);
    }

    /** A row of calendars.csv, before it is attached to its place. */
    private record CalendarRow(String placeId, OpeningRule rule) {
    }

    private CalendarRow calendarRow(Row row) {
        String placeId = row.id("place");
        LocalDate from = CalendarDays.first(row, "from", true);
        LocalDate to = CalendarDays.last(row, "to");
        if (from != null && to != null && to.isBefore(from)) {
            row.error("to", "ends (" + row.text("to") + ") before it starts (" + row.text("from") + ")");
        }
        String openText = row.required("open_months");
        Set<Month> open = null;
        if (!openText.isEmpty()) {
            open = OpenMonths.parse(openText).orElse(null);
            if (open == null) {
                row.error("open_months", "invalid open_months '" + openText
                        + "'; expected months 1-12 as in 4-11, 1-12, 12,1-3 or none");
            }
        }
        Set<DayOfWeek> closedDays = CalendarDays.weekdays(row, "closed_weekdays");
        Provenance provenance = row.provenance();
        if (row.failed()) {
            return null;
        }
        OpeningRule rule = new OpeningRule(from, to, open, closedDays, provenance);
        locations.put(rule, new RecordLocations.Where(row.file(), row.location()));
        return new CalendarRow(placeId, rule);
    }

    /**
     * Attaches calendar rules to their border crossings and to road junctions (a mountain pass
     * such as Babusar Top, closed in winter); a rule for any other place is an error.
     */
    private List<Place> attachCalendars(List<Place> places, List<CalendarRow> rows) {
        Map<String, Place> byId = new LinkedHashMap<>();
        places.forEach(p -> byId.putIfAbsent(p.id(), p));
        Map<String, List<OpeningRule>> rules = new LinkedHashMap<>();
        for (CalendarRow row : rows) {
            RecordLocations.Where where = locations.get(row.rule());
            Place place = byId.get(row.placeId());
            Optional<String> cause = leftOut.where(DatasetFiles.PLACES, row.placeId());
            if (place == null && cause.isPresent()) {
                problems.add(Problem.knockOn(where.file(), where.location(), "place", "place '" + row.placeId()
                        + "' is left out for its own errors (" + cause.get() + "); fixing that record fixes this"
                        + " reference", cause.get()));
            } else if (place == null) {
                problems.add(Problem.error(where.file(), where.location(), "place", "unknown place '" + row.placeId()
                        + "'; not in places.geojson"));
            } else if (place.kind() != PlaceKind.BORDER_CROSSING && place.kind() != PlaceKind.ROAD_JUNCTION) {
                problems.add(Problem.error(where.file(), where.location(), "place", "place '" + row.placeId()
                        + "' is a " + place.kind().name().toLowerCase()
                        + "; calendars are for border crossings and road junctions (mountain passes)"));
            } else {
                rules.computeIfAbsent(row.placeId(), k -> new ArrayList<>()).add(row.rule());
            }
        }
        List<Place> result = new ArrayList<>();
        for (Place place : places) {
            List<OpeningRule> placeRules = rules.get(place.id());
            if (placeRules == null || byId.get(place.id()) != place) {
                result.add(place);
                continue;
            }
            // a road junction has no crossing service: its calendar alone says when the road over it is open
            BorderService border = place.border() != null ? place.border() : new BorderService(null, null, null, null);
            Place withCalendar = withBorder(place, new BorderService(border.crossingHours(), border.feesUsdPerTonne(),
                    border.costYear(), new OpeningCalendar(placeRules)));
            locations.put(withCalendar, locations.get(place));
            result.add(withCalendar);
        }
        return result;
    }

    private static Place withBorder(Place place, BorderService border) {
        return new Place(place.id(), place.name(), place.aliases(), place.kind(), place.location(), place.country(),
                place.province(), place.hub(), border, place.provenance());
    }

    private Link link(Row row, JsonNode geometry) {
        String id = row.id("id");
        String name = row.required("name");
        Mode mode = row.enumValue("mode", Mode.class, true);
        String from = row.id("from");
        String to = row.id("to");
        if (!from.isEmpty() && from.equals(to)) {
            row.error("to", "a link must join two different places; both ends are '" + from + "'");
        }
        Double distance = row.number("distance_km", 0, MAX_DISTANCE_KM, "km");
        Double speed = mode == null ? row.number("speed_kmh") : speed(row, "speed_kmh", mode);
        Double designSpeed = mode == null ? row.number("design_speed_kmh") : speed(row, "design_speed_kmh", mode);
        Double cost = row.number("cost_usd_per_tonne_km", 0, MAX_COST_USD_PER_TONNE_KM, "USD per tonne-km");
        Double co2 = row.number("co2_kg_per_tonne_km", 0, MAX_CO2_KG_PER_TONNE_KM, "kg per tonne-km");
        LinkStatus status = row.enumValue("status", LinkStatus.class, true);
        String project = row.optionalId("project");
        List<String> supersededBy = row.idList("superseded_by");
        if (status != null && status != LinkStatus.SUPERSEDED && !supersededBy.isEmpty()) {
            row.error("superseded_by", "only a link with status superseded is superseded; this one is "
                    + status.name().toLowerCase());
        } else if (status == LinkStatus.SUPERSEDED && supersededBy.isEmpty()) {
            row.error("superseded_by", "a superseded link needs the ids of the links that replace it");
        }
        if (supersededBy.contains(id)) {
            row.error("superseded_by", "a link cannot supersede itself");
        }
        String lengthReason = row.text("length_from_geometry");
        if (distance != null && !lengthReason.isEmpty()) {
            row.error("length_from_geometry", "says the length is the geometry's, but distance_km " + row.text("distance_km")
                    + " is published; keep one of them");
        }
        RoadClass roadClass = row.text("road_class").isEmpty() ? null : row.enumValue("road_class", RoadClass.class, false);
        if (roadClass != null && mode != null && mode != Mode.ROAD) {
            row.error("road_class", "only a road link has a road class; this one is " + mode.name().toLowerCase());
        }
        Terrain terrain = row.text("terrain").isEmpty() ? null : row.enumValue("terrain", Terrain.class, false);
        if (terrain != null && mode != null && mode != Mode.ROAD) {
            row.error("terrain", "only a road link has a terrain; this one is " + mode.name().toLowerCase());
        }
        Provenance provenance = row.provenance();
        Polyline line = lineString(row, geometry);
        if (row.failed()) {
            return null;
        }
        return new Link(id, name, mode, from, to, distance, speed, designSpeed, cost, co2, status, project,
                supersededBy, line, provenance, lengthReason, roadClass, terrain);
    }

    private static Polyline lineString(Row row, JsonNode geometry) {
        if (geometry == null) {
            row.error("geometry", "missing; expected a LineString");
            return null;
        }
        if (!"LineString".equals(GeoJsonLayer.type(geometry))) {
            row.error("geometry", "expected a LineString, got " + GeoJsonLayer.describeType(geometry));
            return null;
        }
        List<GeoPoint> points = GeoJsonLayer.positions(row, geometry.get("coordinates"));
        if (points == null) {
            return null;
        }
        if (points.size() < 2) {
            row.error("geometry", "a LineString needs at least two positions, got " + points.size());
            return null;
        }
        return new Polyline(points);
    }

    private Project project(Row row, JsonNode geometry) {
        String id = row.id("id");
        String name = row.required("name");
        String phase = row.required("phase");
        if (!phase.isEmpty() && !phase.equals("1") && !phase.equals("2.0")) {
            row.error("phase", "unknown phase '" + phase + "'; expected 1 or 2.0");
        }
        Pillar pillar = row.enumValue("pillar", Pillar.class, false);
        Sector sector = row.enumValue("sector", Sector.class, true);
        ProjectStatus status = row.enumValue("status", ProjectStatus.class, true);
        Money cost = money(row);
        Double capacity = row.number("capacity_value", 0, 1e12, "");
        String capacityUnit = row.text("capacity_unit");
        if (capacity != null && capacityUnit.isEmpty()) {
            row.error("capacity_unit", "required with capacity_value");
        } else if (capacity == null && !capacityUnit.isEmpty() && row.text("capacity_value").isEmpty()) {
            row.error("capacity_value", "capacity_unit is given without a capacity_value");
        }
        Integer jobs = row.wholeNumber("jobs", 0, 100_000_000);
        String placeId = row.optionalId("place");
        String start = row.partialDate("start");
        String completion = row.partialDate("completion");
        List<String> aiddataIds = aiddataIds(row);
        Provenance provenance = row.provenance();
        GeoPoint location = geometry == null ? null : GeoJsonLayer.point(row, geometry);
        if (row.failed()) {
            return null;
        }
        return new Project(id, name, phase, pillar, sector, status, cost, capacity, capacityUnit, jobs, placeId,
                location, start, completion, provenance, aiddataIds);
    }

    /** AidData GCDF record ids, ';'-separated whole numbers, each at most once. */
    private static List<String> aiddataIds(Row row) {
        List<String> ids = row.list("aiddata_id");
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (!AIDDATA_ID.matcher(id).matches()) {
                row.error("aiddata_id", "invalid AidData record id '" + id
                        + "'; expected the record's number (as in china.aiddata.org/projects/92475), several separated by ';'");
            } else if (ids.subList(0, i).contains(id)) {
                row.error("aiddata_id", "AidData record id " + id + " is given twice");
            }
        }
        return ids;
    }

    private static Money money(Row row) {
        Double amount = row.number("cost_amount", 0, 1e15, "");
        String currency = row.text("cost_currency");
        Integer year = row.year("cost_year");
        if (!currency.isEmpty() && !CURRENCY.matcher(currency).matches()) {
            row.error("cost_currency", "invalid currency '" + currency + "'; expected an ISO 4217 code such as USD");
            return null;
        }
        if (amount == null) {
            if (!currency.isEmpty() && row.text("cost_amount").isEmpty()) {
                row.error("cost_amount", "cost_currency is given without a cost_amount");
            }
            return null;
        }
        if (currency.isEmpty()) {
            row.error("cost_currency", "required with a cost_amount");
        }
        if (year == null && row.text("cost_year").isEmpty()) {
            row.error("cost_year", "required with a cost: the year of the money");
        }
        return row.failed() ? null : new Money(amount, currency, year);
    }

    private CorridorSection section(Row row) {
        String id = row.id("id");
        String name = row.required("name");
        List<String> linkIds = row.idList("links");
        if (linkIds.isEmpty() && !row.failed()) {
            row.error("links", "missing: the ids of the links the section covers, in order, separated by ';'");
        }
        Provenance provenance = row.provenance();
        return row.failed() ? null : new CorridorSection(id, name, linkIds, provenance);
    }

    private IndicatorValue indicator(Row row) {
        String id = row.id("id");
        String subject = row.id("subject");
        String measure = row.required("measure");
        if (!measure.isEmpty() && !MEASURE.matcher(measure).matches()) {
            row.error("measure", "invalid measure '" + measure + "'; expected a dotted name such as trade.total");
        }
        String reporter = row.required("reporter");
        String periodText = row.required("period");
        Period period = null;
        if (!periodText.isEmpty()) {
            period = PeriodLabel.parse(periodText).orElse(null);
            if (period == null) {
                row.error("period", "invalid period '" + periodText + "'; " + PeriodLabel.EXPECTED);
            }
        }
        Double value = row.number("value");
        if (value == null && row.text("value").isEmpty()) {
            row.error("value", "missing required value");
        }
        String unit = row.required("unit");
        Provenance provenance = row.provenance();
        if (row.failed()) {
            return null;
        }
        return new IndicatorValue(id, subject, measure, reporter, period, value, unit, provenance);
    }

    private Incident incident(Row row, JsonNode geometry) {
        String id = row.id("id");
        LocalDate date = row.date("date", true);
        String place = row.required("place");
        Integer killed = row.wholeNumber("killed", 0, 100_000);
        Integer injured = row.wholeNumber("injured", 0, 100_000);
        String target = row.required("target");
        String claimedBy = row.text("claimed_by");
        Provenance provenance = row.provenance();
        GeoPoint location = GeoJsonLayer.point(row, geometry);
        if (row.failed()) {
            return null;
        }
        return new Incident(id, date, place, location, killed, injured, target, claimedBy, provenance);
    }

    private MineralArea mineral(Row row, JsonNode geometry) {
        String id = row.id("id");
        String name = row.required("name");
        List<String> minerals = row.list("minerals");
        if (minerals.isEmpty() && row.text("minerals").isEmpty()) {
            row.error("minerals", "missing required value");
        }
        MineralStatus status = row.enumValue("status", MineralStatus.class, true);
        String operator = row.text("operator");
        Provenance provenance = row.provenance();
        GeoPoint location = null;
        List<GeoPoint> outline = List.of();
        if (geometry != null && "Polygon".equals(GeoJsonLayer.type(geometry))) {
            outline = ring(row, geometry);
            if (outline != null) {
                location = centre(outline);
            }
        } else if (geometry == null || "Point".equals(GeoJsonLayer.type(geometry))) {
            location = GeoJsonLayer.point(row, geometry);
        } else {
            row.error("geometry", "expected a Point or a Polygon, got " + GeoJsonLayer.describeType(geometry));
        }
        if (row.failed()) {
            return null;
        }
        return new MineralArea(id, name, minerals, status, operator, location, outline, provenance);
    }

    /** The outer ring of a Polygon; it must be closed and have at least four positions. */
    private static List<GeoPoint> ring(Row row, JsonNode polygon) {
        JsonNode rings = polygon.get("coordinates");
        if (rings == null || !rings.isArray() || rings.isEmpty()) {
            row.error("geometry", "a Polygon needs at least one ring");
            return null;
        }
        List<GeoPoint> outer = GeoJsonLayer.positions(row, rings.get(0));
        if (outer == null) {
            return null;
        }
        if (outer.size() < 4) {
            row.error("geometry", "a Polygon ring needs at least four positions, got " + outer.size());
            return null;
        }
        if (!outer.get(0).equals(outer.get(outer.size() - 1))) {
            row.error("geometry", "the Polygon ring is not closed: its last position must repeat its first");
            return null;
        }
        return outer;
    }

    /** The mean of a closed ring's vertices (without the repeated last), a point inside a convex area. */
    private static GeoPoint centre(List<GeoPoint> ring) {
        double latitude = 0;
        double longitude = 0;
        int n = ring.size() - 1;
        for (int i = 0; i < n; i++) {
            latitude += ring.get(i).latitude();
            longitude += ring.get(i).longitude();
        }
        return new GeoPoint(latitude / n, longitude / n);
    }

    // ---- after validation ----

    /** The dataset without the records a cross-file rule found in error. */
    private static Dataset withoutErrors(Dataset dataset, List<DatasetValidator.Finding> findings) {
        Set<Object> bad = Collections.newSetFromMap(new IdentityHashMap<>());
        findings.stream().filter(f -> f.problem().isError()).forEach(f -> bad.add(f.record()));
        if (bad.isEmpty()) {
            return dataset;
        }
        Map<Mode, ModeDefaults> modes = new EnumMap<>(Mode.class);
        dataset.modeDefaults().forEach((mode, defaults) -> {
            if (!bad.contains(defaults)) {
                modes.put(mode, defaults);
            }
        });
        List<Place> places = keep(dataset.places(), bad).stream().map(p -> withoutBadRules(p, bad)).toList();
        return new Dataset(dataset.name(), keep(dataset.sources(), bad), modes, places,
                keep(dataset.links(), bad), keep(dataset.projects(), bad), keep(dataset.indicators(), bad),
                keep(dataset.incidents(), bad), keep(dataset.minerals(), bad), keep(dataset.sections(), bad));
    }

    private static Place withoutBadRules(Place place, Set<Object> bad) {
        BorderService border = place.border();
        if (border == null || border.calendar() == null
                || border.calendar().rules().stream().noneMatch(bad::contains)) {
            return place;
        }
        OpeningCalendar calendar = new OpeningCalendar(keep(border.calendar().rules(), bad));
        return withBorder(place, new BorderService(border.crossingHours(), border.feesUsdPerTonne(), border.costYear(),
                calendar));
    }

    private static <T> List<T> keep(List<T> records, Set<Object> bad) {
        return records.stream().filter(r -> !bad.contains(r)).toList();
    }

    /**
     * Problems in file order (as DATASET.md lists the files), then by line or feature; knock-on
     * errors (references to records left out for their own errors) after all others, so that the
     * first error is a root cause.
     */
    private static List<Problem> sorted(List<Problem> problems) {
        List<Problem> result = new ArrayList<>(problems);
        result.sort(Comparator.comparing(Problem::isKnockOn)
                .thenComparingInt((Problem p) -> fileOrder(p.file()))
                .thenComparingLong(p -> positionOf(p.location())));
        return result;
    }

    private static int fileOrder(String file) {
        int index = DatasetFiles.ALL.indexOf(file);
        return index >= 0 ? index : DatasetFiles.ALL.size();
    }

    private static long positionOf(String location) {
        int space = location.lastIndexOf(' ');
        try {
            return space < 0 ? -1 : Long.parseLong(location.substring(space + 1));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
