package corridor.evidence.article;

import corridor.data.BuiltInDataset;
import corridor.evidence.check.ClaimChecker;
import corridor.evidence.check.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Whole Chinese and Urdu articles, built from sentences of the gold set ({@code chinese-urdu-claims.csv}),
 * checked as {@code check-article} checks them: split into sentences on 。！？ and ۔ ؟ (no space needed
 * after them), every figure found with its offsets, each judged as its sentence is judged alone.
 */
class ChineseUrduArticlesTest {

    private static final ArticleChecker CHECKER = new ArticleChecker(new ClaimChecker(BuiltInDataset.load()));

    /** Three sentences of the gold set (siudz.com and nbd.com.cn), run together as Chinese is written. */
    static final String CHINESE = "根据中国海关数据,2020年中巴贸易额达到234.8亿美元,同比增长3.6%。"
            + "其中,中国对巴基斯坦出口额为159.7亿美元,进口额为75.1亿美元。"
            + "由中国建筑股份有限公司承建的白沙瓦至卡拉奇高速公路(木尔坦至苏库尔段)全长392公里,是中巴经济走廊最大交通基础设施项目！";

    /** Three sentences of the gold set (dailysahafatquetta, express.pk, VOA Urdu), the first two without a space between. */
    static final String URDU = "لاہور: سکھر سے ملتان موٹروے ایم فائیو کھول دی گئی، دونوں شہروں کے درمیان موٹروے کا سفر 392 کلو میٹر ہے۔"
            + "ساہیوال کول پاور پلانٹ 2 یونٹس پر مشتمل ہے جب کہ کول پاور پروجیکٹ 1320 میگا واٹ بجلی پیدا کرنے کی صلاحیت کا حامل ہے۔ "
            + "کیا اورنج لائن ٹرین 27 کلومیٹر کا فاصلہ 45 منٹ میں طے کرے گی؟";

    @Test
    void aChineseArticleSplitsOnItsFullStops() {
        ArticleText text = ArticleText.read(CHINESE, "test");
        assertThat(text.sentences()).hasSize(3);
        assertThat(text.sentences().get(0).text()).endsWith("3.6%。");
        ArticleReport report = CHECKER.check(text, null, null);
        assertThat(report.figures()).extracting(ArticleReport.FigureCheck::figure, ArticleReport.FigureCheck::sentence,
                f -> f.check().verdict()).containsExactly(
                tuple("234.8亿美元", 0, Verdict.CONTRADICTED),
                tuple("3.6%", 0, Verdict.CONTRADICTED),
                tuple("159.7亿美元", 1, Verdict.CONTRADICTED),
                tuple("75.1亿美元", 1, Verdict.CONTRADICTED),
                tuple("392公里", 2, Verdict.SUPPORTED));
        report.figures().forEach(f -> assertThat(report.text().substring(f.start(), f.end())).isEqualTo(f.figure()));
    }

    @Test
    void anUrduArticleSplitsOnItsFullStopAndQuestionMark() {
        ArticleText text = ArticleText.read(URDU, "test");
        assertThat(text.sentences()).hasSize(3);
        assertThat(text.sentences().get(1).text()).startsWith("ساہیوال").endsWith("ہے۔");
        ArticleReport report = CHECKER.check(text, null, null);
        assertThat(report.figures()).extracting(ArticleReport.FigureCheck::figure, ArticleReport.FigureCheck::sentence,
                f -> f.check().verdict()).containsExactly(
                tuple("392 کلو میٹر", 0, Verdict.SUPPORTED),
                tuple("1320 میگا واٹ", 1, Verdict.SUPPORTED),
                tuple("27 کلومیٹر", 2, Verdict.UNVERIFIABLE));
        report.figures().forEach(f -> assertThat(report.text().substring(f.start(), f.end())).isEqualTo(f.figure()));
    }

    @Test
    void theUrduStopBetweenTheYearsOfAFiscalYearEndsNothing() {
        ArticleText text = ArticleText.read("گزشتہ مالی سال 2016۔17ء کے دوران پاک چین دو طرفہ تجارت کا حجم 9.215 ارب ڈالر ریکارڈ کیا گیا تھا۔", "test");
        assertThat(text.sentences()).hasSize(1);
    }

    @Test
    void chineseAndUrduHtmlIsReadByParagraph() {
        String html = "<html><head><meta property=\"og:site_name\" content=\"新华网\"></head><body>"
                + "<p>" + CHINESE + "</p><p dir=\"rtl\">" + URDU + "</p></body></html>";
        ArticleText text = ArticleText.read(html, "test");
        assertThat(text.publisher()).isEqualTo("新华网");
        assertThat(text.sentences()).hasSize(6);
        ArticleReport report = CHECKER.check(text, null, null);
        assertThat(report.figures()).hasSize(8);
        assertThat(report.counts()).containsEntry(Verdict.SUPPORTED, 3).containsEntry(Verdict.CONTRADICTED, 4);
    }
}
