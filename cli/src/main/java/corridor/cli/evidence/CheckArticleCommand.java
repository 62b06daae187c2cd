package corridor.cli.evidence;

import corridor.api.claim.ArticleJson;
import corridor.api.claim.ArticleRequest;
import corridor.api.claim.RoutedDistances;
import corridor.cli.common.DataOption;
import corridor.cli.common.InputFile;
import corridor.evidence.article.ArticleChecker;
import corridor.evidence.article.ArticleReport;
import corridor.evidence.article.ArticleText;
import corridor.evidence.check.CheckLimitException;
import corridor.evidence.check.ClaimCheck;
import corridor.evidence.check.ClaimChecker;
import corridor.evidence.check.Verdict;
import corridor.model.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code corridor check-article FILE}: finds every quantitative claim in a news article (plain
 * text or HTML) and checks each against the data; prints, per figure, the sentence, the figure, the
 * verdict and the sources.
 */
@Command(name = "check-article", mixinStandardHelpOptions = true,
        description = {"Finds every figure in a news article (plain text or HTML) and checks each against the data: "
                + "supported, contradicted, disputed (the data's sources disagree) or unverifiable.",
                "Header lines at the top of a text article (Publisher: NAME, Published: 2025-08-25) give who "
                        + "published it and when; --publisher and --published override them. HTML articles are "
                        + "read for their text, og:site_name and article:published_time.",
                "At most " + ArticleText.MAX_CHARS + " characters and " + ClaimChecker.MAX_FIGURES + " figures are "
                        + "checked; each sentence with figures is quoted once (one over " + ArticleChecker.MAX_EXCERPT_CHARS
                        + " characters only around its figures)."})
public final class CheckArticleCommand implements Runnable {

    @Mixin
    DataOption data;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the article: a .txt or .html file, or - for stdin")
    String file;

    @Option(names = "--publisher", paramLabel = "NAME",
            description = "who published the article: a publisher as in sources.csv (\"China Daily\") or a source id")
    String publisher;

    @Option(names = "--published", paramLabel = "DATE",
            description = "when it was published (2025-08-25 or 25 August 2025), for \"last year\" and \"over the past decade\"")
    String published;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or html (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public void run() {
        String shape = format.toLowerCase(Locale.ROOT);
        if (!List.of("table", "json", "html").contains(shape)) {
            throw InputException.ofParameter("--format", "unknown format '" + format + "'; expected table, json or html");
        }
        ArticleRequest request = ArticleRequest.read(publisher, published, ArticleRequest.Names.COMMAND_LINE);
        ArticleReport report;
        try {
            ArticleText article = ArticleText.read(read(), file);
            spec.commandLine().getErr().println("check-article: " + article.sentences().size() + " sentences read from "
                    + file + ", checking their figures");
            report = request.check(new ArticleChecker(RoutedDistances.checker(data.dataset())), article);
        } catch (CheckLimitException e) {
            throw new InputException(file, "", e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (shape) {
            case "json" -> EvidenceFormat.json(out, ArticleJson.report(report)); // the document of POST /api/check-article
            case "html" -> out.print(ArticleHtml.page(report, file));
            default -> table(out, report);
        }
    }

    /** The article, from FILE or standard input, read up to {@link ArticleText#MAX_CHARS} characters. */
    private String read() {
        return InputFile.argument(file, true).readText(ArticleText.MAX_CHARS, "the article as UTF-8 text or HTML");
    }

    private static void table(PrintWriter out, ArticleReport report) {
        out.println("Publisher: " + (report.publisher().isEmpty() ? "unknown (every source counts as independent)"
                : report.publisher()) + "; published: " + (report.published() == null ? "unknown" : report.published())
                + "; " + report.sentencesRead() + " sentences, " + report.figures().size() + " figures: "
                + counts(report));
        int sentence = -1;
        for (ArticleReport.FigureCheck f : report.figures()) {
            if (f.sentence() != sentence) {
                sentence = f.sentence();
                out.println();
                out.println("\u201c" + report.sentences().get(sentence).excerpt() + "\u201d");
            }
            ClaimCheck check = f.check();
            out.println("  " + check.verdict() + ": \"" + f.figure() + "\" — " + check.explanation());
        }
        if (report.figures().isEmpty()) {
            out.println("No quantitative claim found.");
        }
    }

    static String counts(ArticleReport report) {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<Verdict, Integer> e : report.counts().entrySet()) {
            s.append(s.isEmpty() ? "" : ", ").append(e.getValue()).append(' ')
                    .append(e.getKey().name().toLowerCase(Locale.ROOT));
        }
        return s.toString();
    }
}
