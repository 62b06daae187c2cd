package corridor.store;

import corridor.model.CrashPoint;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * The crash point {@code store.migration-applied}: reached after each migration's statements ran,
 * before Flyway records the migration as applied; what a crash during a first start's migration
 * leaves on H2, whose DDL cannot be rolled back, is made there. Stateless; thread-safe.
 */
final class MigrationCrashPoint implements Callback {

    static final String NAME = "store.migration-applied";

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_EACH_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        CrashPoint.reached(NAME);
    }

    @Override
    public String getCallbackName() {
        return NAME;
    }
}
