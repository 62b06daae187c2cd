package corridor.evidence.check;

import corridor.evidence.fixtures.Fixtures;
import corridor.model.Dataset;
import corridor.model.InputException;
import corridor.model.source.PublisherType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static corridor.evidence.fixtures.Fixtures.source;
import static corridor.evidence.fixtures.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ClaimCheckerTest {

    private final Dataset data = Fixtures.dataset(
            List.of(source("china-daily", "China Daily", PublisherType.STATE_MEDIA),
                    source("brecorder", "Business Recorder", PublisherType.INDEPENDENT_MEDIA),
                    source("tribune", "The Express Tribune", PublisherType.INDEPENDENT_MEDIA),
                    source("nation", "The Nation", PublisherType.INDEPENDENT_MEDIA)),
            List.of(),
            List.of(value("cd-2024", "trade.total", "CN-GACC", "2024", 23.1e9, "USD", "china-daily"),
                    value("cd-growth", "trade.total.growth", "CN-GACC", "2024", 11.1, "percent", "china-daily"),
                    value("br-2020-out", "trade.exports.cn_to_pk", "CN-GACC", "2020", 15.36e9, "USD", "brecorder"),
                    value("br-2020-in", "trade.exports.pk_to_cn", "CN-GACC", "2020", 2.12e9, "USD", "brecorder"),
                    value("br-2021", "trade.total", "CN-GACC", "2021", 27.82e9, "USD", "brecorder"),
                    value("sbp-fy24-out", "trade.exports.pk_to_cn", "PK-SBP", "FY2024", 2.707e9, "USD", "nation"),
                    value("jobs-direct", "jobs.direct", "CN-EMBASSY", "2013/2023", 155_000, "jobs", "tribune"),
                    value("smes", "smes.benefited", "PK-BOI", "2013/2020", 100, "count", "nation")));

    private final ClaimChecker checker = new ClaimChecker(data);

    @Test
    void aFigureWhoseOnlySourceIsItsOwnPublisherIsUnverifiable() {
        List<ClaimCheck> checks = checker.check("bilateral trade reached $23.1 billion in 2024, up 11.1% from the "
                + "previous year", "China Daily");
        assertThat(checks).hasSize(2).allSatisfy(c -> {
            assertThat(c.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
            assertThat(c.onlyOwnPublisher()).isTrue();
            assertThat(c.explanation()).contains("only source", "China Daily (state media)");
        });
        // without knowing who made the claim, China Daily's figure counts as a source
        assertThat(checker.check("bilateral trade reached $23.1 billion in 2024", "").get(0).verdict())
                .isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void valueWithinHalfAUnitOfTheLastDigitIsSupported() {
        ClaimCheck check = checker.check("bilateral trade was US$27.8 billion in 2021", "Dawn").get(0);
        assertThat(check.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(check.explanation()).contains("27.82", "Business Recorder (independent media)", "tolerance");
        ClaimCheck off = checker.check("bilateral trade was US$27.5 billion in 2021", "Dawn").get(0);
        assertThat(off.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(off.compared()).singleElement().extracting(EvidenceValue::fit).isEqualTo(Fit.DIFFERS);
    }

    @Test
    void totalIsDerivedFromOneReportersTwoDirectionsOfTheSamePeriod() {
        ClaimCheck check = checker.check("bilateral trade was $17.5 billion in 2020", "").get(0);
        assertThat(check.verdict()).isEqualTo(Verdict.SUPPORTED);
        EvidenceValue derived = check.compared().get(0);
        assertThat(derived.value()).isCloseTo(17.48e9, within(1.0));
        assertThat(derived.derivation()).contains("sum of CN-GACC's exports both ways for 2020");
        assertThat(derived.indicatorIds()).containsExactly("br-2020-out", "br-2020-in");
    }

    @Test
    void aChangeIsComputedFromTheSameReportersConsecutiveYears() {
        // 2020 derived 17.48 bn to 2021 27.82 bn: +59.15%
        ClaimCheck check = checker.check("bilateral trade rose 59.1% in 2021", "").get(0);
        assertThat(check.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(check.compared().get(0).value()).isCloseTo(59.15, within(0.01));
        assertThat(check.compared().get(0).derivation()).contains("computed from CN-GACC");
        assertThat(checker.check("bilateral trade rose 40% in 2021", "").get(0).verdict())
                .isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void aFiscalYearNeverBacksACalendarYearClaim() {
        ClaimCheck check = checker.check("Pakistan's exports to China were $2.7 billion in 2024", "").get(0);
        assertThat(check.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(check.compared()).isEmpty();
        assertThat(check.related()).extracting(EvidenceValue::indicatorIds).containsExactly(List.of("sbp-fy24-out"));
        assertThat(check.explanation()).contains("Periods differ", "FY2024 (fiscal year Jul 2023–Jun 2024)");
        assertThat(checker.check("Pakistan's exports to China were $2.7 billion in FY2024", "").get(0).verdict())
                .isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void countsAndBounds() {
        ClaimCheck jobs = checker.check("CPEC created 236,000 direct jobs", "China Daily").get(0);
        assertThat(jobs.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(jobs.explanation()).contains("155,000 jobs", "The Express Tribune");
        ClaimCheck smes = checker.check("more than 100 SMEs benefited", "China Daily").get(0);
        assertThat(smes.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(smes.explanation()).contains("exactly the claim's bound");
        assertThat(checker.check("at least 90 SMEs benefited", "").get(0).verdict()).isEqualTo(Verdict.SUPPORTED);
        // this dataset measures no exploration areas, so "eight" counts nothing the data know
        assertThatThrownBy(() -> checker.check("eight exploration areas", "")).isInstanceOf(InputException.class)
                .hasMessageContaining("no quantitative claim");
    }

    @Test
    void rupeesAreConvertedOnlyWithASourcedRateForThePeriod() {
        Dataset withRate = Fixtures.dataset(List.of(source("brecorder", "Business Recorder", PublisherType.INDEPENDENT_MEDIA),
                        source("sbp", "State Bank of Pakistan", PublisherType.GOVERNMENT)), List.of(),
                List.of(value("br-2021", "trade.total", "CN-GACC", "2021", 27.82e9, "USD", "brecorder"),
                        value("sbp-rate-2021", "fx.pkr", "PK-SBP", "2021", 162.9, "PKR/USD", "sbp")));
        ClaimCheck converted = new ClaimChecker(withRate).check("bilateral trade reached Rs 4,532 billion in 2021", "")
                .get(0);
        // 4,532 bn / 162.9 = US$27.82 bn
        assertThat(converted.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(converted.explanation()).contains("Converted at 162.9 PKR per US dollar (sbp-rate-2021, State Bank of "
                + "Pakistan (government))");
        // no rate for 2020: not comparable, never converted at a rate nobody published
        ClaimCheck noRate = new ClaimChecker(withRate).check("bilateral trade reached Rs 2,800 billion in 2020", "")
                .get(0);
        assertThat(noRate.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(noRate.explanation()).contains("Not comparable", "no sourced PKR/USD exchange rate for 2020");
        // yuan with no CNY/USD rate at all
        assertThat(new ClaimChecker(withRate).check("bilateral trade reached RMB 180 billion in 2021", "").get(0)
                .explanation()).contains("Not comparable", "CNY/USD");
    }
}
