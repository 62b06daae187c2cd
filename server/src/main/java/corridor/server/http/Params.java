package corridor.server.http;

import corridor.api.route.RouteRequest;
import corridor.api.route.TextParameters;
import corridor.model.InputException;
import corridor.store.BoundingBox;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The query parameters of one request, checked: an unknown parameter, a repeated one or a value
 * of the wrong form is an {@link InputException} naming the parameter and what would be right.
 */
public final class Params {

    /** Longest value accepted for any parameter; place names and lists fit easily. */
    private static final int MAX_VALUE_LENGTH = 500;

    private final Context ctx;

    private Params(Context ctx) {
        this.ctx = ctx;
    }

    /** The parameters of {@code ctx}, which may only be among {@code allowed}. */
    public static Params of(Context ctx, String... allowed) {
        Set<String> known = Set.of(allowed);
        for (Map.Entry<String, List<String>> entry : ctx.queryParamMap().entrySet()) {
            String name = entry.getKey();
            if (!known.contains(name)) {
                throw InputException.ofParameter(name, "unknown parameter; this endpoint takes "
                        + (allowed.length == 0 ? "none" : String.join(", ", allowed)));
            }
            if (entry.getValue().size() > 1) {
                throw InputException.ofParameter(name, "given " + entry.getValue().size() + " times; give it once"
                        + " (lists are comma-separated)");
            }
            if (entry.getValue().get(0).length() > MAX_VALUE_LENGTH) {
                throw InputException.ofParameter(name, "longer than " + MAX_VALUE_LENGTH + " characters");
            }
        }
        return new Params(ctx);
    }

    /** A parameter's trimmed value; empty when absent or blank. */
    public Optional<String> text(String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** A parameter that must be given. */
    public String required(String name, String example) {
        return text(name).orElseThrow(() -> InputException.ofParameter(name, "required; for example " + name + "="
                + example));
    }

    /** An ISO date ({@code 2025-07-01}) within the range of departures; {@code fallback} when absent. */
    public LocalDate date(String name, LocalDate fallback) {
        return text(name).map(text -> RouteRequest.date(text, name)).orElse(fallback);
    }

    /** The parameters as text, for the request parsers of the {@code api} module. */
    public TextParameters asText() {
        return name -> {
            List<String> values = ctx.queryParamMap().get(name);
            return values == null ? List.of() : values;
        };
    }

    /** A boolean written {@code true} or {@code false}. */
    public boolean flag(String name) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return false;
        }
        return switch (text.get().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw InputException.ofParameter(name, "expected true or false; got '" + text.get() + "'");
        };
    }

    /** A comma-separated list, items trimmed, empty items dropped. */
    List<String> list(String name) {
        List<String> items = new ArrayList<>();
        text(name).ifPresent(t -> Arrays.stream(t.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .forEach(items::add));
        return items;
    }

    /** One value of an enum, written in lower case ({@code under_construction}); empty when absent. */
    public <E extends Enum<E>> Optional<E> enumValue(String name, Class<E> type) {
        return text(name).map(t -> parseEnum(name, t, type));
    }

    /** A comma-separated set of enum values; {@code fallback} when absent. */
    <E extends Enum<E>> Set<E> enumSet(String name, Class<E> type, Set<E> fallback) {
        List<String> items = list(name);
        if (items.isEmpty()) {
            return fallback;
        }
        Set<E> values = EnumSet.noneOf(type);
        items.forEach(item -> values.add(parseEnum(name, item, type)));
        return values;
    }

    public static <E extends Enum<E>> E parseEnum(String name, String text, Class<E> type) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(text.replace('-', '_'))) {
                return value;
            }
        }
        throw InputException.ofParameter(name, "unknown value '" + text + "'; expected one of "
                + String.join(", ", names(type)));
    }

    static <E extends Enum<E>> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }

    /** A bounding box {@code minLon,minLat,maxLon,maxLat}; empty when absent. */
    public Optional<BoundingBox> boundingBox(String name) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = text.get().split(",");
        if (parts.length != 4) {
            throw InputException.ofParameter(name, "expected four numbers minLon,minLat,maxLon,maxLat such as "
                    + "60,23,80,40; got '" + text.get() + "'");
        }
        double[] edges = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                edges[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw InputException.ofParameter(name, "'" + parts[i].trim() + "' is not a number; expected "
                        + "minLon,minLat,maxLon,maxLat");
            }
        }
        return Optional.of(new BoundingBox(edges[0], edges[1], edges[2], edges[3]));
    }
}
