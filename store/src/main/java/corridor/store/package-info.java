/**
 * The dataset, uploaded scenarios and posted pings kept in a spatial database (an embedded H2GIS
 * file or PostgreSQL with PostGIS): {@link corridor.store.Store} opens the pool and runs the Flyway
 * migrations, and hands each request to the class that keeps that thing ({@code DatasetTables},
 * {@code ScenarioTable}, {@code PingBatchTable}, over the pool's {@code Database}); records are kept
 * as JSON ({@code RecordJson}) beside the columns queries select on.
 * May use: model, Jackson, JDBC (H2, H2GIS, PostgreSQL, HikariCP), Flyway.
 */
package corridor.store;
