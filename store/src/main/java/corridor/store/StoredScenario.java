package corridor.store;

import java.time.Instant;

/**
 * A scenario uploaded to the store.
 *
 * @param id         its key
 * @param name       display name
 * @param body       the scenario as uploaded (JSON text)
 * @param uploadedAt when it was uploaded
 */
public record StoredScenario(String id, String name, String body, Instant uploadedAt) {
}
