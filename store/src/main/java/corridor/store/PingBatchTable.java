package corridor.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Pings posted to the API ({@code ping_batches}), kept as posted with ids from a counter row
 * ({@code ping_batch_counter}) that writers lock in turn, so that ids commit in order. Thread-safe.
 */
final class PingBatchTable {

    private final Database database;

    PingBatchTable(Database database) {
        this.database = database;
    }

    /** Keeps a posted body with the next batch id; committed before this returns. */
    PingBatch save(String body, long nowEpochSecond) {
        return database.inTransaction("keep posted pings", connection -> {
            try (PreparedStatement lock = connection.prepareStatement(
                    "select last_id from ping_batch_counter where id = 1 for update");
                 PreparedStatement bump = connection.prepareStatement(
                         "update ping_batch_counter set last_id = ? where id = 1");
                 PreparedStatement insert = connection.prepareStatement(
                         "insert into ping_batches (id, received_at, now_epoch, body) values (?, ?, ?, ?)")) {
                long id;
                try (ResultSet rows = lock.executeQuery()) {
                    rows.next();
                    id = rows.getLong(1) + 1;
                }
                bump.setLong(1, id);
                bump.executeUpdate();
                // Microseconds: what both databases keep of a timestamp.
                Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                insert.setLong(1, id);
                insert.setTimestamp(2, Timestamp.from(now));
                insert.setLong(3, nowEpochSecond);
                insert.setString(4, body);
                insert.executeUpdate();
                return new PingBatch(id, now, nowEpochSecond, body);
            }
        });
    }

    /** The kept batches with an id above {@code afterId}, in id order. */
    List<PingBatch> after(long afterId) {
        return database.run("read posted pings", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "select id, received_at, now_epoch, body from ping_batches where id > ? order by id")) {
                query.setLong(1, afterId);
                List<PingBatch> batches = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        batches.add(new PingBatch(rows.getLong(1), rows.getTimestamp(2).toInstant(), rows.getLong(3),
                                rows.getString(4)));
                    }
                }
                return batches;
            }
        });
    }
}
