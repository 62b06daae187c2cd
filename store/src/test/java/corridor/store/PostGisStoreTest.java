package corridor.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.fail;

/**
 * The PostgreSQL + PostGIS back end, against the real server that {@code .ci/postgres.sh}
 * starts. Each test gets a schema of its own, dropped afterwards. Under CI ({@code CI=true})
 * an unreachable server fails the test; elsewhere it is skipped with a message.
 */
class PostGisStoreTest extends StoreContract {

    static final String URL = env("CORRIDOR_PG_URL", "jdbc:postgresql://127.0.0.1:5432/corridor");
    static final String USER = env("CORRIDOR_PG_USER", "corridor");
    static final String PASSWORD = env("CORRIDOR_PG_PASSWORD", "corridor");

    private String schema;
    private Store store;

    @BeforeEach
    void open() {
        requirePostgres();
        schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create schema " + schema);
        // PostGIS's types live in public, so it stays on the search path after the test schema.
        String url = URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
        store = Store.open(StoreTarget.postgres(url, USER, PASSWORD));
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
        if (schema != null) {
            execute("drop schema if exists " + schema + " cascade");
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    Store store() {
        return store;
    }

    static void requirePostgres() {
        try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("select postgis_version()");
        } catch (SQLException e) {
            String why = "PostgreSQL with PostGIS is not reachable at " + URL + " as " + USER + " (" + e.getMessage()
                    + "); run .ci/postgres.sh or set CORRIDOR_PG_URL, CORRIDOR_PG_USER, CORRIDOR_PG_PASSWORD";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
