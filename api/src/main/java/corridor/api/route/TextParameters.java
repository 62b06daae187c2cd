package corridor.api.route;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The parameters of a request as text, as a surface received them: the query string of an HTTP
 * request, the options of a command. Names are the snake_case names of {@link RouteRequest}.
 */
@FunctionalInterface
public interface TextParameters {

    /**
     * The values given for {@code name}, in the order given (a repeated option gives several); empty
     * when it is absent. Values are as typed: the parser trims them and splits lists at commas.
     */
    List<String> values(String name);

    /** The parameters of a map from name to values; a null value or list counts as absent. */
    static TextParameters of(Map<String, ? extends Collection<String>> values) {
        return name -> {
            Collection<String> given = values.get(name);
            return given == null ? List.of() : given.stream().filter(v -> v != null).toList();
        };
    }

    /** The parameters of a map from name to one value each; a null value counts as absent. */
    static TextParameters ofSingle(Map<String, String> values) {
        return name -> {
            String given = values.get(name);
            return given == null ? List.of() : List.of(given);
        };
    }
}
