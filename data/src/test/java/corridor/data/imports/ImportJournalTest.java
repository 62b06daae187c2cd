package corridor.data.imports;

import corridor.data.DatasetReader;
import corridor.model.record.Incident;
import corridor.model.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static corridor.data.imports.ImportFixture.DAY;
import static corridor.data.imports.ImportFixture.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A dataset directory an import left half committed (its journal written, sources.csv moved in,
 * the incidents still staged), as a crash right after the first move leaves it: the reader refuses
 * it, {@link ImportJournal#completeInterrupted} rolls it forward to what the import would have
 * written; a live import's journal and a journal not written by an import are left alone.
 */
class ImportJournalTest {

    @TempDir
    Path temp;

    /** The directory as an ACLED import into the base dataset leaves it whole, and as it left it half. */
    private Map<String, String> halfImported(Path half, String stagingName) throws IOException {
        Path whole = ImportFixture.baseDataset(temp.resolve("whole"));
        DatasetImport.apply(whole, Importers.read(ImportKind.ACLED, "acled-sample.csv", resource("acled-sample.csv"),
                ImportOptions.strict(DAY)), false);
        Files.createDirectories(half);
        for (String name : ImportFixture.BASE_FILES) {
            Files.copy(whole.resolve(name), half.resolve(name));
        }
        Path staging = Files.createDirectory(half.getParent().resolve(stagingName));
        Files.copy(whole.resolve("incidents.geojson"), staging.resolve("incidents.geojson"));
        Files.writeString(half.resolve(".corridor-import-journal"), stagingName + "\nsources.csv\nincidents.geojson\n");
        return ImportFixture.snapshot(whole);
    }

    @Test
    void aHalfImportedDirectoryIsRefusedByTheReaderAndCompletedByRollingForward() throws IOException {
        Path half = temp.resolve("half").resolve("dataset");
        Map<String, String> whole = halfImported(half, ".corridor-import-dead");
        assertThat(half.resolve("incidents.geojson")).doesNotExist();

        assertThat(DatasetReader.read(half).errors()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("an import into it is unfinished", ".corridor-import-journal"));

        assertThat(ImportJournal.completeInterrupted(half)).hasValue("completed an import into " + half
                + " that was interrupted after its commit (1 of its 2 files were still to move in)");
        assertThat(ImportFixture.snapshot(half)).isEqualTo(whole);
        assertThat(half.resolveSibling(".corridor-import-dead")).doesNotExist();
        assertThat(DatasetReader.read(half).orThrow().incidents()).extracting(Incident::id)
                .contains("acled-pak90001");
        assertThat(ImportJournal.completeInterrupted(half)).isEmpty();
    }

    @Test
    void anImportCommittingNowIsNotTouched() throws IOException {
        Path half = temp.resolve("live").resolve("dataset");
        Files.createDirectories(half);
        try (ImportJournal.Staging live = ImportJournal.stage(half)) {
            Files.writeString(live.dir().resolve("sources.csv"), "staged\n");
            Files.writeString(half.resolve(".corridor-import-journal"), live.dir().getFileName() + "\nsources.csv\n");
            assertThatThrownBy(() -> ImportJournal.completeInterrupted(half)).isInstanceOf(InputException.class)
                    .hasMessageContaining("an import into it is committing now");
            assertThat(live.dir().resolve("sources.csv")).exists();
            assertThat(half.resolve(".corridor-import-journal")).exists();
        }
    }

    @Test
    void aJournalNotWrittenByAnImportIsNotObeyed() throws IOException {
        Path dir = ImportFixture.baseDataset(temp.resolve("forged"));
        Path precious = Files.createDirectories(temp.resolve("precious"));
        Files.writeString(precious.resolve("keep.txt"), "mine");
        for (String journal : new String[]{"../precious\nsources.csv\n", ".corridor-import-x\n../../etc/passwd\n",
                ".corridor-import-x\n/etc/passwd\n", ""}) {
            Files.writeString(dir.resolve(".corridor-import-journal"), journal);
            assertThatThrownBy(() -> ImportJournal.completeInterrupted(dir)).isInstanceOf(InputException.class)
                    .hasMessageContaining("is not a journal an import wrote");
        }
        assertThat(precious.resolve("keep.txt")).hasContent("mine");
        assertThat(dir.resolve(".corridor-import-journal")).exists();
    }

    @Test
    void aJournalWhoseStagedFilesAreGoneSaysTheImportMayBeInPart() throws IOException {
        Path half = temp.resolve("gone").resolve("dataset");
        halfImported(half, ".corridor-import-removed");
        ImportJournal.deleteQuietly(half.resolveSibling(".corridor-import-removed"));
        assertThat(ImportJournal.completeInterrupted(half)).hasValueSatisfying(note -> assertThat(note)
                .contains("its staged files are gone", "import the file again"));
        assertThat(half.resolve(".corridor-import-journal")).doesNotExist();
        assertThat(DatasetReader.read(half).hasErrors()).isFalse();
    }
}
