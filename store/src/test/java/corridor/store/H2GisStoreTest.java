package corridor.store;

import corridor.model.InputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded back end: an H2GIS file in a temporary directory. */
class H2GisStoreTest extends StoreContract {

    @TempDir
    Path dir;
    private Store store;

    @BeforeEach
    void open() {
        store = Store.open(StoreTarget.embedded(dir.resolve("corridor")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Override
    Store store() {
        return store;
    }

    @Test
    void theFileIsCreatedAndReusedAfterARestart() {
        SyncResult first = store.sync(SmallDataset.dataset());
        store.close();
        assertThat(dir.resolve("corridor.mv.db")).isRegularFile();

        store = Store.open(StoreTarget.embedded(dir.resolve("corridor.mv.db")));
        SyncResult afterRestart = store.sync(SmallDataset.dataset());

        assertThat(afterRestart.reloaded()).isFalse();
        assertThat(afterRestart.dataset()).isEqualTo(first.dataset());
        assertThat(store.readDataset()).contains(SmallDataset.dataset());
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedByName() throws Exception {
        Path notADatabase = dir.resolve("broken.mv.db");
        Files.writeString(notADatabase, "not an H2 file");

        assertThatThrownBy(() -> Store.open(StoreTarget.embedded(notADatabase)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("broken.mv.db").hasMessageContaining("not an H2 database file");
    }

    @Test
    void aFileNameWithASemicolonIsRefused() {
        assertThatThrownBy(() -> StoreTarget.embedded(dir.resolve("x;MODE=MySQL")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("--db").hasMessageContaining(";");
    }

    @Test
    void aPostgresUrlIsDescribedWithoutItsCredentials() {
        StoreTarget target = StoreTarget.postgres("jdbc:postgresql://db:5432/corridor?user=me&password=secret", "", "");

        assertThat(target.describe()).isEqualTo("jdbc:postgresql://db:5432/corridor").doesNotContain("secret");
        assertThatThrownBy(() -> StoreTarget.postgres("jdbc:mysql://db/x", "", ""))
                .isInstanceOf(InputException.class).hasMessageContaining("--db");
    }
}
