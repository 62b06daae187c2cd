package corridor.store;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flyway's log, passed on to SLF4J under Flyway's class names with its errors lowered to debug: a
 * migration that fails reaches the user as the one line of the {@link StoreException} that
 * {@link Store#open} throws (with the command that repairs the store), not also as Flyway's own
 * "Please restore backups and roll back database and code!". Warnings and information pass as they
 * are. Flyway creates it by its class name ({@code loggers(...)} in {@link Store}); thread-safe.
 */
public final class FlywayLog implements LogCreator {

    /** For Flyway, which instantiates log creators by name. */
    public FlywayLog() {
    }

    @Override
    public Log createLogger(Class<?> source) {
        return new Forward(LoggerFactory.getLogger(source));
    }

    private record Forward(Logger logger) implements Log {

        @Override
        public boolean isDebugEnabled() {
            return logger.isDebugEnabled();
        }

        @Override
        public void debug(String message) {
            logger.debug(message);
        }

        @Override
        public void info(String message) {
            logger.info(message);
        }

        @Override
        public void warn(String message) {
            logger.warn(message);
        }

        @Override
        public void error(String message) {
            logger.debug(message);
        }

        @Override
        public void error(String message, Exception e) {
            logger.debug(message, e);
        }

        @Override
        public void notice(String message) {
            logger.info(message);
        }
    }
}
