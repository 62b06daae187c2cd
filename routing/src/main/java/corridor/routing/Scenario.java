package corridor.routing;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import corridor.model.InputException;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A change to the network: links opened, closed or changed, places closed or changed. Read from
 * YAML or JSON (JSON is YAML too):
 *
 * <pre>
 * name: Gwadar dwell halved
 * description: what it models and why
 * network: existing            # or with_planned: the network before and after
 * links:                       # each selects by id or by project
 *   - id: kkh-thakot-raikot-realignment
 *     status: existing         # existing | under_construction | planned | superseded
 *   - id: kkh-thakot-raikot
 *     close: true
 *   - project: ml-1
 *     use_design_speed: true   # or speed_kmh: 120; cost_usd_per_tonne_km; co2_kg_per_tonne_km
 * places:
 *   - id: gwadar-port
 *     dwell_factor: 0.5        # or dwell_hours; handling_cost_usd_per_tonne; crossing_hours;
 *                              # crossing_fee_usd_per_tonne; close: true
 * </pre>
 *
 * @param name        short title
 * @param description what it models
 * @param network     the network before and after
 * @param links       link changes, in order
 * @param places      place changes, in order
 */
public record Scenario(String name, String description, NetworkFilter network, List<LinkChange> links,
                       List<PlaceChange> places) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> TOP = Set.of("name", "description", "network", "links", "places");
    private static final Set<String> LINK_FIELDS = Set.of("id", "project", "status", "close", "speed_kmh",
            "use_design_speed", "cost_usd_per_tonne_km", "co2_kg_per_tonne_km");
    private static final Set<String> PLACE_FIELDS = Set.of("id", "close", "dwell_hours", "dwell_factor",
            "handling_cost_usd_per_tonne", "crossing_hours", "crossing_fee_usd_per_tonne");

    public Scenario {
        links = List.copyOf(links);
        places = List.copyOf(places);
    }

    /**
     * A change to the links selected by id, or by the project that builds them. Null fields leave
     * the value as it is.
     */
    public record LinkChange(String id, String project, corridor.model.LinkStatus status, boolean close,
                             Double speedKmh, boolean useDesignSpeed, Double costUsdPerTonneKm,
                             Double co2KgPerTonneKm) {
    }

    /** A change to one place. Null fields leave the value as it is. */
    public record PlaceChange(String id, boolean close, Double dwellHours, Double dwellFactor,
                              Double handlingCostUsdPerTonne, Double crossingHours, Double crossingFeeUsdPerTonne) {
    }

    /** Parses a scenario from text; {@code where} names it in errors (the file name). */
    public static Scenario parse(String text, String where) {
        try {
            return fromTree(YAML.readTree(text), where);
        } catch (JacksonException e) {
            throw new InputException(where, "", "not valid YAML or JSON: " + e.getOriginalMessage());
        }
    }

    /** Parses a scenario from a reader; {@code where} names it in errors. */
    public static Scenario parse(Reader reader, String where) {
        try {
            return fromTree(YAML.readTree(reader), where);
        } catch (JacksonException e) {
            throw new InputException(where, "", "not valid YAML or JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Scenario fromTree(JsonNode root, String where) {
        if (root == null || !root.isObject()) {
            throw new InputException(where, "", "a scenario is a mapping with name, links and places");
        }
        checkFields(root, TOP, where, "");
        String name = text(root, "name", where, "name", true);
        String description = text(root, "description", where, "description", false);
        NetworkFilter network = NetworkFilter.EXISTING;
        String networkText = text(root, "network", where, "network", false);
        if (!networkText.isEmpty()) {
            try {
                network = NetworkFilter.valueOf(networkText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InputException(where, "network", "expected existing or with_planned, got '" + networkText + "'");
            }
        }
        List<LinkChange> links = new ArrayList<>();
        int i = 0;
        for (JsonNode node : list(root, "links", where)) {
            links.add(linkChange(node, where, "links[" + i++ + "]"));
        }
        List<PlaceChange> places = new ArrayList<>();
        i = 0;
        for (JsonNode node : list(root, "places", where)) {
            places.add(placeChange(node, where, "places[" + i++ + "]"));
        }
        if (links.isEmpty() && places.isEmpty()) {
            throw new InputException(where, "", "the scenario changes nothing: give links or places");
        }
        return new Scenario(name, description, network, links, places);
    }

    private static LinkChange linkChange(JsonNode node, String where, String path) {
        if (!node.isObject()) {
            throw new InputException(where, path, "expected a mapping");
        }
        checkFields(node, LINK_FIELDS, where, path + ".");
        String id = text(node, "id", where, path + ".id", false);
        String project = text(node, "project", where, path + ".project", false);
        if (id.isEmpty() == project.isEmpty()) {
            throw new InputException(where, path, "give exactly one of id or project");
        }
        String statusText = text(node, "status", where, path + ".status", false);
        corridor.model.LinkStatus status = null;
        if (!statusText.isEmpty()) {
            try {
                status = corridor.model.LinkStatus.valueOf(statusText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InputException(where, path + ".status",
                        "expected existing, under_construction, planned or superseded, got '" + statusText + "'");
            }
        }
        LinkChange change = new LinkChange(id.isEmpty() ? null : id, project.isEmpty() ? null : project, status,
                bool(node, "close", where, path), positive(node, "speed_kmh", where, path, false),
                bool(node, "use_design_speed", where, path), positive(node, "cost_usd_per_tonne_km", where, path, true),
                positive(node, "co2_kg_per_tonne_km", where, path, true));
        if (change.speedKmh() != null && change.useDesignSpeed()) {
            throw new InputException(where, path, "give speed_kmh or use_design_speed, not both");
        }
        return change;
    }

    private static PlaceChange placeChange(JsonNode node, String where, String path) {
        if (!node.isObject()) {
            throw new InputException(where, path, "expected a mapping");
        }
        checkFields(node, PLACE_FIELDS, where, path + ".");
        String id = text(node, "id", where, path + ".id", true);
        PlaceChange change = new PlaceChange(id, bool(node, "close", where, path),
                positive(node, "dwell_hours", where, path, true), positive(node, "dwell_factor", where, path, true),
                positive(node, "handling_cost_usd_per_tonne", where, path, true),
                positive(node, "crossing_hours", where, path, true),
                positive(node, "crossing_fee_usd_per_tonne", where, path, true));
        if (change.dwellHours() != null && change.dwellFactor() != null) {
            throw new InputException(where, path, "give dwell_hours or dwell_factor, not both");
        }
        return change;
    }

    private static void checkFields(JsonNode node, Set<String> allowed, String where, String prefix) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!allowed.contains(field)) {
                throw new InputException(where, prefix + field, "unknown field; expected one of " + allowed.stream().sorted().toList());
            }
        }
    }

    private static List<JsonNode> list(JsonNode root, String field, String where) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new InputException(where, field, "expected a list");
        }
        List<JsonNode> items = new ArrayList<>();
        node.forEach(items::add);
        return items;
    }

    private static String text(JsonNode node, String field, String where, String path, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            if (required) {
                throw new InputException(where, path, "required");
            }
            return "";
        }
        if (!value.isValueNode()) {
            throw new InputException(where, path, "expected text");
        }
        return value.asText().trim();
    }

    private static boolean bool(JsonNode node, String field, String where, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new InputException(where, path + "." + field, "expected true or false");
        }
        return value.booleanValue();
    }

    private static Double positive(JsonNode node, String field, String where, String path, boolean zeroAllowed) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber() || !Double.isFinite(value.doubleValue()) || value.doubleValue() < 0
                || (!zeroAllowed && value.doubleValue() == 0)) {
            throw new InputException(where, path + "." + field, "expected a number " + (zeroAllowed ? ">= 0" : "> 0")
                    + ", got '" + value.asText() + "'");
        }
        return value.doubleValue();
    }
}
