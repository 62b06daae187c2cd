package corridor.api.monitor;

import corridor.model.network.CorridorSection;
import corridor.model.Dataset;
import corridor.model.network.Link;
import corridor.model.network.Place;
import corridor.monitor.indicator.Subject;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Names of the subjects of indicators for people: a link's name, a fixed section's name, a hub's
 * place name, and a trip section {@code origin>destination} as {@code Origin → Destination}. An
 * id the dataset does not know is its own name. Immutable and thread-safe.
 */
public final class SubjectNames {

    private final Map<String, Link> links;
    private final Map<String, Place> places;
    private final Map<String, String> sections;

    /** The names of {@code dataset}'s links, places and fixed sections. */
    public SubjectNames(Dataset dataset) {
        this.sections = dataset.sections().stream().collect(Collectors.toMap(CorridorSection::id, CorridorSection::name,
                (a, b) -> a));
        this.links = dataset.links().stream().collect(Collectors.toMap(Link::id, Function.identity(), (a, b) -> a));
        this.places = dataset.placesById();
    }

    /** The name of subject {@code id}. */
    public String of(Subject subject, String id) {
        return switch (subject) {
            case LINK -> links.containsKey(id) ? links.get(id).name() : id;
            case SECTION -> String.join(" → ", Arrays.stream(id.split(">")).map(this::place).toList());
            case CORRIDOR_SECTION -> sections.getOrDefault(id, id);
            default -> place(id);
        };
    }

    private String place(String id) {
        Place place = places.get(id);
        return place == null ? id : place.name();
    }
}
