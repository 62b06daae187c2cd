package corridor.evidence.check;

import corridor.data.BuiltInDataset;
import corridor.evidence.claim.Claim;
import corridor.evidence.claim.ClaimPeriod;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 25, second round: durations read as periods ("in five years", 五年来, پانچ سال میں), a claim naming no
 * period set against values an article of its date could mean, and the forms of the Chinese and Urdu
 * sentences of the gold set that the first round missed (traditional characters, 亿度, Urdu units in two
 * words, عشاریہ, Urdu numbers in words, a total investment or a trade deficit that is no measure).
 */
class DurationsAndScriptsTest {

    private static final ClaimChecker CHECKER = new ClaimChecker(BuiltInDataset.load());

    private static Claim only(String text, LocalDate published) {
        List<Claim> claims = CHECKER.reader().read(text, published);
        assertThat(claims).as(text).hasSize(1);
        return claims.get(0);
    }

    private static Verdict verdict(String text, LocalDate published) {
        return CHECKER.check(only(text, published), "").verdict();
    }

    @Test
    void inFiveYearsIsARunningTotalOfAboutFiveYears() {
        // the Senate's 99 ships in five years (2013/2018), not the eight wheat ships of March-April 2023
        Claim claim = only("Gwadar port handled 99 ships in five years.", null);
        assertThat(claim.period().kind()).isEqualTo(ClaimPeriod.Kind.RUNNING_TOTAL);
        assertThat(claim.period().spanYears()).isEqualTo(5);
        ClaimCheck check = CHECKER.check(claim, "");
        assertThat(check.verdict()).as(check.explanation()).isEqualTo(Verdict.SUPPORTED);
        assertThat(check.compared()).extracting(e -> e.period().label()).containsExactly("2013/2018");
    }

    @Test
    void withoutTheDurationAnyPeriodIsCompared() {
        ClaimCheck check = CHECKER.check(only("Gwadar port handled 99 ships.", null), "");
        assertThat(check.verdict()).isEqualTo(Verdict.DISPUTED);
    }

    @Test
    void chineseAndUrduDurationsAreRead() {
        assertThat(only("五年来瓜达尔港共停靠船只99艘次", null).period().spanYears()).isEqualTo(5);
        assertThat(only("9年多来中巴经济走廊累计创造19万个就业岗位", null).period().spanYears()).isEqualTo(9);
        assertThat(only("过去十年中巴经济走廊创造了23.6万个就业岗位", null).period().spanYears()).isEqualTo(10);
        assertThat(only("پانچ سال میں گوادر بندرگاہ پر 99 جہاز لنگر انداز ہوئے", null).period().spanYears())
                .isEqualTo(5);
        assertThat(only("گزشتہ دہائی میں سی پیک سے 236000 ملازمتیں پیدا ہوئیں", null).period().spanYears())
                .isEqualTo(10);
        assertThat(only("over the past decade, CPEC created 236,000 jobs", null).period().spanYears())
                .isEqualTo(10);
    }

    @Test
    void theFirstMonthsWithoutAYearAreOfTheArticlesYear() {
        Claim claim = only("红其拉甫口岸前10个月监管进出口货物量4.09万吨", LocalDate.of(2024, 12, 1));
        assertThat(claim.period().label()).isEqualTo("2024-01/2024-10");
        ClaimCheck check = CHECKER.check(claim, "");
        assertThat(check.verdict()).as(check.explanation()).isEqualTo(Verdict.SUPPORTED);
        assertThat(only("the border handled 40,900 tonnes of cargo in the first ten months", null).period().kind())
                .isEqualTo(ClaimPeriod.Kind.UNRESOLVED);
    }

    @Test
    void theFirstMonthsOfAFiscalYearInUrdu() {
        Claim claim = only("مالی سال کے پہلے 7 ماہ میں پاکستان اور چین کے درمیان دوطرفہ تجارت کا حجم 12.564 ارب ڈالر ریکارڈ کیا گیا",
                LocalDate.of(2026, 2, 25));
        assertThat(claim.period().label()).isEqualTo("2025-07/2026-01");
        assertThat(CHECKER.check(claim, "").verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void aClaimNamingNoPeriodIsNotSetAgainstLaterValues() {
        // May 2019: seven energy projects; the data's lists are of 2021 and 2022
        String text = "7個能源項目建成投産,滿足了860萬戶家庭的用電需求。";
        ClaimCheck check = CHECKER.check(only(text, LocalDate.of(2019, 5, 27)), "");
        assertThat(check.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(check.explanation()).contains("after the article's date (2019-05-27");
        // without the article's date, every period may be meant
        assertThat(verdict(text, null)).isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void traditionalCharactersAreReadAsSimplified() {
        Claim claim = only("截至2022年底,中巴經濟走廊累計創造23.6萬個就業崗位", null);
        assertThat(claim.value()).isEqualTo(236_000);
        assertThat(claim.measures()).containsExactly("jobs.total");
        assertThat(claim.figureText()).isEqualTo("23.6萬");
    }

    @Test
    void kilowattHoursWrittenAsDegreesAfterAScale() {
        Claim claim = only("2018年,卡西姆港電站發電超過72億度", null);
        assertThat(claim.unit()).isEqualTo("kWh");
        assertThat(claim.value()).isEqualTo(7.2e9);
        assertThat(CHECKER.reader().read("气温超过40度", null)).isEmpty();
    }

    @Test
    void urduUnitsInTwoWordsDecimalWordAndNumberWords() {
        assertThat(only("سکھر سے ملتان موٹروے کا سفر 392 کلو میٹر ہے", null).unit()).isEqualTo("km");
        assertThat(only("ساہیوال کول پاور پلانٹ 1320 میگا واٹ بجلی پیدا کرنے کی صلاحیت کا حامل ہے", null).unit())
                .isEqualTo("MW");
        Claim decimal = only("یہ منصوبہ 2 عشاریہ 89 ارب روپے کی لاگت سے مکمل ہوا", null);
        assertThat(decimal.value()).isCloseTo(2.89e9, within(1.0));
        assertThat(decimal.tolerance()).isCloseTo(5e6, within(1.0));
        Claim words = only("ساہیوال کول پاور پلانٹ پر ایک ارب 80کروڑ ڈالر لاگت آئی", null);
        assertThat(words.value()).isCloseTo(1.8e9, within(1.0));
        assertThat(words.measures()).containsExactly("cost");
        assertThat(CHECKER.check(words, "").verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void aPledgedTotalOrATradeDeficitIsNoMeasure() {
        assertThat(only("中巴经济走廊总投资约460亿美元。", null).measures()).isEmpty();
        assertThat(only("اس طرح پاکستان کو 7.878 ارب ڈالر کے تجارتی خسارہ کا سامنا ہے، چین سے درآمدات زیادہ رہیں", null)
                .measures()).isEmpty();
        // a named project's total investment is its cost
        assertThat(only("胡布燃煤电站预计总投资19.95亿美元", null).measures()).containsExactly("cost");
    }

    @Test
    void anAmountPerTonneIsARate() {
        assertThat(only("每吨货物运输费用至少降低100美元。", null).measures()).isEmpty();
    }

    @Test
    void aPeriodComparedAgainstIsNotTheFiguresBeforeIt() {
        String text = "جون 2021ء میں چین کو پاکستانی برآمدات کا حجم 211.15 ملین ڈالر رہا جو جون 2020ء کے 128.22 ملین ڈالر کے"
                + " مقابلہ میں 64.67 فیصد زیادہ ہے۔";
        List<Claim> claims = CHECKER.reader().read(text, LocalDate.of(2021, 7, 29));
        assertThat(claims).extracting(Claim::periodLabel).containsExactly("2021-06/2021-06", "2020-06/2020-06",
                "2021-06/2021-06");
        assertThat(claims).extracting(c -> CHECKER.check(c, "").verdict()).containsOnly(Verdict.SUPPORTED);
    }

    @Test
    void theSameMonthsOfTheFiscalYearBeforeAndADatelineInUrdu() {
        String text = "مالی سال 2018-19ء کے ابتدائی چھ ماہ جولائی تا دسمبر عوامی جمہوریہ چین کو برآمدات سے پاکستان نے 883.405"
                + " ملین ڈالر کازرمبادلہ کمایا جو گزشتہ مالی سال کے اسی عرصہ کے مقابلے میں 11.80 فیصد زیادہ ہے۔";
        List<Claim> claims = CHECKER.reader().read(text, LocalDate.of(2019, 2, 25));
        assertThat(claims).extracting(Claim::periodLabel).containsExactly("2018-07/2018-12", "2018-07/2018-12");
        assertThat(claims).extracting(c -> CHECKER.check(c, "").verdict()).containsOnly(Verdict.SUPPORTED);
        // the dateline "2 دسمبر 2019" is when the article was written, not the period of its figure
        Claim jobs = only("اسلام آباد: (جی این پی) 2 دسمبر 2019 : حکام سرمایاکاری بورڈ نے کہا ہے کہ سی پیک سے پاکستانیوں کیلئے"
                + " 75 ہزار ملازمتیں فراہم کیں", LocalDate.of(2019, 12, 2));
        assertThat(jobs.period()).isNull();
    }

    @Test
    void aQuarterOfTheFiscalYearAndMonthsGluedToAParticle() {
        Claim claim = only("اعدادوشمارکے مطابق جولائی سے لے کرستمبر2020 تک کی مدت میں چین سے 2.763 ارب ڈالرکی درآمدات کی گئی",
                LocalDate.of(2020, 11, 19));
        assertThat(claim.periodLabel()).isEqualTo("2020-07/2020-09");
        assertThat(claim.measures()).containsExactly("trade.exports.cn_to_pk");
        assertThat(only("سٹیٹ بینک کے مطابق مالی سال کی پہلی سہ ماہی میں چین سے درآمدات میں 20.54 فیصد اضافہ ہوا",
                LocalDate.of(2020, 11, 19)).periodLabel()).isEqualTo("2020-07/2020-09");
        // "چین کوپاکستانی برآمدات": the particle is read apart, and the flow is Pakistan's exports to China
        assertThat(only("مالی سال 2019-20 میں چین کوپاکستانی برآمدات کا کل حجم 1.663 ارب ڈالرریکارڈکیاگیاتھا", null)
                .measures()).containsExactly("trade.exports.pk_to_cn");
    }

    @Test
    void aDistanceBetweenPlacesIsOnlyTheLengthOfALinkBetweenThem() {
        List<Claim> claims = CHECKER.reader().read("红其拉甫距塔什库尔干125公里,距巴基斯坦首都伊斯兰堡868公里。", null);
        assertThat(claims).extracting(Claim::subjects).containsExactly(List.of("g314-tashkurgan-khunjerab"), List.of());
        assertThat(only("ترجمان موٹروے کے مطابق سکھر سے لاہور کا فاصلہ بذریعہ موٹروے 700 کلو میٹر ہے", null).subjects())
                .isEmpty();
    }

    @Test
    void aShipsCargoIsNoPortTotal() {
        assertThat(only("گوادر بندرگاہ پر دو بحری جہاز پہنچ گئے، دونوں بحری جہازوں میں 50 ہزار ٹن گندم ہے", null).measures())
                .isEmpty();
    }

    @Test
    void aChineseNounBeforeItsNumberAndCustomsMonthsToTheEndOfOne() {
        Claim energy = only("目前走廊项下已商业运行的能源合作项目12个,为巴基斯坦提供了近三分之一的电力供应。", null);
        assertThat(energy.measures()).containsExactly("projects.listed.energy.completed");
        Claim cargo = only("截至10月底,红其拉甫海关监管进出口货物量4.09万吨。", LocalDate.of(2024, 12, 1));
        assertThat(cargo.periodLabel()).isEqualTo("2024-01/2024-10");
        assertThat(CHECKER.check(cargo, "").verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void aSentenceAboutARoadDoesNotNameARailway() {
        Claim claim = only("喀喇昆仑公路北起喀什,经过红其拉甫山口,全长1224公里。", null);
        assertThat(claim.subjects()).doesNotContain("rail-kashgar-khunjerab");
    }
}
