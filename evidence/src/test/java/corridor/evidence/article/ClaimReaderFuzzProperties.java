package corridor.evidence.article;

import corridor.data.BuiltInDataset;
import corridor.evidence.check.CheckLimitException;
import corridor.evidence.check.ClaimCheck;
import corridor.evidence.check.ClaimChecker;
import corridor.evidence.check.EvidenceValue;
import corridor.evidence.claim.Claim;
import corridor.model.InputException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any text at all, fed to the claim reader, the claim checker and the article checker: no
 * exception but the documented ones for bad input, and every value finite. Texts are arbitrary
 * strings, and strings biased to what the grammar reads: digits, dots, commas, currency signs,
 * percent signs, dashes and slashes, and the words it knows (scales, currencies, units, qualifiers,
 * change words, months, periods, measures).
 */
class ClaimReaderFuzzProperties {

    private static final ClaimChecker CHECKER = new ClaimChecker(BuiltInDataset.load());
    private static final ArticleChecker ARTICLES = new ArticleChecker(CHECKER);
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 8, 25);

    private static final List<String> WORDS = List.of("trade", "bilateral", "exports", "imports", "China", "Pakistan",
            "reached", "rose", "fell", "up", "down", "by", "an", "increase", "of", "year", "on", "jobs", "direct",
            "projects", "completed", "energy", "power", "SMEs", "km", "kilometres", "tonnes", "MW", "percent", "per",
            "cent", "percentage", "points", "pc", "%", "$", "US$", "USD", "Rs", "Rs.", "PKR", "RMB", "yuan", "¥",
            "dollars", "rupees", "billion", "bn", "million", "mn", "m", "thousand", "lakh", "crore", "trillion",
            "more", "than", "over", "nearly", "about", "at", "least", "up to", "less", "under", "some", "one", "eight",
            "twenty", "-", "hundred", "and", "point", "a", "half", "FY", "FY24", "fiscal", "2023-24", "2024/25", "in",
            "2024", "2019", "since", "2015", "the", "past", "decade", "last", "first", "six", "months", "H1", "Q3",
            "January", "Aug", "to", "so far", "Gwadar", "Karot", "CPEC", "Khunjerab", "road", "long", "cost", ",",
            ".", ";", "(", ")", "\"", "+", "/", "\n", "2.0.1", "10.0.0.1", "236.000.000", "25.08.2025", "1e308");

    /** Characters numbers are made of, and what stands around them. */
    private static Arbitrary<String> numberish() {
        return Arbitraries.strings().withChars("0123456789.,$%€£¥-/+ ").ofMinLength(1).ofMaxLength(30);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> words = Arbitraries.of(WORDS);
        Arbitrary<String> longs = Arbitraries.longs().map(n -> Long.toString(n));
        Arbitrary<String> doubles = Arbitraries.doubles().map(d -> Double.toString(d));
        Arbitrary<String> token = Arbitraries.frequencyOf(Tuple.of(4, words), Tuple.of(3, numberish()),
                Tuple.of(2, longs), Tuple.of(1, doubles), Tuple.of(1, Arbitraries.strings().ofMaxLength(8)));
        Arbitrary<String> biased = token.list().ofMaxSize(40).flatMap(parts -> Arbitraries.of(" ", "", " ", "\u00a0")
                .map(separator -> String.join(separator, parts)));
        Arbitrary<String> any = Arbitraries.strings().ofMaxLength(200);
        return Arbitraries.frequencyOf(Tuple.of(1, any), Tuple.of(4, biased));
    }

    @Property(tries = 1000)
    void theReaderReadsAnyTextIntoFiniteFiguresAtTheirOffsets(@ForAll("texts") String text) {
        for (Claim claim : CHECKER.reader().read(text, PUBLISHED)) {
            assertThat(Double.isFinite(claim.value())).as(text).isTrue();
            assertThat(Double.isFinite(claim.tolerance())).as(text).isTrue();
            assertThat(claim.tolerance()).as(text).isNotNegative();
            assertThat(text.substring(claim.start(), claim.end())).as(text).isEqualTo(claim.figureText());
            assertFinite(CHECKER.check(claim, "China Daily"), text);
        }
    }

    @Property(tries = 600)
    void theClaimCheckerAnswersAnyTextOrSaysWhatIsWrong(@ForAll("texts") String text) {
        try {
            CHECKER.check(text, "Dawn").forEach(check -> assertFinite(check, text));
        } catch (InputException | CheckLimitException e) {
            assertThat(e.getMessage()).as(text).isNotBlank();
        }
    }

    @Property(tries = 300)
    void theArticleCheckerAnswersAnyTextOrSaysWhatIsWrong(@ForAll("texts") String text) {
        ArticleReport report;
        try {
            report = ARTICLES.check(ArticleText.read(text, "fuzz"), null, PUBLISHED);
        } catch (InputException | CheckLimitException e) {
            assertThat(e.getMessage()).as(text).isNotBlank();
            return;
        }
        for (ArticleReport.FigureCheck f : report.figures()) {
            assertThat(report.text().substring(f.start(), f.end())).as(text).isEqualTo(f.figure());
            ArticleReport.QuotedSentence sentence = report.sentences().get(f.sentence());
            assertThat(f.start()).isGreaterThanOrEqualTo(sentence.start());
            assertThat(f.end()).isLessThanOrEqualTo(sentence.end());
            assertThat(sentence.excerpt()).contains(f.figure());
            assertFinite(f.check(), text);
        }
    }

    private static void assertFinite(ClaimCheck check, String text) {
        assertThat(check.explanation()).as(text).doesNotContain("Infinity", "NaN", "not a finite number");
        for (List<EvidenceValue> values : List.of(check.compared(), check.related(), check.otherMeasures())) {
            values.forEach(e -> assertThat(Double.isFinite(e.value())).as(text).isTrue());
        }
    }
}
