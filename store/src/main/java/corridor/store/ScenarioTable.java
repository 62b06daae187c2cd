package corridor.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Uploaded scenarios ({@code scenarios}): their text as uploaded, by id. Thread-safe. */
final class ScenarioTable {

    private static final String SELECT = "select id, name, body, uploaded_at from scenarios";

    private final Database database;

    ScenarioTable(Database database) {
        this.database = database;
    }

    /** Saves (or replaces) an uploaded scenario, in one transaction. */
    void save(StoredScenario scenario) {
        database.inTransaction("save scenario " + scenario.id(), connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from scenarios where id = ?");
                 PreparedStatement insert = connection.prepareStatement(
                         "insert into scenarios (id, name, body, uploaded_at) values (?, ?, ?, ?)")) {
                delete.setString(1, scenario.id());
                delete.executeUpdate();
                insert.setString(1, scenario.id());
                insert.setString(2, scenario.name());
                insert.setString(3, scenario.body());
                insert.setTimestamp(4, Timestamp.from(scenario.uploadedAt()));
                insert.executeUpdate();
                return null;
            }
        });
    }

    /** Every uploaded scenario, by id. */
    List<StoredScenario> all() {
        return select(SELECT + " order by id", null);
    }

    /** The uploaded scenario with this id, if there is one. */
    Optional<StoredScenario> byId(String id) {
        return select(SELECT + " where id = ?", id).stream().findFirst();
    }

    private List<StoredScenario> select(String sql, String id) {
        return database.run("read scenarios", connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                if (id != null) {
                    query.setString(1, id);
                }
                List<StoredScenario> found = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(new StoredScenario(rows.getString(1), rows.getString(2), rows.getString(3),
                                rows.getTimestamp(4).toInstant()));
                    }
                }
                return found;
            }
        });
    }
}
