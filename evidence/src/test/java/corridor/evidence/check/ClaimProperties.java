package corridor.evidence.check;

import corridor.evidence.fixtures.Fixtures;
import corridor.evidence.text.NumberWords;
import corridor.model.Dataset;
import corridor.model.source.PublisherType;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.util.Arrays;
import java.util.List;

import static corridor.evidence.fixtures.Fixtures.source;
import static corridor.evidence.fixtures.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

/** Properties of the claim grammar: numbers in words read back, and each qualifier's direction. */
class ClaimProperties {

    @Property(tries = 2000)
    void numbersInWordsReadBackToTheirValue(@ForAll @LongRange(min = 0, max = 999_999_999_999L) long n) {
        String words = NumberWords.words(n);
        List<String> parts = Arrays.stream(words.split("[ -]")).toList();
        NumberWords.Reading reading = NumberWords.read(parts).orElseThrow();
        assertThat(reading.value()).as(words).isEqualTo((double) n);
        assertThat(reading.wordCount()).as(words).isEqualTo(parts.size());
    }

    /** A dataset where an independent source says {@code count} SMEs benefited. */
    private static ClaimChecker checker(int count) {
        Dataset data = Fixtures.dataset(List.of(source("boi", "Board of Investment", PublisherType.GOVERNMENT)),
                List.of(), List.of(value("smes", "smes.benefited", "PK-BOI", "2013/2020", count, "count", "boi")));
        return new ClaimChecker(data);
    }

    private static Verdict verdict(int dataValue, String qualifier, int claimed) {
        // written with a thousands separator, as newspapers do (a bare 1900 reads as a year)
        return checker(dataValue).check(qualifier + " " + String.format(java.util.Locale.ROOT, "%,d", claimed)
                + " SMEs benefited", "").get(0).verdict();
    }

    @Property(tries = 300)
    void moreThanHoldsExactlyAboveTheFigure(@ForAll @IntRange(min = 1, max = 5000) int data,
                                            @ForAll @IntRange(min = 1, max = 5000) int claimed) {
        Verdict v = verdict(data, "more than", claimed);
        assertThat(v).isEqualTo(data > claimed ? Verdict.SUPPORTED : data == claimed ? Verdict.UNVERIFIABLE
                : Verdict.CONTRADICTED);
    }

    @Property(tries = 300)
    void atLeastAndUpToAreBoundsInOppositeDirections(@ForAll @IntRange(min = 1, max = 5000) int data,
                                                    @ForAll @IntRange(min = 1, max = 5000) int claimed) {
        assertThat(verdict(data, "at least", claimed)).isEqualTo(data >= claimed ? Verdict.SUPPORTED
                : Verdict.CONTRADICTED);
        assertThat(verdict(data, "up to", claimed)).isEqualTo(data <= claimed ? Verdict.SUPPORTED
                : Verdict.CONTRADICTED);
        assertThat(verdict(data, "less than", claimed)).isEqualTo(data < claimed ? Verdict.SUPPORTED
                : data == claimed ? Verdict.UNVERIFIABLE : Verdict.CONTRADICTED);
    }

    @Property(tries = 300)
    void nearlyIsAnUpperBoundWithinFivePercentAndAboutIsSymmetric(@ForAll @IntRange(min = 100, max = 5000) int data,
                                                                 @ForAll @IntRange(min = 100, max = 5000) int claimed) {
        boolean nearly = data <= claimed + 0.5 && data >= claimed - 0.05 * claimed;
        assertThat(verdict(data, "nearly", claimed)).isEqualTo(nearly ? Verdict.SUPPORTED : Verdict.CONTRADICTED);
        boolean about = Math.abs(data - claimed) <= 0.05 * claimed;
        assertThat(verdict(data, "about", claimed)).isEqualTo(about ? Verdict.SUPPORTED : Verdict.CONTRADICTED);
    }
}
