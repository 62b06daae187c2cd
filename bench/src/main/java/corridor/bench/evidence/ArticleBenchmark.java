package corridor.bench.evidence;

import corridor.bench.SampledBenchmark;
import corridor.data.BuiltInDataset;
import corridor.evidence.article.ArticleChecker;
import corridor.evidence.article.ArticleReport;
import corridor.evidence.article.ArticleText;
import corridor.evidence.check.ClaimChecker;
import corridor.evidence.claim.Claim;
import corridor.evidence.claim.ClaimReader;
import corridor.model.Dataset;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A 2,000-word article (the two founding articles followed by the newspaper claims of the
 * evidence tests) checked whole against the built-in dataset, after start-up: split into
 * sentences, every figure read and checked. In the same run: reading alone (no checks), the
 * start-up itself (a checker built from the dataset: its vocabulary of measures and names), and a
 * Chinese and an Urdu article of 2,000 characters (the gold set's sentences from stored articles,
 * {@code chinese-urdu-claims.csv}, in its order) checked whole (issue 25).
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ArticleBenchmark extends SampledBenchmark {

    private Dataset dataset;
    private String article;
    private String chinese;
    private String urdu;
    private ClaimChecker checker;
    private ArticleChecker articles;
    private ClaimReader reader;

    @Setup
    public void setUp() throws IOException {
        dataset = BuiltInDataset.load();
        article = article();
        chinese = article("article-2000-chars-zh.txt");
        urdu = article("article-2000-chars-ur.txt");
        checker = new ClaimChecker(dataset);
        articles = new ArticleChecker(checker);
        reader = checker.reader();
        ArticleReport report = checkArticle();
        System.err.println("article: " + article.split("\\s+").length + " words, " + report.sentencesRead()
                + " sentences, " + report.figures().size() + " figures " + report.counts());
        for (ArticleReport other : List.of(checkChineseArticle(), checkUrduArticle())) {
            System.err.println("article: " + other.text().length() + " characters, " + other.sentencesRead()
                    + " sentences, " + other.figures().size() + " figures " + other.counts());
        }
    }

    /** The benchmark's English article, from the jar. */
    static String article() throws IOException {
        return article("article-2000-words.txt");
    }

    /** One of the benchmark's articles, from the jar. */
    static String article(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(ArticleBenchmark.class.getResourceAsStream(
                "/corridor/bench/evidence/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The whole check: sentences, figures read, each checked against the data. */
    @Benchmark
    public ArticleReport checkArticle() {
        return articles.check(ArticleText.read(article, "benchmark"), null, null);
    }

    /** A Chinese article of 2,000 characters checked whole. */
    @Benchmark
    public ArticleReport checkChineseArticle() {
        return articles.check(ArticleText.read(chinese, "benchmark"), null, null);
    }

    /** An Urdu article of 2,000 characters checked whole. */
    @Benchmark
    public ArticleReport checkUrduArticle() {
        return articles.check(ArticleText.read(urdu, "benchmark"), null, null);
    }

    /** Peer in the same run: the same sentences read for their figures, none checked. */
    @Benchmark
    public List<Claim> readArticleOnly() {
        ArticleText text = ArticleText.read(article, "benchmark");
        List<Claim> claims = new ArrayList<>();
        for (ArticleText.Sentence s : text.sentences()) {
            claims.addAll(reader.read(s.text(), text.published()));
        }
        return claims;
    }

    /** Start-up: a checker built from the dataset (not part of checking an article). */
    @Benchmark
    public ClaimChecker startUp() {
        return new ClaimChecker(dataset);
    }
}
