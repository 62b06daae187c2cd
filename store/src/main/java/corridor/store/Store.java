package corridor.store;

import corridor.model.Dataset;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.h2gis.api.Function;
import org.h2gis.functions.factory.H2GISFunctions;
import org.h2gis.functions.spatial.convert.ST_GeomFromText;
import org.h2gis.functions.spatial.create.ST_MakeEnvelope;
import org.h2gis.functions.spatial.predicates.ST_Intersects;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * A dataset kept in a spatial database: an embedded H2GIS file or PostgreSQL with PostGIS. The
 * schema comes from Flyway migrations ({@code corridor/store/migration/common} for both, plus
 * one folder per vendor), applied on {@link #open}.
 *
 * <p>{@link #sync} writes a dataset when its content differs from what the store holds, in one
 * transaction: a failure leaves the previous content in place. Reads may run concurrently.
 *
 * <p>The store owns the connection pool and the migrations; what it holds is kept by one class each:
 * the dataset ({@link DatasetTables}), uploaded scenarios ({@link ScenarioTable}) and posted pings
 * ({@link PingBatchTable}), over the pool's {@link Database}. Thread-safe.
 */
public final class Store implements AutoCloseable {

    private static final String MIGRATIONS = "classpath:corridor/store/migration/";
    private static final List<Function> SPATIAL_FUNCTIONS = List.of(new ST_GeomFromText(), new ST_MakeEnvelope(),
            new ST_Intersects());

    private final StoreTarget target;
    private final Runnable closePool;
    private final DatasetTables datasets;
    private final ScenarioTable scenarios;
    private final PingBatchTable pingBatches;

    private Store(StoreTarget target, DataSource pool, Runnable closePool) {
        this.target = target;
        this.closePool = closePool;
        Database database = new Database(target, pool);
        this.datasets = new DatasetTables(database);
        this.scenarios = new ScenarioTable(database);
        this.pingBatches = new PingBatchTable(database);
    }

    /**
     * Opens the store, creating the database file (embedded) and applying pending migrations.
     *
     * @throws StoreException when the database cannot be reached or migrated
     */
    public static Store open(StoreTarget target) {
        if (target.vendor() == StoreTarget.Vendor.H2GIS) {
            EmbeddedFile.check(target.base());
        }
        DataSource pool = null;
        Runnable closePool = () -> { };
        try {
            if (target.vendor() == StoreTarget.Vendor.H2GIS) {
                JdbcConnectionPool h2 = JdbcConnectionPool.create(h2(target));
                pool = h2;
                closePool = h2::dispose;
            } else {
                HikariDataSource postgres = postgres(target);
                pool = postgres;
                closePool = postgres::close;
            }
            // The first connection opens (or creates) the database and is kept while migrating.
            try (Connection first = pool.getConnection()) {
                migrate(target, pool);
                if (target.vendor() == StoreTarget.Vendor.H2GIS) {
                    loadSpatialFunctions(first);
                }
            }
            return new Store(target, pool, closePool);
        } catch (SQLException e) {
            closePool.run();
            throw new StoreException(openFailure(target, e), e);
        } catch (FlywayException e) {
            closePool.run();
            throw new StoreException("cannot migrate the store at " + target.describe() + ": " + firstLine(e.getMessage())
                    + repair(target), e);
        } catch (RuntimeException e) {
            // H2 reports a damaged file with its own unchecked exceptions (MVStoreException) too, Hikari a database it
            // cannot reach with PoolInitializationException.
            closePool.run();
            throw new StoreException("cannot open the store at " + target.describe() + ": " + firstLine(e.getMessage())
                    + repair(target), e);
        }
    }

    private static JdbcDataSource h2(StoreTarget target) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(target.jdbcUrl());
        return h2;
    }

    /**
     * The PostgreSQL pool (HikariCP): at most {@link #POSTGRES_POOL_SIZE} connections per server, so
     * that several servers share one database's connection limit; a connection waits at most 10 s.
     */
    private static HikariDataSource postgres(StoreTarget target) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("corridor-store");
        config.setJdbcUrl(target.jdbcUrl());
        // Empty credentials leave those in the URL (?user=...&password=...) in force.
        if (!target.user().isEmpty()) {
            config.setUsername(target.user());
        }
        if (!target.password().isEmpty()) {
            config.setPassword(target.password());
        }
        config.setMaximumPoolSize(POSTGRES_POOL_SIZE);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        config.addDataSourceProperty("connectTimeout", "5");
        return new HikariDataSource(config);
    }

    /** Connections one server keeps to PostgreSQL at most. */
    public static final int POSTGRES_POOL_SIZE = 10;

    private static String openFailure(StoreTarget target, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (target.vendor() == StoreTarget.Vendor.H2GIS && message.contains("already in use")) {
            return "the store " + target.describe() + " is in use by another process (is another "
                    + "'corridor serve' running on it?); stop it or give another --db file";
        }
        return "cannot open the store at " + target.describe() + ": " + firstLine(message) + repair(target);
    }

    /** What repairs a store that cannot be opened: for the embedded file, the command that resets it. */
    private static String repair(StoreTarget target) {
        if (target.vendor() != StoreTarget.Vendor.H2GIS) {
            return "";
        }
        return "; if a crash damaged it, 'corridor store reset --db " + target.describe() + "' removes it (the next "
                + "start loads the dataset again; an uploaded dataset and uploaded scenarios kept in it are lost)";
    }

    /** The first line of a driver's message, at most 200 characters: a message for people, not a dump. */
    static String firstLine(String message) {
        String line = String.valueOf(message).lines().findFirst().orElse("").strip();
        return line.length() <= 200 ? line : line.substring(0, 200) + "...";
    }

    private static void migrate(StoreTarget target, DataSource pool) {
        Flyway.configure()
                .loggers(FlywayLog.class.getName())
                .callbacks(new MigrationCrashPoint())
                .dataSource(pool)
                .locations(MIGRATIONS + "common", MIGRATIONS + target.vendor().migrationFolder())
                .load()
                .migrate();
    }

    /**
     * Registers, once per database file, the H2GIS functions the store's SQL uses (the same names
     * and meaning as PostGIS's). Only these: registering all of H2GIS's several hundred takes
     * over a second, which every first start would pay.
     */
    private static void loadSpatialFunctions(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (Function function : SPATIAL_FUNCTIONS) {
                if (!isRegistered(connection, H2GISFunctions.getAlias(function))) {
                    H2GISFunctions.registerFunction(statement, function, "");
                }
            }
        }
    }

    private static boolean isRegistered(Connection connection, String alias) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select count(*) from information_schema.routines where routine_name = ?")) {
            query.setString(1, alias.toUpperCase(java.util.Locale.ROOT));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1) > 0;
            }
        }
    }

    /** Where the store lives. */
    public StoreTarget target() {
        return target;
    }

    /**
     * Makes the store hold {@code dataset} as the start-up dataset: writes it when the store is empty
     * or holds other content (by {@link ContentHash}), else leaves it as it is.
     */
    public SyncResult sync(Dataset dataset) {
        return sync(dataset, ContentHash.of(dataset));
    }

    /**
     * As {@link #sync(Dataset)}, with the dataset's {@link ContentHash} computed by the caller
     * (while the store was opening, say).
     */
    public SyncResult sync(Dataset dataset, String hash) {
        return datasets.sync(dataset, hash);
    }

    /**
     * Writes {@code dataset} as the store's dataset, with the next version number, in one
     * transaction: a failure or a crash at any point leaves the previous dataset whole, and a
     * commit that returned is on disk (a process killed afterwards keeps it). Writers, in this
     * process or another on the same database, wait for each other.
     *
     * @param hash   its {@link ContentHash}
     * @param origin where it comes from ({@link LoadedDataset.Origin#UPLOAD} is served again after a restart)
     * @return what the store holds now
     */
    public LoadedDataset write(Dataset dataset, String hash, LoadedDataset.Origin origin) {
        return datasets.write(dataset, hash, origin);
    }

    /** The dataset the store holds, if any. */
    public Optional<LoadedDataset> loaded() {
        return datasets.loaded();
    }

    /** Every record of a layer, in the order of the dataset. */
    public <T> List<T> find(Layer<T> layer) {
        return datasets.find(layer, null, null);
    }

    /** The record of a layer with this id, if there is one. */
    public <T> Optional<T> find(Layer<T> layer, String id) {
        return datasets.find(layer, null, id).stream().findFirst();
    }

    /**
     * The records of a spatial layer whose geometry touches {@code box}, in the order of the dataset. Records without
     * a geometry (projects of unknown location) are left out.
     *
     * @throws IllegalArgumentException when the layer has no geometry
     */
    public <T> List<T> find(Layer<T> layer, BoundingBox box) {
        if (!layer.isSpatial()) {
            throw new IllegalArgumentException("layer " + layer + " has no geometry");
        }
        return datasets.find(layer, box, null);
    }

    /**
     * The records of a layer (touching {@code box} when given, leaving out records without a
     * geometry then), with the version of the dataset they belong to: the store's version is read
     * before and after the records, and the read repeated (a few times at most) until both agree, so
     * that no write committed in between; versions only grow.
     *
     * @param box null for all records
     * @throws IllegalArgumentException when a box is given for a layer without geometry
     * @throws StoreException when writes kept committing during every attempt
     */
    public <T> LayerRead<T> read(Layer<T> layer, BoundingBox box) {
        if (box != null && !layer.isSpatial()) {
            throw new IllegalArgumentException("layer " + layer + " has no geometry");
        }
        return datasets.read(layer, box, null);
    }

    /** The record of a layer with this id (none or one), with the version of the dataset (see {@link #read}). */
    public <T> LayerRead<T> read(Layer<T> layer, String id) {
        return datasets.read(layer, null, id);
    }

    /** The whole dataset the store holds, read back from its tables; empty when none is loaded. */
    public Optional<Dataset> readDataset() {
        return datasets.readDataset();
    }

    /** Saves (or replaces) an uploaded scenario. */
    public void saveScenario(StoredScenario scenario) {
        scenarios.save(scenario);
    }

    /** Uploaded scenarios, by id. */
    public List<StoredScenario> scenarios() {
        return scenarios.all();
    }

    /** An uploaded scenario by id. */
    public Optional<StoredScenario> scenario(String id) {
        return scenarios.byId(id);
    }

    /**
     * Keeps pings posted to the API, durably (committed before this returns), with the next batch id.
     * Writers on one database take turns on the counter row, so that ids commit in order.
     *
     * @return the batch as kept
     */
    public PingBatch savePingBatch(String body, long nowEpochSecond) {
        return pingBatches.save(body, nowEpochSecond);
    }

    /** The kept ping batches with an id above {@code afterId}, in id order. */
    public List<PingBatch> pingBatchesAfter(long afterId) {
        return pingBatches.after(afterId);
    }

    /** Closes every connection; an embedded database file is closed with them. */
    @Override
    public void close() {
        closePool.run();
    }
}
