package corridor.routing.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import corridor.model.InputException;
import corridor.model.network.LinkStatus;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.scenario.Scenario;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a {@link Scenario} from YAML or JSON text (the form its Javadoc shows): unknown fields, values
 * of the wrong form and missing ones are {@link InputException}s naming the text ({@code where}) and
 * the field ({@code links[0].id}). Stateless; thread-safe.
 */
public final class ScenarioReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> TOP = Set.of("name", "description", "network", "links", "places");
    private static final Set<String> LINK_FIELDS = Set.of("id", "project", "status", "close", "speed_kmh",
            "use_design_speed", "cost_usd_per_tonne_km", "co2_kg_per_tonne_km");
    private static final Set<String> PLACE_FIELDS = Set.of("id", "close", "dwell_hours", "dwell_factor",
            "handling_cost_usd_per_tonne", "crossing_hours", "crossing_fee_usd_per_tonne");

    private ScenarioReader() {
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
        List<Scenario.LinkChange> links = new ArrayList<>();
        int i = 0;
        for (JsonNode node : list(root, "links", where)) {
            links.add(linkChange(node, where, "links[" + i++ + "]"));
        }
        List<Scenario.PlaceChange> places = new ArrayList<>();
        i = 0;
        for (JsonNode node : list(root, "places", where)) {
            places.add(placeChange(node, where, "places[" + i++ + "]"));
        }
        if (links.isEmpty() && places.isEmpty()) {
            throw new InputException(where, "", "the scenario changes nothing: give links or places");
        }
        return new Scenario(name, description, network, links, places);
    }

    private static Scenario.LinkChange linkChange(JsonNode node, String where, String path) {
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
        LinkStatus status = null;
        if (!statusText.isEmpty()) {
            try {
                status = LinkStatus.valueOf(statusText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InputException(where, path + ".status",
                        "expected existing, under_construction, planned or superseded, got '" + statusText + "'");
            }
        }
        Scenario.LinkChange change = new Scenario.LinkChange(id.isEmpty() ? null : id, project.isEmpty() ? null : project, status,
                bool(node, "close", where, path), positive(node, "speed_kmh", where, path, false),
                bool(node, "use_design_speed", where, path), positive(node, "cost_usd_per_tonne_km", where, path, true),
                positive(node, "co2_kg_per_tonne_km", where, path, true));
        if (change.speedKmh() != null && change.useDesignSpeed()) {
            throw new InputException(where, path, "give speed_kmh or use_design_speed, not both");
        }
        return change;
    }

    private static Scenario.PlaceChange placeChange(JsonNode node, String where, String path) {
        if (!node.isObject()) {
            throw new InputException(where, path, "expected a mapping");
        }
        checkFields(node, PLACE_FIELDS, where, path + ".");
        String id = text(node, "id", where, path + ".id", true);
        Scenario.PlaceChange change = new Scenario.PlaceChange(id, bool(node, "close", where, path),
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
