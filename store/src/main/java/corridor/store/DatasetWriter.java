package corridor.store;

import corridor.model.vehicle.AccessRule;
import corridor.model.Dataset;
import corridor.model.vehicle.Vehicle;
import corridor.model.network.CorridorSection;
import corridor.model.network.Link;
import corridor.model.network.Place;
import corridor.model.record.Incident;
import corridor.model.record.IndicatorValue;
import corridor.model.record.MineralArea;
import corridor.model.record.Project;
import corridor.model.source.Source;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Replaces the dataset in a store's tables, within the caller's transaction. */
final class DatasetWriter {

    /** The tables of a dataset, in the order they are written. */
    private static final List<Layer<?>> TABLES = List.of(Layer.SOURCES, Layer.MODE_DEFAULTS, Layer.PLACES, Layer.LINKS,
            Layer.PROJECTS, Layer.INDICATORS, Layer.INCIDENTS, Layer.MINERALS, Layer.SECTIONS,
            Layer.VEHICLES, Layer.ACCESS_RULES);
    private static final String GEOMETRY = "ST_GeomFromText(?, 4326)";

    /**
     * A column of a layer's table that a query can select on, beside {@code position} and
     * {@code record_json} (which every table has): its name, its placeholder in the insert and how
     * a record's value is bound to it.
     */
    private record Column<T>(String name, String placeholder, Binder<T> binder) {
    }

    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement insert, int index, T record) throws SQLException;
    }

    private final Connection connection;

    DatasetWriter(Connection connection) {
        this.connection = connection;
    }

    /**
     * Deletes what is there and writes {@code dataset} with the next version number; returns what
     * was written. Locks the store's dataset row first, so that writers on one database take turns.
     */
    LoadedDataset replace(Dataset dataset, String contentHash, LoadedDataset.Origin origin) throws SQLException {
        long previous = lockVersion();
        try (Statement statement = connection.createStatement()) {
            for (Layer<?> table : TABLES) {
                statement.executeUpdate("delete from " + table.name());
            }
        }
        int count = insertRecords(dataset);
        // Microseconds: what both databases keep of a timestamp.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long version = Math.max(previous, 0) + 1;
        String sql = previous < 0
                ? "insert into dataset_meta (name, content_hash, record_count, loaded_at, version, origin, id) "
                + "values (?, ?, ?, ?, ?, ?, 1)"
                : "update dataset_meta set name = ?, content_hash = ?, record_count = ?, loaded_at = ?, version = ?, "
                + "origin = ? where id = 1";
        try (PreparedStatement write = connection.prepareStatement(sql)) {
            write.setString(1, dataset.name());
            write.setString(2, contentHash);
            write.setInt(3, count);
            write.setTimestamp(4, Timestamp.from(now));
            write.setLong(5, version);
            write.setString(6, origin.label());
            write.executeUpdate();
        }
        return new LoadedDataset(dataset.name(), contentHash, count, now, version, origin);
    }

    /** The version the store holds (-1: no dataset), its row locked until the transaction ends. */
    private long lockVersion() throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select version from dataset_meta where id = 1 for update");
             ResultSet rows = query.executeQuery()) {
            // A store written before versions existed holds version 0 on its row: the next write is 1.
            return rows.next() ? rows.getLong(1) : -1;
        }
    }

    /** Writes every record of {@code dataset}, a row each, with the columns queries select on; returns how many. */
    private int insertRecords(Dataset dataset) throws SQLException {
        int count = insert(Layer.SOURCES, dataset.sources(), text("id", Source::id),
                text("publisher_type", s -> name(s.publisherType())));
        count += insert(Layer.MODE_DEFAULTS, List.copyOf(dataset.modeDefaults().values()),
                text("mode", m -> name(m.mode())));
        count += insert(Layer.PLACES, dataset.places(), text("id", Place::id), text("kind", p -> name(p.kind())),
                text("country", Place::country), geometry(p -> Wkt.point(p.location())));
        count += insert(Layer.LINKS, dataset.links(), text("id", Link::id), text("mode", l -> name(l.mode())),
                text("status", l -> name(l.status())), text("from_id", Link::fromId), text("to_id", Link::toId),
                geometry(l -> Wkt.lineString(l.geometry())));
        count += insert(Layer.PROJECTS, dataset.projects(), text("id", Project::id),
                text("sector", p -> name(p.sector())), text("status", p -> name(p.status())),
                geometry(p -> p.location() == null ? null : Wkt.point(p.location())));
        count += insert(Layer.INDICATORS, dataset.indicators(), text("id", IndicatorValue::id),
                text("subject", IndicatorValue::subject), text("measure", IndicatorValue::measure),
                text("reporter", IndicatorValue::reporter));
        count += insert(Layer.INCIDENTS, dataset.incidents(), text("id", Incident::id),
                new Column<>("incident_date", "?", (insert, index, incident) ->
                        insert.setDate(index, Date.valueOf(incident.date()))),
                geometry(i -> Wkt.point(i.location())));
        count += insert(Layer.MINERALS, dataset.minerals(), text("id", MineralArea::id),
                text("status", m -> name(m.status())), geometry(Wkt::mineral));
        count += insert(Layer.SECTIONS, dataset.sections(), text("id", CorridorSection::id));
        count += insert(Layer.VEHICLES, dataset.vehicles(), text("id", Vehicle::id));
        count += insert(Layer.ACCESS_RULES, dataset.accessRules(), text("id", AccessRule::id));
        return count;
    }

    /** Inserts the records of a layer in one batch: each with its position, its columns and its JSON; returns how many. */
    @SafeVarargs
    private <T> int insert(Layer<T> layer, List<T> records, Column<T>... columns) throws SQLException {
        String names = Arrays.stream(columns).map(Column::name).collect(Collectors.joining(", "));
        String placeholders = Arrays.stream(columns).map(Column::placeholder).collect(Collectors.joining(", "));
        try (PreparedStatement insert = connection.prepareStatement("insert into " + layer.name() + " (position, "
                + names + ", record_json) values (?, " + placeholders + ", ?)")) {
            int position = 0;
            for (T record : records) {
                insert.setInt(1, position++);
                for (int c = 0; c < columns.length; c++) {
                    columns[c].binder().bind(insert, c + 2, record);
                }
                insert.setString(columns.length + 2, RecordJson.write(record));
                insert.addBatch();
            }
            return executed(insert.executeBatch());
        }
    }

    private static <T> Column<T> text(String name, Function<T, String> value) {
        return new Column<>(name, "?", (insert, index, record) -> insert.setString(index, value.apply(record)));
    }

    /** The {@code geom} column from a record's WKT (SRID 4326); null: the record has no geometry. */
    private static <T> Column<T> geometry(Function<T, String> wkt) {
        return new Column<>("geom", GEOMETRY, (insert, index, record) -> {
            String text = wkt.apply(record);
            if (text == null) {
                insert.setNull(index, Types.VARCHAR);
            } else {
                insert.setString(index, text);
            }
        });
    }

    private static String name(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(Locale.ROOT);
    }

    private static int executed(int[] counts) {
        // Drivers may report SUCCESS_NO_INFO (-2) for batched rows; each entry is one row here.
        return counts.length;
    }
}
