package corridor.evidence.check;

import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.model.record.IndicatorValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Amounts in rupees and yuan checked against the built-in dataset's US-dollar values, converted at
 * the exchange rates the dataset holds as sourced indicators ({@code fx.pkr}, {@code fx.cny}); a
 * period with no rate stays not comparable.
 */
class ExchangeRateClaimTest {

    private static final Dataset CPEC = BuiltInDataset.load();
    private static final ClaimChecker CHECKER = new ClaimChecker(CPEC);

    private static ClaimCheck check(String text) {
        return CHECKER.check(text, "").get(0);
    }

    private static double value(String indicatorId) {
        return CPEC.indicators().stream().filter(i -> i.id().equals(indicatorId)).mapToDouble(IndicatorValue::value)
                .findFirst().orElseThrow(() -> new AssertionError("no indicator " + indicatorId));
    }

    @Test
    void theBuiltInDatasetHoldsSourcedRatesForRupeesAndYuan() {
        assertThat(CPEC.indicators()).filteredOn(i -> i.unit().endsWith("/USD"))
                .allSatisfy(i -> assertThat(i.provenance().sourceIds()).isNotEmpty())
                .extracting(IndicatorValue::unit).contains("PKR/USD", "CNY/USD");
        assertThat(value("fx-pkr-2021")).isEqualTo(162.91);
        assertThat(value("fx-cny-2020")).isEqualTo(6.8974);
    }

    @Test
    void rupeesAtThe2021RateMatchChinasCustomsTotal() {
        // Rs 4,532 bn / 162.91 = US$27.82 bn, China's customs' total for 2021
        ClaimCheck check = check("Pakistan-China trade reached Rs 4,532 billion in 2021");
        assertThat(check.claim().unit()).isEqualTo("PKR");
        assertThat(check.verdict()).as(check.explanation()).isEqualTo(Verdict.SUPPORTED);
        assertThat(check.explanation()).contains("Converted at 162.91 PKR per US dollar (fx-pkr-2021, IndexMundi",
                "Matching: CN-GACC trade.total 2021 = US$27.82 billion");
        // the same in Urdu (4532 ارب روپے)
        ClaimCheck urdu = check("2021 میں پاکستان اور چین کی دوطرفہ تجارت 4532 ارب روپے رہی");
        assertThat(urdu.verdict()).as(urdu.explanation()).isEqualTo(Verdict.SUPPORTED);
        assertThat(urdu.explanation()).contains("Converted at 162.91 PKR per US dollar (fx-pkr-2021");
    }

    @Test
    void rupeesThatConvertToTooLittleAreContradicted() {
        // Rs 3,000 bn / 162.91 = US$18.4 bn, far from US$27.82 bn
        ClaimCheck check = check("Pakistan-China trade reached Rs 3,000 billion in 2021");
        assertThat(check.verdict()).as(check.explanation()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(check.explanation()).contains("Converted at 162.91 PKR per US dollar (fx-pkr-2021");
    }

    @Test
    void exportsInRupeesAreConvertedLikeTotals() {
        // Rs 583 bn / 162.91 = US$3.58 bn, China's imports from Pakistan in 2021
        ClaimCheck check = check("Pakistan's exports to China were Rs 583 billion in 2021");
        assertThat(check.claim().measures()).contains("trade.exports.pk_to_cn");
        assertThat(check.verdict()).as(check.explanation()).isEqualTo(Verdict.SUPPORTED);
        assertThat(check.explanation()).contains("fx-pkr-2021",
                "Matching: CN-GACC trade.exports.pk_to_cn 2021 = US$3.58 billion");
    }

    @Test
    void yuanAtTheCommuniquesRateAreJudgedAsTheirDollarTwin() {
        // 120.6 bn yuan / 6.8974 = US$17.485 bn: China's customs' US$17.49 bn for 2020 matches, the Pakistan-China
        // chamber's exports both ways (US$14.26 bn) do not, so the data disagree, as for the claim in dollars
        ClaimCheck yuan = check("China-Pakistan trade reached 120.6 billion yuan in 2020");
        ClaimCheck dollars = check("China-Pakistan trade reached US$17.49 billion in 2020");
        assertThat(yuan.claim().unit()).isEqualTo("CNY");
        assertThat(yuan.verdict()).as(yuan.explanation()).isEqualTo(Verdict.DISPUTED).isEqualTo(dollars.verdict());
        assertThat(yuan.explanation()).contains("Converted at 6.8974 CNY per US dollar (fx-cny-2020, China Daily",
                "Matching: CN-GACC trade.total 2020 = US$17.49 billion", "Differing: PCJCCI trade.total 2020");
        // the same in Chinese (1206亿元人民币)
        ClaimCheck chinese = check("2020年中巴双边贸易额为1206亿元人民币");
        assertThat(chinese.verdict()).as(chinese.explanation()).isEqualTo(Verdict.DISPUTED);
        assertThat(chinese.explanation()).contains("Converted at 6.8974 CNY per US dollar (fx-cny-2020");
        // 150 bn yuan = US$21.7 bn: no source comes near
        ClaimCheck tooMuch = check("China-Pakistan trade reached 150 billion yuan in 2020");
        assertThat(tooMuch.verdict()).as(tooMuch.explanation()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(tooMuch.explanation()).contains("fx-cny-2020");
    }

    @Test
    void aPeriodWithNoRateStaysNotComparable() {
        // the dataset holds SBP's US-dollar exports for FY2024 but no rupee rate for that fiscal year
        ClaimCheck check = check("Pakistan's exports to China were Rs 760 billion in FY2024");
        assertThat(check.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(check.explanation()).contains("Not comparable", "no sourced PKR/USD exchange rate for");
        assertThat(check.compared()).isEmpty();
    }
}
