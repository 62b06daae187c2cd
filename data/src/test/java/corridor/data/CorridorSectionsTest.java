package corridor.data;

import corridor.data.load.DatasetLoad;
import corridor.data.load.Problem;
import corridor.model.network.CorridorSection;
import corridor.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CorridorSectionsTest {

    @TempDir
    Path dir;

    @Test
    void builtInSectionsAreChainsOfExistingLinks() {
        Dataset dataset = BuiltInDataset.load();
        assertThat(dataset.sections()).extracting(CorridorSection::id)
                .contains("khunjerab-islamabad", "islamabad-karachi", "karachi-gwadar", "burhan-gwadar");
        CorridorSection north = dataset.sections().stream().filter(s -> s.id().equals("khunjerab-islamabad"))
                .findFirst().orElseThrow();
        assertThat(north.linkIds()).startsWith("kkh-khunjerab-sost").endsWith("m1-burhan-islamabad");
        assertThat(DatasetReader.readBuiltIn().problems()).noneMatch(p -> p.file().equals("sections.csv"));
    }

    @Test
    void unknownLinksBrokenChainsAndMissingSourcesAreErrorsAndTheSectionIsLeftOut() throws IOException {
        BuiltInDataset.exportTo(dir);
        Files.writeString(dir.resolve("sections.csv"), """
                id,name,links,source
                good,Pindi Bhattian–Multan,m2-pindi-bhattian-lahore;m3-m4-lahore-multan,liquisearch-motorways
                typo,Typo,m2-pindi-bhattian-lahore;m3-lahore-multan,liquisearch-motorways
                gap,Gap,m2-pindi-bhattian-lahore;m5-multan-sukkur,liquisearch-motorways
                twice,Twice,m2-pindi-bhattian-lahore;m2-pindi-bhattian-lahore,liquisearch-motorways
                empty,Empty,,liquisearch-motorways
                unsourced,Unsourced,n10-karachi-gwadar,no-such-source
                reversed,Karachi–Lahore,m9-hyderabad-karachi;n5-sukkur-hyderabad;m5-multan-sukkur;m3-m4-lahore-multan,liquisearch-motorways
                """, StandardCharsets.UTF_8);
        DatasetLoad load = DatasetReader.read(dir);
        List<Problem> errors = load.errors().stream().filter(p -> p.file().equals("sections.csv")).toList();
        assertThat(errors).extracting(Problem::location).containsExactlyInAnyOrder("line 3", "line 4", "line 5",
                "line 6", "line 7");
        assertThat(errors).anySatisfy(p -> assertThat(p.message()).contains("unknown link 'm3-lahore-multan'"));
        assertThat(errors).anySatisfy(p -> assertThat(p.message())
                .contains("not a chain: 'm2-pindi-bhattian-lahore' and 'm5-multan-sukkur' share no end place"));
        assertThat(errors).anySatisfy(p -> assertThat(p.message()).contains("listed twice"));
        assertThat(errors).anySatisfy(p -> assertThat(p.message()).contains("unknown source 'no-such-source'"));
        assertThat(load.dataset().sections()).extracting(CorridorSection::id).containsExactly("good", "reversed");
    }
}
