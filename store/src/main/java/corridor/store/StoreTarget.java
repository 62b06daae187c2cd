package corridor.store;

import corridor.model.InputException;

import java.nio.file.Path;

/**
 * Which database a {@link Store} lives in: an embedded H2GIS file, or a PostgreSQL database
 * with PostGIS.
 *
 * @param vendor   the kind of database
 * @param jdbcUrl  its JDBC URL
 * @param user     the user to connect as (empty for the embedded file)
 * @param password the password (empty for the embedded file)
 */
public record StoreTarget(Vendor vendor, String jdbcUrl, String user, String password) {

    /** The database kinds a store can live in. */
    public enum Vendor {
        /** H2 with the H2GIS spatial functions, in a file on this machine. */
        H2GIS("h2"),
        /** PostgreSQL with the PostGIS extension. */
        POSTGIS("postgresql");

        private final String migrationFolder;

        Vendor(String migrationFolder) {
            this.migrationFolder = migrationFolder;
        }

        /** The folder of the migrations only this vendor runs. */
        String migrationFolder() {
            return migrationFolder;
        }
    }

    /** The suffix H2 adds to a database file name. */
    private static final String H2_SUFFIX = ".mv.db";

    /**
     * An embedded store in {@code file} (H2 writes {@code file.mv.db}; a name already ending in
     * {@code .mv.db} is taken as is).
     *
     * @throws InputException when the path cannot be a plain H2 file name
     */
    public static StoreTarget embedded(Path file) {
        String path = file.toAbsolutePath().normalize().toString();
        if (path.endsWith(H2_SUFFIX)) {
            path = path.substring(0, path.length() - H2_SUFFIX.length());
        }
        // ';' would start H2 URL settings and could change how the database is opened.
        if (path.contains(";")) {
            throw InputException.ofParameter("--db", "a database file name may not contain ';': " + file);
        }
        // WRITE_DELAY=0: a commit is written to the file before it returns, so that an upload answered
        // 200 survives the process being killed (H2 otherwise writes committed changes up to 0.5 s later).
        return new StoreTarget(Vendor.H2GIS, "jdbc:h2:file:" + path + ";WRITE_DELAY=0", "", "");
    }

    /**
     * A PostgreSQL database with PostGIS.
     *
     * @throws InputException when {@code jdbcUrl} is not a PostgreSQL JDBC URL
     */
    public static StoreTarget postgres(String jdbcUrl, String user, String password) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw InputException.ofParameter("--db", "not a PostgreSQL URL: '" + jdbcUrl
                    + "'; expected jdbc:postgresql://HOST:PORT/DATABASE");
        }
        return new StoreTarget(Vendor.POSTGIS, jdbcUrl, user == null ? "" : user, password == null ? "" : password);
    }

    /** The embedded store's file ({@code NAME.mv.db}). */
    public Path file() {
        if (vendor != Vendor.H2GIS) {
            throw new IllegalStateException("a PostgreSQL store has no file");
        }
        return Path.of(base() + H2_SUFFIX);
    }

    /** The embedded store's name as H2 takes it: the file without {@code .mv.db}. */
    Path base() {
        String rest = jdbcUrl.substring("jdbc:h2:file:".length());
        int settings = rest.indexOf(';');
        return Path.of(settings < 0 ? rest : rest.substring(0, settings));
    }

    /**
     * Where the store is, for messages and the API: the file, or the URL without its parameters
     * (which may carry a user and password).
     */
    public String describe() {
        if (vendor == Vendor.H2GIS) {
            return file().toString();
        }
        int parameters = jdbcUrl.indexOf('?');
        return parameters < 0 ? jdbcUrl : jdbcUrl.substring(0, parameters);
    }
}
