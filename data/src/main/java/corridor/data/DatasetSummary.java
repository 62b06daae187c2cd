package corridor.data;

import corridor.model.Dataset;
import corridor.model.network.Link;
import corridor.model.network.LinkStatus;
import corridor.model.network.Mode;
import corridor.model.network.OpeningRule;
import corridor.model.network.Place;
import corridor.model.network.PlaceKind;
import corridor.model.record.Project;
import corridor.model.record.ProjectStatus;
import corridor.model.source.Provenance;
import corridor.model.source.Source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a dataset holds, in numbers.
 *
 * @param name                       the dataset's name
 * @param recordsByLayer             records per layer, in the order of DATASET.md ("sources", "modes", "places",
 *                                   "calendars" (opening rules), "links", "projects", "indicators", "incidents",
 *                                   "minerals")
 * @param linksByMode                links per mode, every mode present
 * @param linksByStatus              links per status, every status present
 * @param placesByKind               places per kind, every kind present
 * @param projectsByStatus           projects per status, every status present
 * @param citingRecords              records that must cite a source: every record except the sources themselves
 * @param recordsWithResolvingSource those of them whose every source id is in the sources and resolves
 *                                   (has a url or a citation)
 */
public record DatasetSummary(String name, Map<String, Integer> recordsByLayer, Map<Mode, Integer> linksByMode,
                             Map<LinkStatus, Integer> linksByStatus, Map<PlaceKind, Integer> placesByKind,
                             Map<ProjectStatus, Integer> projectsByStatus, int citingRecords,
                             int recordsWithResolvingSource) {

    public DatasetSummary {
        recordsByLayer = Collections.unmodifiableMap(new LinkedHashMap<>(recordsByLayer));
        linksByMode = Collections.unmodifiableMap(new EnumMap<>(linksByMode));
        linksByStatus = Collections.unmodifiableMap(new EnumMap<>(linksByStatus));
        placesByKind = Collections.unmodifiableMap(new EnumMap<>(placesByKind));
        projectsByStatus = Collections.unmodifiableMap(new EnumMap<>(projectsByStatus));
    }

    /** Summarises a dataset. */
    public static DatasetSummary of(Dataset dataset) {
        List<OpeningRule> rules = dataset.places().stream().flatMap(p -> p.calendar().rules().stream()).toList();
        Map<String, Integer> layers = new LinkedHashMap<>();
        layers.put("sources", dataset.sources().size());
        layers.put("modes", dataset.modeDefaults().size());
        layers.put("places", dataset.places().size());
        layers.put("calendars", rules.size());
        layers.put("links", dataset.links().size());
        layers.put("projects", dataset.projects().size());
        layers.put("indicators", dataset.indicators().size());
        layers.put("incidents", dataset.incidents().size());
        layers.put("minerals", dataset.minerals().size());

        List<Provenance> provenances = new ArrayList<>();
        dataset.modeDefaults().values().forEach(m -> provenances.add(m.provenance()));
        dataset.places().forEach(p -> provenances.add(p.provenance()));
        rules.forEach(r -> provenances.add(r.provenance()));
        dataset.links().forEach(l -> provenances.add(l.provenance()));
        dataset.projects().forEach(p -> provenances.add(p.provenance()));
        dataset.indicators().forEach(i -> provenances.add(i.provenance()));
        dataset.incidents().forEach(i -> provenances.add(i.provenance()));
        dataset.minerals().forEach(m -> provenances.add(m.provenance()));
        Map<String, Source> sources = dataset.sourcesById();
        int resolving = (int) provenances.stream().filter(p -> resolves(p, sources)).count();

        return new DatasetSummary(dataset.name(), layers,
                count(dataset.links(), Link::mode, Mode.class),
                count(dataset.links(), Link::status, LinkStatus.class),
                count(dataset.places(), Place::kind, PlaceKind.class),
                count(dataset.projects(), Project::status, ProjectStatus.class),
                provenances.size(), resolving);
    }

    /** The share of citing records whose sources resolve, 0 to 1; 1 for a dataset with none. */
    public double resolvingSourceShare() {
        return citingRecords == 0 ? 1.0 : (double) recordsWithResolvingSource / citingRecords;
    }

    /** All records, sources included. */
    public int totalRecords() {
        return recordsByLayer.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static boolean resolves(Provenance provenance, Map<String, Source> sources) {
        return provenance != null && !provenance.sourceIds().isEmpty()
                && provenance.sourceIds().stream().allMatch(id -> sources.containsKey(id) && sources.get(id).resolves());
    }

    private static <T, E extends Enum<E>> Map<E, Integer> count(List<T> records, Function<T, E> key, Class<E> type) {
        Map<E, Integer> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, 0);
        }
        for (T record : records) {
            E value = key.apply(record);
            if (value != null) {
                counts.merge(value, 1, Integer::sum);
            }
        }
        return counts;
    }
}
