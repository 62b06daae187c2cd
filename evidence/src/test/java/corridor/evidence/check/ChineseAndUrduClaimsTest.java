package corridor.evidence.check;

import corridor.data.BuiltInDataset;
import corridor.evidence.claim.Bound;
import corridor.evidence.claim.Claim;
import corridor.evidence.claim.ClaimKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Claims written in Chinese and Urdu read as their English twins are read, and judged alike
 * against the built-in dataset (issue 25).
 */
class ChineseAndUrduClaimsTest {

    private static final ClaimChecker CHECKER = new ClaimChecker(BuiltInDataset.load());

    private static List<Claim> read(String text) {
        return CHECKER.reader().read(text, null);
    }

    private static Claim only(String text) {
        List<Claim> claims = read(text);
        assertThat(claims).as(text).hasSize(1);
        return claims.get(0);
    }

    /** The same figures, measures, periods and verdicts, one by one. */
    private static void judgedAsTwin(String text, String englishTwin) {
        List<ClaimCheck> checks = CHECKER.check(text, "");
        List<ClaimCheck> twin = CHECKER.check(englishTwin, "");
        assertThat(checks).hasSameSizeAs(twin);
        for (int i = 0; i < twin.size(); i++) {
            Claim c = checks.get(i).claim();
            Claim e = twin.get(i).claim();
            assertThat(c.value()).as(c.figureText()).isCloseTo(e.value(), within(1e-6 * Math.abs(e.value())));
            assertThat(c.tolerance()).isCloseTo(e.tolerance(), within(1e-6 * Math.abs(e.tolerance()) + 1e-12));
            assertThat(c.unit()).isEqualTo(e.unit());
            assertThat(c.kind()).isEqualTo(e.kind());
            assertThat(c.measures()).isEqualTo(e.measures());
            assertThat(c.period() == null ? null : c.period().label())
                    .isEqualTo(e.period() == null ? null : e.period().label());
            assertThat(checks.get(i).verdict()).as(checks.get(i).explanation()).isEqualTo(twin.get(i).verdict());
        }
    }

    @Test
    void theIssuesChineseSentenceIsJudgedAsItsEnglishTwin() {
        String chinese = "2024年中巴双边贸易额达231亿美元，同比增长11.1%";
        List<Claim> claims = read(chinese);
        assertThat(claims).extracting(Claim::figureText).containsExactly("231亿美元", "11.1%");
        assertThat(claims.get(0).value()).isEqualTo(23.1e9);
        assertThat(claims.get(0).unit()).isEqualTo("USD");
        assertThat(claims.get(1).value()).isEqualTo(11.1);
        assertThat(claims.get(1).kind()).isEqualTo(ClaimKind.CHANGE);
        judgedAsTwin(chinese, "bilateral trade reached US$23.1 billion in 2024, up 11.1%");
    }

    @Test
    void theIssuesUrduSentenceIsJudgedAsItsEnglishTwin() {
        String urdu = "2024 میں پاکستان اور چین کی دوطرفہ تجارت 23.1 ارب ڈالر رہی";
        Claim claim = only(urdu);
        assertThat(claim.figureText()).isEqualTo("23.1 ارب ڈالر");
        assertThat(claim.value()).isEqualTo(23.1e9);
        judgedAsTwin(urdu, "In 2024 bilateral trade between Pakistan and China was US$23.1 billion");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            中巴贸易额为23.6万美元                 | 23.6万美元    | 236000       | 500        | USD
            贸易额达两千亿元人民币                 | 两千亿元      | 2e11         | 5e10       | CNY
            贸易额为二十三亿美元                   | 二十三亿美元   | 2.3e9        | 5e7        | USD
            中巴贸易额为1.5万亿卢比                | 1.5万亿卢比    | 1.5e12       | 5e10       | PKR
            红其拉甫口岸货运量4.09万吨              | 4.09万吨      | 40900        | 50         | tonnes
            电站装机132万千瓦                      | 132万千瓦     | 1320         | 5          | MW
            双边贸易额占百分之十一点一              | 百分之十一点一  | 11.1         | 0.05       | percent
            دوطرفہ تجارت ۲۳٫۱ ارب ڈالر رہی           | ۲۳٫۱ ارب ڈالر  | 2.31e10      | 5e7        | USD
            تجارت 5 کھرب روپے رہی                     | 5 کھرب روپے    | 5e11         | 5e10       | PKR
            تجارت 40 کروڑ روپے                        | 40 کروڑ روپے   | 4e8          | 5e6        | PKR
            تجارت 2.5 لاکھ یوآن                       | 2.5 لاکھ یوآن  | 250000       | 5000       | CNY
            تجارت 15 فیصد رہی                         | 15 فیصد       | 15           | 0.5        | percent
            """)
    void numbersScalesCurrenciesAndUnitsAreRead(String text, String figure, double value, double tolerance,
                                                String unit) {
        Claim claim = only(text);
        assertThat(claim.figureText()).isEqualTo(figure);
        assertThat(claim.value()).isCloseTo(value, within(value * 1e-9));
        assertThat(claim.tolerance()).isCloseTo(tolerance, within(tolerance * 1e-9));
        assertThat(claim.unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024年上半年中巴贸易额为120亿美元          | 2024-01/2024-06
            2024年1-10月中巴贸易额为190亿美元          | 2024-01/2024-10
            2024年1月至10月中巴贸易额为190亿美元        | 2024-01/2024-10
            2024年前10个月中巴贸易额为190亿美元         | 2024-01/2024-10
            2024年第三季度中巴贸易额为60亿美元          | 2024-07/2024-09
            2023-24财年中巴贸易额为160亿美元           | FY2024
            2024财年巴基斯坦自华进口135亿美元           | FY2024
            مالی سال 2024 میں چین سے درآمدات 13.5 ارب ڈالر رہیں | FY2024
            مالی سال 2023-24 میں چین سے درآمدات 13.5 ارب ڈالر رہیں | FY2024
            مالی سال 24-2023 میں چین سے درآمدات 13.5 ارب ڈالر رہیں | FY2024
            جنوری تا جون 2024 کے دوران تجارت 12 ارب ڈالر رہی | 2024-01/2024-06
            2024 کے پہلے دس ماہ میں تجارت 19 ارب ڈالر رہی   | 2024-01/2024-10
            """)
    void periodsAreRead(String text, String period) {
        assertThat(only(text).period().label()).isEqualTo(period);
    }

    @Test
    void directionsAreReadFromChineseAndUrduWords() {
        assertThat(only("2024财年巴基斯坦自华进口135亿美元").measures()).containsExactly("trade.exports.cn_to_pk");
        assertThat(only("2023年中国对巴出口230亿美元").measures()).containsExactly("trade.exports.cn_to_pk");
        assertThat(only("2023年巴基斯坦对华出口23亿美元").measures()).containsExactly("trade.exports.pk_to_cn");
        assertThat(only("مالی سال 2024 میں پاکستان کی چین کو برآمدات 2.7 ارب ڈالر رہیں").measures())
                .containsExactly("trade.exports.pk_to_cn");
        assertThat(only("مالی سال 2024 میں چین سے درآمدات 13.5 ارب ڈالر رہیں").measures())
                .containsExactly("trade.exports.cn_to_pk");
    }

    @Test
    void qualifiersAndChangesInChineseAndUrdu() {
        assertThat(only("中巴贸易额超过200亿美元").bound()).isEqualTo(Bound.MORE_THAN);
        assertThat(only("中巴贸易额200多亿美元").bound()).isEqualTo(Bound.MORE_THAN);
        assertThat(only("中巴贸易额约200亿美元").bound()).isEqualTo(Bound.APPROXIMATE);
        assertThat(only("中巴贸易额200亿美元左右").bound()).isEqualTo(Bound.APPROXIMATE);
        assertThat(only("تجارت 23 ارب ڈالر سے زائد رہی").bound()).isEqualTo(Bound.MORE_THAN);
        assertThat(only("تجارت تقریباً 23 ارب ڈالر رہی").bound()).isEqualTo(Bound.APPROXIMATE);
        Claim fall = only("中巴贸易额同比下降12.5%");
        assertThat(fall.kind()).isEqualTo(ClaimKind.CHANGE);
        assertThat(fall.value()).isEqualTo(-12.5);
        Claim rise = only("چین کے ساتھ تجارت میں 11.1 فیصد اضافہ ہوا");
        assertThat(rise.kind()).isEqualTo(ClaimKind.CHANGE);
        assertThat(rise.value()).isEqualTo(11.1);
    }

    @Test
    void datesOrdinalsAndSetPhrasesAreNoFigures() {
        assertThat(read("2024年10月25日，中巴双方在伊斯兰堡举行会议")).isEmpty();
        assertThat(read("一带一路倡议第十周年")).isEmpty();
        assertThat(read("25 اکتوبر 2024 کو اسلام آباد میں اجلاس ہوا")).isEmpty();
    }

    @Test
    void aChineseJobsFigureIsReadAsItsEnglishTwinIs() {
        judgedAsTwin("中巴经济走廊为巴基斯坦创造了23.6万个就业岗位",
                "CPEC has created 236 thousand jobs for Pakistan");
    }
}
