package corridor.api.route;

import java.util.Arrays;
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

    /** The items of a list parameter: every value split at commas, items trimmed, empty ones dropped. */
    default List<String> items(String name) {
        return values(name).stream().flatMap(value -> Arrays.stream(value.split(","))).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** Whether {@code name} is given with a value that is not blank. */
    default boolean given(String name) {
        return !values(name).stream().allMatch(String::isBlank);
    }

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
