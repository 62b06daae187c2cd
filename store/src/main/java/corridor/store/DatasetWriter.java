package corridor.store;

import corridor.model.CorridorSection;
import corridor.model.Dataset;
import corridor.model.Incident;
import corridor.model.IndicatorValue;
import corridor.model.Link;
import corridor.model.MineralArea;
import corridor.model.ModeDefaults;
import corridor.model.Place;
import corridor.model.Project;
import corridor.model.Source;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** Replaces the dataset in a store's tables, within the caller's transaction. */
final class DatasetWriter {

    private static final List<String> TABLES = List.of("sources", "mode_defaults", "places", "links",
            "projects", "indicators", "incidents", "minerals", "corridor_sections");
    private static final String GEOMETRY = "ST_GeomFromText(?, 4326)";

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
            for (String table : TABLES) {
                statement.executeUpdate("delete from " + table);
            }
        }
        int count = sources(dataset.sources()) + modes(List.copyOf(dataset.modeDefaults().values()))
                + places(dataset.places()) + links(dataset.links()) + projects(dataset.projects())
                + indicators(dataset.indicators()) + incidents(dataset.incidents()) + minerals(dataset.minerals())
                + sections(dataset.sections());
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
             java.sql.ResultSet rows = query.executeQuery()) {
            // A store written before versions existed holds version 0 on its row: the next write is 1.
            return rows.next() ? rows.getLong(1) : -1;
        }
    }

    private int sources(List<Source> sources) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into sources (position, id, publisher_type, record_json) values (?, ?, ?, ?)")) {
            int position = 0;
            for (Source source : sources) {
                insert.setInt(1, position++);
                insert.setString(2, source.id());
                insert.setString(3, name(source.publisherType()));
                insert.setString(4, RecordJson.write(source));
                insert.addBatch();
            }
            return executed(insert.executeBatch());
        }
    }

    private int modes(List<ModeDefaults> modes) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into mode_defaults (position, mode, record_json) values (?, ?, ?)")) {
            int position = 0;
            for (ModeDefaults mode : modes) {
                insert.setInt(1, position++);
                insert.setString(2, name(mode.mode()));
                insert.setString(3, RecordJson.write(mode));
                insert.addBatch();
            }
            return executed(insert.executeBatch());
        }
    }

    private int places(List<Place> places) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into places (position, id, kind, country, geom, record_json) values (?, ?, ?, ?, "
                        + GEOMETRY + ", ?)")) {
            int position = 0;
            for (Place place : places) {
                insert.setInt(1, position++);
                insert.setString(2, place.id());
                insert.setString(3, name(place.kind()));
                insert.setString(4, place.country());
                insert.setString(5, Wkt.point(place.location()));
                insert.setString(6, RecordJson.write(place));
                insert.addBatch();
            }
            return executed(insert.executeBatch());
        }
    }

    private int links(List<Link> links) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into links (position, id, mode, status, "
                + "from_id, "
                + "to_id, geom, record_json) values (?, ?, ?, ?, ?, ?, " + GEOMETRY + ", ?)")) {
            int position = 0;
            for (Link link : links) {
                insert.setInt(1, position++);
                insert.setString(2, link.id());
                insert.setString(3, name(link.mode()));
                insert.setString(4, name(link.status()));
                insert.setString(5, link.fromId());
                insert.setString(6, link.toId());
                insert.setString(7, Wkt.lineString(link.geometry()));
                insert.setString(8, RecordJson.write(link));
                insert.addBatch();
            }
            return executed(insert.executeBatch());
        }
    }

    private int projects(List<Project> projects) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into projects (position, id, sector, status, geom, "
                + "record_json) values (?, ?, ?, ?, " + GEOMETRY + ", ?)")) {
            int position = 0;
            for (Project project : projects) {
                insert.setInt(1, position++);
                insert.setString(2, project.id());
                insert.setString(3, name(project.sector()));
                insert.setString(4, name(project.status()));
                if (project.location() == null) {
                    insert.setNull(5, Types.VARCHAR);
                } else {
                    insert.setString(5, Wkt.point(project.location()));
                }
                insert.setString(6, RecordJson.write(project));
                insert.addBatch();
            }
            return executed(insert.executeBatch());
        }
    }

    private int indicators(List<IndicatorValue> indicators) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into indicators (position, id, subject, measure, "
                + "reporter, record_json) values (?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (IndicatorValue value : indicators) {
                insert.setInt(1, position++);
                insert.setString(2, value.id());
                insert.setString(3, value.subject());
                insert.setString(4, value.measure());
                insert.setString(5, value.reporter());
                insert.setString(6, RecordJson.write(value));
                insert.addBatch();
            }
            return executed(insert.executeBatch());
        }
    }

    private int incidents(List<Incident> incidents) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into incidents (position, id, incident_date, geom, "
                + "record_json) values (?, ?, ?, " + GEOMETRY + ", ?)")) {
            int position = 0;
            for (Incident incident : incidents) {
                insert.setInt(1, position++);
                insert.setString(2, incident.id());
                insert.setDate(3, Date.valueOf(incident.date()));
                insert.setString(4, Wkt.point(incident.location()));
                insert.setString(5, RecordJson.write(incident));
                insert.addBatch();
            }
            return executed(insert.executeBatch());
        }
    }

    private int minerals(List<MineralArea> minerals) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into minerals (position, id, status, geom, "
                + "record_json) values (?, ?, ?, " + GEOMETRY + ", ?)")) {
            int position = 0;
            for (MineralArea area : minerals) {
                insert.setInt(1, position++);
                insert.setString(2, area.id());
                insert.setString(3, name(area.status()));
                insert.setString(4, Wkt.mineral(area));
                insert.setString(5, RecordJson.write(area));
                insert.addBatch();
            }
            return executed(insert.executeBatch());
        }
    }

    private int sections(List<CorridorSection> sections) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into corridor_sections (position, id, record_json) values (?, ?, ?)")) {
            int position = 0;
            for (CorridorSection section : sections) {
                insert.setInt(1, position++);
                insert.setString(2, section.id());
                insert.setString(3, RecordJson.write(section));
                insert.addBatch();
            }
            return executed(insert.executeBatch());
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(Locale.ROOT);
    }

    private static int executed(int[] counts) {
        // Drivers may report SUCCESS_NO_INFO (-2) for batched rows; each entry is one row here.
        return counts.length;
    }
}
