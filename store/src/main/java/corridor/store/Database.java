package corridor.store;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The connections of an open store, for its tables: work on one pooled connection, alone or in a
 * transaction, with a database failure turned into a {@link StoreException} that names what was
 * being done and where; {@code target} names the store in errors. Thread-safe: each piece of work
 * takes its own connection.
 */
record Database(StoreTarget target, DataSource pool) {

    /** Work on one connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} on a connection in auto-commit mode (reads).
     *
     * @param what what the work does, for the error ("read scenarios")
     */
    <T> T run(String what, Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws;
     * the connection goes back to the pool in auto-commit mode either way.
     *
     * @param what what the work does, for the error ("save scenario X")
     */
    <T> T inTransaction(String what, Work<T> work) {
        return run(what, connection -> {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException("cannot " + what + " in the store at " + target.describe() + ": "
                + Store.firstLine(e.getMessage()), e);
    }
}
