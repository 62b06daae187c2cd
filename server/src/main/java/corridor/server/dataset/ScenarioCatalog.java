package corridor.server.dataset;

import corridor.model.InputException;
import corridor.routing.io.ScenarioReader;
import corridor.routing.scenario.Scenario;
import corridor.store.Store;
import corridor.store.StoredScenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The scenarios a user can run: those shipped with the app, and those uploaded through the API,
 * which the store keeps. An uploaded scenario never replaces a shipped one.
 */
public final class ScenarioCatalog {

    /** A scenario and where it comes from. */
    public record Entry(String id, Scenario scenario, String text, boolean shipped, Instant uploadedAt) {
    }

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    private final Map<String, Entry> shipped;
    private final Store store;

    /** @param shipped scenario texts by id, in the order to list them */
    public ScenarioCatalog(Map<String, String> shipped, Store store) {
        this.store = store;
        Map<String, Entry> parsed = new LinkedHashMap<>();
        shipped.forEach((id, text) -> parsed.put(id, new Entry(id, ScenarioReader.parse(text, "scenario " + id), text,
                true, null)));
        this.shipped = parsed;
    }

    public List<Entry> all() {
        List<Entry> entries = new ArrayList<>(shipped.values());
        for (StoredScenario stored : store.scenarios()) {
            entries.add(uploaded(stored));
        }
        return entries;
    }

    public Optional<Entry> find(String id) {
        Entry entry = shipped.get(id);
        return entry != null ? Optional.of(entry) : store.scenario(id).map(this::uploaded);
    }

    /**
     * Parses and keeps an uploaded scenario.
     *
     * @throws InputException when the id is malformed or names a shipped scenario, or the text is not a scenario
     */
    public Entry upload(String id, String text) {
        if (!ID.matcher(id).matches()) {
            throw InputException.ofParameter("id", "'" + id + "' is not a scenario id; use 1 to 64 lower-case "
                    + "letters, digits, '-' or '_', starting with a letter or digit");
        }
        if (shipped.containsKey(id)) {
            throw InputException.ofParameter("id", "'" + id + "' is a shipped scenario; upload under another id");
        }
        Scenario scenario = ScenarioReader.parse(text, "uploaded scenario");
        Instant now = Instant.now();
        store.saveScenario(new StoredScenario(id, scenario.name(), text, now));
        return new Entry(id, scenario, text, false, now);
    }

    private Entry uploaded(StoredScenario stored) {
        return new Entry(stored.id(), ScenarioReader.parse(stored.body(), "uploaded scenario " + stored.id()), stored.body(),
                false, stored.uploadedAt());
    }
}
