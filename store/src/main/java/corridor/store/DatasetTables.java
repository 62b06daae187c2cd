package corridor.store;

import corridor.model.CrashPoint;
import corridor.model.Dataset;
import corridor.model.network.Mode;
import corridor.model.network.ModeDefaults;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dataset a store holds: one table a layer (a row a record, its JSON and the columns to select
 * on) and {@code dataset_meta} (name, content hash, version, origin). A write replaces them all in
 * one transaction ({@link DatasetWriter}); reads may run concurrently and can be pinned to one
 * version. Thread-safe.
 */
final class DatasetTables {

    private static final int VERSIONED_ATTEMPTS = 5;

    private final Database database;

    DatasetTables(Database database) {
        this.database = database;
    }

    /** Writes {@code dataset} as the start-up dataset unless the store holds the same content ({@code hash}). */
    SyncResult sync(Dataset dataset, String hash) {
        Optional<LoadedDataset> held = loaded();
        if (held.isPresent() && held.get().contentHash().equals(hash)) {
            return new SyncResult(false, held.get());
        }
        return new SyncResult(true, write(dataset, hash, LoadedDataset.Origin.START_UP));
    }

    /** Replaces the dataset, with the next version, in one transaction; see {@link Store#write}. */
    LoadedDataset write(Dataset dataset, String hash, LoadedDataset.Origin origin) {
        LoadedDataset written = database.inTransaction("write the dataset", connection -> {
            LoadedDataset replaced = new DatasetWriter(connection).replace(dataset, hash, origin);
            CrashPoint.reached("store.before-commit");
            return replaced;
        });
        CrashPoint.reached("store.after-commit");
        return written;
    }

    /** The dataset the store holds, if any. */
    Optional<LoadedDataset> loaded() {
        return database.run("read what the store holds", connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "select name, content_hash, record_count, loaded_at, version, origin from dataset_meta "
                            + "where id = 1");
                 ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new LoadedDataset(rows.getString(1), rows.getString(2), rows.getInt(3),
                        rows.getTimestamp(4).toInstant(), rows.getLong(5), LoadedDataset.Origin.of(rows.getString(6))));
            }
        });
    }

    /** The records of a layer: all (box and id null), touching {@code box}, or with id {@code id}. */
    <T> List<T> find(Layer<T> layer, BoundingBox box, String id) {
        return database.run("read " + layer, connection -> {
            try (PreparedStatement query = connection.prepareStatement(select(layer, box, id))) {
                bind(query, box, id);
                return records(query, layer);
            }
        });
    }

    /**
     * The records of a layer as {@link #find} selects them, with the version of the dataset they belong
     * to: the version is read before and after the records, and the read repeated (a few times at most)
     * until both agree, so that no write committed in between; versions only grow.
     */
    <T> LayerRead<T> read(Layer<T> layer, BoundingBox box, String id) {
        return database.run("read " + layer, connection -> {
            try (PreparedStatement version = connection.prepareStatement(
                    "select version from dataset_meta where id = 1");
                 PreparedStatement query = connection.prepareStatement(select(layer, box, id))) {
                bind(query, box, id);
                for (int attempt = 0; attempt < VERSIONED_ATTEMPTS; attempt++) {
                    long before = version(version);
                    List<T> records = records(query, layer);
                    if (version(version) == before) {
                        return new LayerRead<>(before, records);
                    }
                }
                throw new StoreException("the dataset in the store at " + database.target().describe()
                        + " changed during " + VERSIONED_ATTEMPTS + " reads of " + layer + " in a row", null);
            }
        });
    }

    /** The whole dataset the store holds, read back from its tables; empty when none is loaded. */
    Optional<Dataset> readDataset() {
        Optional<LoadedDataset> held = loaded();
        if (held.isEmpty()) {
            return Optional.empty();
        }
        Map<Mode, ModeDefaults> modes = new EnumMap<>(Mode.class);
        all(Layer.MODE_DEFAULTS).forEach(m -> modes.put(m.mode(), m));
        return Optional.of(new Dataset(held.get().name(), all(Layer.SOURCES), modes, all(Layer.PLACES),
                all(Layer.LINKS), all(Layer.PROJECTS), all(Layer.INDICATORS), all(Layer.INCIDENTS),
                all(Layer.MINERALS), all(Layer.SECTIONS), null, all(Layer.VEHICLES), all(Layer.ACCESS_RULES)));
    }

    private <T> List<T> all(Layer<T> layer) {
        return find(layer, null, null);
    }

    /** The query of {@link #find}: by id, or the records with a geometry touching the box, or all; in dataset order. */
    private static String select(Layer<?> layer, BoundingBox box, String id) {
        String from = "select record_json from " + layer.name();
        if (id != null) {
            return from + " where id = ?";
        }
        return box == null ? from + " order by position" : from + " where geom is not null"
                + " and ST_Intersects(geom, ST_MakeEnvelope(?, ?, ?, ?, 4326)) order by position";
    }

    private static void bind(PreparedStatement query, BoundingBox box, String id) throws SQLException {
        if (box != null) {
            query.setDouble(1, box.minLongitude());
            query.setDouble(2, box.minLatitude());
            query.setDouble(3, box.maxLongitude());
            query.setDouble(4, box.maxLatitude());
        }
        if (id != null) {
            query.setString(1, id);
        }
    }

    private static <T> List<T> records(PreparedStatement query, Layer<T> layer) throws SQLException {
        List<T> records = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                records.add(RecordJson.read(rows.getString(1), layer.type()));
            }
        }
        return records;
    }

    private static long version(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }
}
