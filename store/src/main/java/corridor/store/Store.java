package corridor.store;

import corridor.model.CrashPoint;
import corridor.model.CorridorSection;
import corridor.model.Dataset;
import corridor.model.IndicatorValue;
import corridor.model.Incident;
import corridor.model.Link;
import corridor.model.MineralArea;
import corridor.model.Mode;
import corridor.model.ModeDefaults;
import corridor.model.Place;
import corridor.model.Project;
import corridor.model.Source;
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
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A dataset kept in a spatial database: an embedded H2GIS file or PostgreSQL with PostGIS. The
 * schema comes from Flyway migrations ({@code corridor/store/migration/common} for both, plus
 * one folder per vendor), applied on {@link #open}.
 *
 * <p>{@link #sync} writes a dataset when its content differs from what the store holds, in one
 * transaction: a failure leaves the previous content in place. Reads may run concurrently.
 */
public final class Store implements AutoCloseable {

    private static final String MIGRATIONS = "classpath:corridor/store/migration/";
    private static final List<Function> SPATIAL_FUNCTIONS = List.of(new ST_GeomFromText(), new ST_MakeEnvelope(),
            new ST_Intersects());

    private final StoreTarget target;
    private final DataSource pool;
    private final Runnable closePool;

    private Store(StoreTarget target, DataSource pool, Runnable closePool) {
        this.target = target;
        this.pool = pool;
        this.closePool = closePool;
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
        Optional<LoadedDataset> held = loaded();
        if (held.isPresent() && held.get().contentHash().equals(hash)) {
            return new SyncResult(false, held.get());
        }
        return new SyncResult(true, write(dataset, hash, LoadedDataset.Origin.START_UP));
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
        LoadedDataset written = inTransaction("write the dataset", connection -> {
            LoadedDataset replaced = new DatasetWriter(connection).replace(dataset, hash, origin);
            CrashPoint.reached("store.before-commit");
            return replaced;
        });
        CrashPoint.reached("store.after-commit");
        return written;
    }

    /** Work on one connection, inside the transaction {@link #inTransaction} opened. */
    @FunctionalInterface
    private interface Transaction<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws;
     * the connection goes back to the pool in auto-commit mode either way.
     *
     * @param what what the work does, for the error ("save scenario X")
     */
    private <T> T inTransaction(String what, Transaction<T> work) {
        try (Connection connection = pool.getConnection()) {
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
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** The dataset the store holds, if any. */
    public Optional<LoadedDataset> loaded() {
        try (Connection connection = pool.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select name, content_hash, record_count, loaded_at, version, origin from dataset_meta where id = 1");
             ResultSet rows = query.executeQuery()) {
            if (!rows.next()) {
                return Optional.empty();
            }
            return Optional.of(new LoadedDataset(rows.getString(1), rows.getString(2), rows.getInt(3),
                    rows.getTimestamp(4).toInstant(), rows.getLong(5), LoadedDataset.Origin.of(rows.getString(6))));
        } catch (SQLException e) {
            throw failure("read what the store holds", e);
        }
    }

    /** Every record of a layer, in the order of the dataset. */
    public <T> List<T> find(Layer<T> layer) {
        return query(layer, "select record_json from " + layer.name() + " order by position", null);
    }

    /** The record of a layer with this id, if there is one. */
    public <T> Optional<T> find(Layer<T> layer, String id) {
        try (Connection connection = pool.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select record_json from " + layer.name() + " where id = ?")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(RecordJson.read(rows.getString(1), layer.type())) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read " + layer, e);
        }
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
        return query(layer, "select record_json from " + layer.name() + " where geom is not null"
                + " and ST_Intersects(geom, ST_MakeEnvelope(?, ?, ?, ?, 4326)) order by position", box);
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
        String sql = box == null ? "select record_json from " + layer.name() + " order by position"
                : "select record_json from " + layer.name() + " where geom is not null"
                + " and ST_Intersects(geom, ST_MakeEnvelope(?, ?, ?, ?, 4326)) order by position";
        return versioned(layer, sql, box, null);
    }

    /** The record of a layer with this id (none or one), with the version of the dataset (see {@link #read}). */
    public <T> LayerRead<T> read(Layer<T> layer, String id) {
        return versioned(layer, "select record_json from " + layer.name() + " where id = ?", null, id);
    }

    private static final int VERSIONED_ATTEMPTS = 5;

    private <T> LayerRead<T> versioned(Layer<T> layer, String sql, BoundingBox box, String id) {
        try (Connection connection = pool.getConnection();
             PreparedStatement version = connection.prepareStatement("select version from dataset_meta where id = 1");
             PreparedStatement query = connection.prepareStatement(sql)) {
            if (box != null) {
                query.setDouble(1, box.minLongitude());
                query.setDouble(2, box.minLatitude());
                query.setDouble(3, box.maxLongitude());
                query.setDouble(4, box.maxLatitude());
            }
            if (id != null) {
                query.setString(1, id);
            }
            for (int attempt = 0; attempt < VERSIONED_ATTEMPTS; attempt++) {
                long before = version(version);
                List<T> records = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        records.add(RecordJson.read(rows.getString(1), layer.type()));
                    }
                }
                if (version(version) == before) {
                    return new LayerRead<>(before, records);
                }
            }
            throw new StoreException("the dataset in the store at " + target.describe() + " changed during "
                    + VERSIONED_ATTEMPTS + " reads of " + layer + " in a row", null);
        } catch (SQLException e) {
            throw failure("read " + layer, e);
        }
    }

    private static long version(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    private <T> List<T> query(Layer<T> layer, String sql, BoundingBox box) {
        try (Connection connection = pool.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            if (box != null) {
                query.setDouble(1, box.minLongitude());
                query.setDouble(2, box.minLatitude());
                query.setDouble(3, box.maxLongitude());
                query.setDouble(4, box.maxLatitude());
            }
            List<T> records = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    records.add(RecordJson.read(rows.getString(1), layer.type()));
                }
            }
            return records;
        } catch (SQLException e) {
            throw failure("read " + layer, e);
        }
    }

    /** The whole dataset the store holds, read back from its tables; empty when none is loaded. */
    public Optional<Dataset> readDataset() {
        Optional<LoadedDataset> held = loaded();
        if (held.isEmpty()) {
            return Optional.empty();
        }
        Map<Mode, ModeDefaults> modes = new EnumMap<>(Mode.class);
        query(Layer.MODE_DEFAULTS, "select record_json from mode_defaults order by position", null)
                .forEach(m -> modes.put(m.mode(), m));
        List<Source> sources = find(Layer.SOURCES);
        List<Place> places = find(Layer.PLACES);
        List<Link> links = find(Layer.LINKS);
        List<Project> projects = find(Layer.PROJECTS);
        List<IndicatorValue> indicators = find(Layer.INDICATORS);
        List<Incident> incidents = find(Layer.INCIDENTS);
        List<MineralArea> minerals = find(Layer.MINERALS);
        List<CorridorSection> sections = query(Layer.SECTIONS,
                "select record_json from corridor_sections order by position", null);
        return Optional.of(new Dataset(held.get().name(), sources, modes, places, links, projects, indicators,
                incidents, minerals, sections));
    }

    /** Saves (or replaces) an uploaded scenario. */
    public void saveScenario(StoredScenario scenario) {
        inTransaction("save scenario " + scenario.id(), connection -> {
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

    /**
     * Keeps pings posted to the API, durably (committed before this returns), with the next batch id.
     * Writers on one database take turns on the counter row, so that ids commit in order.
     *
     * @return the batch as kept
     */
    public PingBatch savePingBatch(String body, long nowEpochSecond) {
        return inTransaction("keep posted pings", connection -> {
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
                Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
                insert.setLong(1, id);
                insert.setTimestamp(2, Timestamp.from(now));
                insert.setLong(3, nowEpochSecond);
                insert.setString(4, body);
                insert.executeUpdate();
                return new PingBatch(id, now, nowEpochSecond, body);
            }
        });
    }

    /** The kept ping batches with an id above {@code afterId}, in id order. */
    public List<PingBatch> pingBatchesAfter(long afterId) {
        try (Connection connection = pool.getConnection();
             PreparedStatement query = connection.prepareStatement(
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
        } catch (SQLException e) {
            throw failure("read posted pings", e);
        }
    }

    /** Uploaded scenarios, by id. */
    public List<StoredScenario> scenarios() {
        return scenarios("select id, name, body, uploaded_at from scenarios order by id", null);
    }

    /** An uploaded scenario by id. */
    public Optional<StoredScenario> scenario(String id) {
        return scenarios("select id, name, body, uploaded_at from scenarios where id = ?", id).stream().findFirst();
    }

    private List<StoredScenario> scenarios(String sql, String id) {
        try (Connection connection = pool.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
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
        } catch (SQLException e) {
            throw failure("read scenarios", e);
        }
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException("cannot " + what + " in the store at " + target.describe() + ": "
                + firstLine(e.getMessage()), e);
    }

    /** Closes every connection; an embedded database file is closed with them. */
    @Override
    public void close() {
        closePool.run();
    }
}
