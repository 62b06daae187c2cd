package corridor.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.cli.testing.CliRun;
import corridor.cli.testing.ServeProcess;
import corridor.data.BuiltInDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code serve} killed during and after uploads, as a real process: halted at each step of an upload
 * (before the store's commit, after it, after the swap) and with {@code kill -9} after an answered
 * upload; each restart opens the store and serves one consistent version: the old dataset when the
 * commit had not happened, the upload once it had (uploads are durable).
 */
class CrashRecoveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FILES = List.of("sources.csv", "modes.csv", "places.geojson", "calendars.csv",
            "links.geojson", "projects.geojson", "indicators.csv", "minerals.geojson");
    /** Crash points of an upload, in order, and whether the upload is in the store after a halt there. */
    private static final List<String> POINTS = List.of("store.before-commit", "upload.after-store", "upload.after-swap");

    @TempDir
    Path dir;

    @Test
    void killedDuringAndAfterUploadsTheStoreOpensAndServesOneVersion() throws Exception {
        Path db = dir.resolve("store");
        int builtInIncidents;
        try (ServeProcess first = ServeProcess.start(dir, null, "--db", db.toString())) {
            builtInIncidents = served(first, "cpec");
        }
        assertThat(builtInIncidents).isPositive();

        String expected = "cpec";
        for (int i = 0; i < POINTS.size(); i++) {
            String point = POINTS.get(i);
            try (ServeProcess serve = ServeProcess.start(dir, point, "--db", db.toString())) {
                served(serve, expected);
                String name = "upload-" + i;
                assertThatThrownBy(() -> serve.put("/api/dataset", upload(name))).isInstanceOf(IOException.class);
                assertThat(serve.awaitExit()).as(serve.output()).isEqualTo(137);
                assertThat(serve.output()).contains("halting at crash point " + point);
                expected = point.equals("store.before-commit") ? expected : name;
            }
        }
        try (ServeProcess serve = ServeProcess.start(dir, null, "--db", db.toString())) {
            served(serve, expected);
            assertThat(serve.output()).contains("serving the dataset '" + expected + "' uploaded at");
            ServeProcess.Reply answered = serve.put("/api/dataset", upload("answered"));
            assertThat(answered.status()).as(answered.body()).isEqualTo(200);
            assertThat(JSON.readTree(answered.body()).get("version").asLong()).isEqualTo(answered.version());
            serve.kill();
        }
        try (ServeProcess serve = ServeProcess.start(dir, null, "--db", db.toString())) {
            served(serve, "answered");
        }
        try (ServeProcess serve = ServeProcess.start(dir, null, "--db", db.toString(), "--reload-data")) {
            assertThat(served(serve, "cpec")).isEqualTo(builtInIncidents);
        }
    }

    /**
     * Asserts that {@code serve} serves the dataset {@code name}, the summary and a layer from one
     * version; returns the number of incidents (0 for an upload, which has none).
     */
    private static int served(ServeProcess serve, String name) throws Exception {
        ServeProcess.Reply summary = serve.get("/api/summary");
        assertThat(summary.status()).as(summary.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(summary.body());
        assertThat(body.get("name").asText()).as(serve.output()).isEqualTo(name);
        assertThat(body.get("dataset_version").asLong()).isEqualTo(summary.version()).isPositive();
        ServeProcess.Reply incidents = serve.get("/api/incidents");
        assertThat(incidents.version()).isEqualTo(summary.version());
        int count = JSON.readTree(incidents.body()).get("features").size();
        assertThat(count == 0).isEqualTo(!name.equals("cpec"));
        return count;
    }

    /** An upload body: the built-in dataset without incidents, under {@code name}. */
    static String upload(String name) {
        ObjectNode body = JSON.createObjectNode();
        body.put("name", name);
        ObjectNode files = body.putObject("files");
        for (String file : FILES) {
            try (InputStream in = CrashRecoveryTest.class.getClassLoader()
                    .getResourceAsStream(BuiltInDataset.RESOURCE_FOLDER + file)) {
                if (in != null) {
                    files.put(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return body.toString();
    }

    @Test
    void aStoreThatCannotBeReadIsRefusedInOneLineWithTheCommandThatRepairsIt() throws Exception {
        Path db = dir.resolve("store");
        try (ServeProcess first = ServeProcess.start(dir, null, "--db", db.toString())) {
            served(first, "cpec");
        }
        Path file = dir.resolve("store.mv.db");
        // What a crash during a migration leaves on H2, whose DDL cannot be rolled back: a failed migration.
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + db);
             Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("update \"flyway_schema_history\" set \"success\" = false "
                    + "where \"version\" = '3'")).isEqualTo(1);
        }
        ServeProcess.Finished refused = ServeProcess.run(dir, null, "serve", "--port", "0", "--db", db.toString(),
                "--token", ServeProcess.TOKEN);
        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(3);
        assertThat(refused.output().strip().lines().count()).as(refused.output()).isEqualTo(1);
        assertThat(refused.output()).contains("corridor store reset --db " + file);

        CliRun reset = CliRun.of("store", "reset", "--db", db.toString());
        assertThat(reset.exitCode()).as(reset.err()).isZero();
        assertThat(file).doesNotExist();
        try (ServeProcess again = ServeProcess.start(dir, null, "--db", db.toString())) {
            served(again, "cpec");
        }
    }
}
