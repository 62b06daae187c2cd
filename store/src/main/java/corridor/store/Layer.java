package corridor.store;

import corridor.model.vehicle.AccessRule;
import corridor.model.vehicle.Vehicle;
import corridor.model.network.CorridorSection;
import corridor.model.network.Link;
import corridor.model.network.ModeDefaults;
import corridor.model.network.Place;
import corridor.model.record.Incident;
import corridor.model.record.IndicatorValue;
import corridor.model.record.MineralArea;
import corridor.model.record.Project;
import corridor.model.source.Source;

import java.util.List;

/**
 * A layer of a dataset as the store keeps it: its table and the record type it reads back as.
 *
 * @param <T> the record type
 */
public final class Layer<T> {

    public static final Layer<Source> SOURCES = new Layer<>("sources", Source.class, false);
    public static final Layer<Place> PLACES = new Layer<>("places", Place.class, true);
    public static final Layer<Link> LINKS = new Layer<>("links", Link.class, true);
    public static final Layer<Project> PROJECTS = new Layer<>("projects", Project.class, true);
    public static final Layer<IndicatorValue> INDICATORS = new Layer<>("indicators", IndicatorValue.class, false);
    public static final Layer<Incident> INCIDENTS = new Layer<>("incidents", Incident.class, true);
    public static final Layer<MineralArea> MINERALS = new Layer<>("minerals", MineralArea.class, true);

    /** Typical values per mode: a table of the store, not a layer of the map. */
    static final Layer<ModeDefaults> MODE_DEFAULTS = new Layer<>("mode_defaults", ModeDefaults.class, false);

    /** Fixed corridor sections: a table of the store, not a layer of the map. */
    static final Layer<CorridorSection> SECTIONS = new Layer<>("corridor_sections", CorridorSection.class, false);

    /** Vehicle profiles: a table of the store, not a layer of the map. */
    static final Layer<Vehicle> VEHICLES = new Layer<>("vehicles", Vehicle.class, false);

    /** Access rules on links and places: a table of the store, not a layer of the map. */
    static final Layer<AccessRule> ACCESS_RULES = new Layer<>("access_rules", AccessRule.class, false);

    /** Every layer, in the order of DATASET.md. */
    public static final List<Layer<?>> ALL = List.of(SOURCES, PLACES, LINKS, PROJECTS, INDICATORS, INCIDENTS, MINERALS);

    private final String table;
    private final Class<T> type;
    private final boolean spatial;

    private Layer(String table, Class<T> type, boolean spatial) {
        this.table = table;
        this.type = type;
        this.spatial = spatial;
    }

    /** The layer's name, which is also its table: "places", "links", ... */
    public String name() {
        return table;
    }

    /** The record type of the layer. */
    public Class<T> type() {
        return type;
    }

    /** Whether the layer's records have a geometry that a bounding box can select on. */
    public boolean isSpatial() {
        return spatial;
    }

    @Override
    public String toString() {
        return table;
    }
}
