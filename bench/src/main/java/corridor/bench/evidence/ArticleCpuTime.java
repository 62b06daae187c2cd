package corridor.bench.evidence;

import corridor.data.BuiltInDataset;
import corridor.evidence.article.ArticleChecker;
import corridor.evidence.article.ArticleText;
import corridor.evidence.check.ClaimChecker;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CPU time (not wall-clock time) of checking the 2,000-word article of {@link ArticleBenchmark} and its
 * Chinese and Urdu articles of 2,000 characters, for a shared machine where other processes stretch
 * wall-clock times: for each, 200 checks of warm-up, then the median and 90th percentile of 200 measured
 * checks. Run:
 * {@code java -cp bench/target/benchmarks.jar corridor.bench.evidence.ArticleCpuTime}.
 */
public final class ArticleCpuTime {

    private ArticleCpuTime() {
    }

    public static void main(String[] args) throws IOException {
        long startUp = System.nanoTime();
        ArticleChecker checker = new ArticleChecker(new ClaimChecker(BuiltInDataset.load()));
        double startUpMs = (System.nanoTime() - startUp) / 1e6;
        time(checker, "2,000-word article", ArticleBenchmark.article());
        time(checker, "Chinese article of 2,000 characters", ArticleBenchmark.article("article-2000-chars-zh.txt"));
        time(checker, "Urdu article of 2,000 characters", ArticleBenchmark.article("article-2000-chars-ur.txt"));
        System.out.printf(Locale.ROOT, "start-up (built-in dataset loaded and the checker built) %.0f ms wall-clock%n",
                startUpMs);
    }

    private static void time(ArticleChecker checker, String name, String article) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 200; i++) {
            checker.check(ArticleText.read(article, "benchmark"), null, null);
        }
        List<Double> cpuMs = new ArrayList<>();
        List<Double> wallMs = new ArrayList<>();
        int figures = 0;
        for (int i = 0; i < 200; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            figures = checker.check(ArticleText.read(article, "benchmark"), null, null).figures().size();
            wallMs.add((System.nanoTime() - wall) / 1e6);
            cpuMs.add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
        }
        System.out.printf(Locale.ROOT, "%s, %d figures: CPU time median %.1f ms, p90 %.1f ms; wall-clock median %.1f ms%n",
                name, figures, percentile(cpuMs, 0.5), percentile(cpuMs, 0.9), percentile(wallMs, 0.5));
    }

    private static double percentile(List<Double> values, double p) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * sorted.size())));
    }
}
