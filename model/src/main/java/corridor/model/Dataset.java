package corridor.model;

import corridor.model.vehicle.AccessRule;
import corridor.model.vehicle.Vehicle;

import corridor.model.network.CorridorSection;
import corridor.model.network.Link;
import corridor.model.network.Mode;
import corridor.model.network.ModeDefaults;
import corridor.model.network.Place;
import corridor.model.network.RoadLayer;
import corridor.model.record.Incident;
import corridor.model.record.IndicatorValue;
import corridor.model.record.MineralArea;
import corridor.model.record.Project;
import corridor.model.source.Source;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A whole corridor dataset: every layer, with the sources its records cite. Immutable.
 *
 * @param name         a short name ("cpec")
 * @param sources      the sources
 * @param modeDefaults typical values per mode
 * @param places       places and hubs
 * @param links        roads, railways, sea lanes and transfers
 * @param projects     projects
 * @param indicators   published indicator values
 * @param incidents    security incidents
 * @param minerals     mineral areas
 * @param sections     fixed corridor sections (chains of links) that monitoring reports on; empty
 *                     when the dataset defines none
 * @param roads        street-level roads imported from OpenStreetMap, {@link RoadLayer#EMPTY} when none
 *                     (null is read as none)
 * @param vehicles     vehicle profiles routes may be asked for; empty when the dataset has none (null is read as none)
 * @param accessRules  legal limits on links and places by vehicle; empty when none (null is read as none)
 */
public record Dataset(String name, List<Source> sources, Map<Mode, ModeDefaults> modeDefaults, List<Place> places,
                      List<Link> links, List<Project> projects, List<IndicatorValue> indicators,
                      List<Incident> incidents, List<MineralArea> minerals, List<CorridorSection> sections,
                      RoadLayer roads, List<Vehicle> vehicles, List<AccessRule> accessRules) {

    /** A dataset without vehicle profiles or access rules. */
    public Dataset(String name, List<Source> sources, Map<Mode, ModeDefaults> modeDefaults, List<Place> places,
                   List<Link> links, List<Project> projects, List<IndicatorValue> indicators,
                   List<Incident> incidents, List<MineralArea> minerals, List<CorridorSection> sections,
                   RoadLayer roads) {
        this(name, sources, modeDefaults, places, links, projects, indicators, incidents, minerals, sections, roads,
                List.of(), List.of());
    }

    /** A dataset without corridor sections or street-level roads. */
    public Dataset(String name, List<Source> sources, Map<Mode, ModeDefaults> modeDefaults, List<Place> places,
                   List<Link> links, List<Project> projects, List<IndicatorValue> indicators,
                   List<Incident> incidents, List<MineralArea> minerals) {
        this(name, sources, modeDefaults, places, links, projects, indicators, incidents, minerals, List.of(),
                RoadLayer.EMPTY);
    }

    /** A dataset without street-level roads. */
    public Dataset(String name, List<Source> sources, Map<Mode, ModeDefaults> modeDefaults, List<Place> places,
                   List<Link> links, List<Project> projects, List<IndicatorValue> indicators,
                   List<Incident> incidents, List<MineralArea> minerals, List<CorridorSection> sections) {
        this(name, sources, modeDefaults, places, links, projects, indicators, incidents, minerals, sections,
                RoadLayer.EMPTY);
    }

    /** A dataset without corridor sections. */
    public Dataset(String name, List<Source> sources, Map<Mode, ModeDefaults> modeDefaults, List<Place> places,
                   List<Link> links, List<Project> projects, List<IndicatorValue> indicators,
                   List<Incident> incidents, List<MineralArea> minerals, RoadLayer roads) {
        this(name, sources, modeDefaults, places, links, projects, indicators, incidents, minerals, List.of(), roads);
    }

    public Dataset {
        roads = roads == null ? RoadLayer.EMPTY : roads;
        sources = List.copyOf(sources);
        modeDefaults = modeDefaults.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(modeDefaults));
        places = List.copyOf(places);
        links = List.copyOf(links);
        projects = List.copyOf(projects);
        indicators = List.copyOf(indicators);
        incidents = List.copyOf(incidents);
        minerals = List.copyOf(minerals);
        sections = List.copyOf(sections);
        vehicles = vehicles == null ? List.of() : List.copyOf(vehicles);
        accessRules = accessRules == null ? List.of() : List.copyOf(accessRules);
    }

    /** The vehicle profile of this id. */
    public Optional<Vehicle> vehicle(String id) {
        return vehicles.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /** A copy of this dataset with other vehicle profiles and access rules. */
    public Dataset withVehicles(List<Vehicle> newVehicles, List<AccessRule> newRules) {
        return new Dataset(name, sources, modeDefaults, places, links, projects, indicators, incidents, minerals,
                sections, roads, newVehicles, newRules);
    }

    public Optional<Place> place(String id) {
        return places.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Link> link(String id) {
        return links.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public Optional<Project> project(String id) {
        return projects.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Places by id. */
    public Map<String, Place> placesById() {
        return places.stream().collect(Collectors.toMap(Place::id, Function.identity(), (a, b) -> a));
    }

    /** Sources by id. */
    public Map<String, Source> sourcesById() {
        return sources.stream().collect(Collectors.toMap(Source::id, Function.identity(), (a, b) -> a));
    }

    /** A copy of this dataset under another name (an upload's). */
    public Dataset withName(String newName) {
        return new Dataset(newName, sources, modeDefaults, places, links, projects, indicators, incidents, minerals,
                sections, roads, vehicles, accessRules);
    }

    /** A copy of this dataset with other street-level roads. */
    public Dataset withRoads(RoadLayer newRoads) {
        return new Dataset(name, sources, modeDefaults, places, links, projects, indicators, incidents, minerals,
                sections, newRoads, vehicles, accessRules);
    }

    /** A copy of this dataset with other links, as scenarios make. */
    public Dataset withLinks(List<Link> newLinks) {
        return new Dataset(name, sources, modeDefaults, places, newLinks, projects, indicators, incidents, minerals,
                sections, roads, vehicles, accessRules);
    }

    /** A copy of this dataset with other places, as scenarios make. */
    public Dataset withPlaces(List<Place> newPlaces) {
        return new Dataset(name, sources, modeDefaults, newPlaces, links, projects, indicators, incidents, minerals,
                sections, roads, vehicles, accessRules);
    }
}
