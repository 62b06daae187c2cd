package corridor.evidence.claim;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LexiconFileTest {

    @Test
    void readsSectionsOfWordsWithTheirFormsPassingOverCommentsAndBlankLines() {
        Map<String, Map<String, List<String>>> sections = LexiconFile.parse(List.of("# words", "", "[forms]",
                "trade: trade | trading", "# a comment inside", "sez: special economic zone | 经济特区", "[not-forms]",
                "trade: 贸易逆差"), "test.txt");
        assertThat(sections).containsOnlyKeys("forms", "not-forms");
        assertThat(sections.get("forms")).containsEntry("trade", List.of("trade", "trading"))
                .containsEntry("sez", List.of("special economic zone", "经济特区")).hasSize(2);
        assertThat(sections.get("not-forms")).containsExactly(Map.entry("trade", List.of("贸易逆差")));
    }

    @Test
    void aMalformedLineARepeatedWordOrAMissingSectionNamesTheLine() {
        assertThatThrownBy(() -> LexiconFile.parse(List.of("trade: trade"), "test.txt"))
                .hasMessageContaining("test.txt line 1: expected [section]");
        assertThatThrownBy(() -> LexiconFile.parse(List.of("[forms]", "trade trading"), "test.txt"))
                .hasMessageContaining("test.txt line 2");
        assertThatThrownBy(() -> LexiconFile.parse(List.of("[forms]", "trade: a", "trade: b"), "test.txt"))
                .hasMessageContaining("test.txt line 3: 'trade' again");
        assertThatThrownBy(() -> LexiconFile.parse(List.of("[forms]", "trade: a | | b"), "test.txt"))
                .hasMessageContaining("an empty form of 'trade'");
        assertThatThrownBy(() -> LexiconFile.read("lexicon.txt", "forms", "no-such-section"))
                .hasMessageContaining("no section [no-such-section]");
    }

    @Test
    void theShippedLexiconHoldsWhatTheClassListedBefore() {
        assertThat(Lexicon.forms("exports")).startsWith("export", "exports").contains("imports", "出口", "برآمدات");
        assertThat(Lexicon.forms("tonnes")).containsExactly("tonnes", "tonne", "tonnes");
        assertThat(Lexicon.NAME_FORMS.get("gwadar")).containsExactly("瓜达尔", "گوادر");
        assertThat(Lexicon.NOT_FORMS).containsOnlyKeys("investment", "trade", "exports");
    }
}
