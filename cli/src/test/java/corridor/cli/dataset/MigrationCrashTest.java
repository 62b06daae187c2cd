package corridor.cli.dataset;

import corridor.cli.Main;
import corridor.cli.testing.CliRun;
import corridor.cli.testing.ServeProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code serve} halted during its first start's migration, as a real process (crash point
 * {@code store.migration-applied}: a migration's tables made, Flyway's record of it not): the next
 * start is refused with one line naming the command that repairs the store, and none of Flyway's
 * own log; after that command the store starts again.
 */
class MigrationCrashTest {

    @TempDir
    Path dir;

    @Test
    void aCrashDuringTheFirstMigrationIsRefusedInOneLineAndResetRepairsIt() throws Exception {
        Path db = dir.resolve("store");
        Path file = dir.resolve("store.mv.db");
        ServeProcess.Finished halted = ServeProcess.run(dir, "store.migration-applied", "serve", "--port", "0",
                "--db", db.toString(), "--token", ServeProcess.TOKEN);
        assertThat(halted.exitCode()).as(halted.output()).isEqualTo(137);
        assertThat(file).exists();

        ServeProcess.Finished refused = ServeProcess.run(dir, null, "serve", "--port", "0", "--db", db.toString(),
                "--token", ServeProcess.TOKEN);
        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(Main.EXIT_IO);
        assertThat(refused.output().strip().lines()).as(refused.output()).singleElement().asString()
                .startsWith("corridor: cannot migrate the store at " + file)
                .contains("corridor store reset --db " + file);
        assertThat(refused.output()).doesNotContain("restore backups").doesNotContain("ERROR");

        CliRun reset = CliRun.of("store", "reset", "--db", db.toString());
        assertThat(reset.exitCode()).as(reset.err()).isZero();
        try (ServeProcess again = ServeProcess.start(dir, null, "--db", db.toString())) {
            assertThat(again.output()).doesNotContain("cannot migrate");
        }
    }
}
