package corridor.api.route;

/**
 * How a surface spells the parameters of a request. Every parameter has one name, in snake_case
 * ({@code avoid_link}); the API takes it as it is ({@code ?avoid_link=...}), the command line as an
 * option with dashes ({@code --avoid-link ...}). Errors name the parameter as the user wrote it.
 */
public enum ParameterStyle {
    /** Query parameters of the HTTP API: {@code avoid_link}. */
    API,
    /** Options of the command line: {@code --avoid-link}. */
    OPTION;

    /** The parameter {@code name} (snake_case) as this surface spells it. */
    public String spell(String name) {
        return this == API ? name : "--" + name.replace('_', '-');
    }
}
