package corridor.cli.evidence;

import corridor.api.claim.ArticleJson;
import corridor.api.claim.ArticleRequest;
import corridor.api.claim.RoutedDistances;
import corridor.cli.common.FormattedCommand;
import corridor.cli.common.InputFile;
import corridor.evidence.article.ArticleChecker;
import corridor.evidence.article.ArticleReport;
import corridor.evidence.article.ArticleText;
import corridor.evidence.check.CheckLimitException;
import corridor.evidence.check.ClaimChecker;
import corridor.evidence.check.ClaimCheck;
import corridor.evidence.check.Verdict;
import corridor.model.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
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
public final class CheckArticleCommand extends FormattedCommand<CheckArticleCommand.Output> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the article: a .txt or .html file, or - for stdin")
    String file;

    @Mixin
    PublisherOption publisher;

    @Option(names = "--published", paramLabel = "DATE",
            description = "when it was published (2025-08-25 or 25 August 2025), for \"last year\" and \"over the past decade\"")
    String published;

    /** The report as a table for people, as the API's JSON, or as a page with the figures marked. */
    enum Output { TABLE, JSON, HTML }

    @Override
    protected int call(Output output) {
        ArticleRequest request = ArticleRequest.read(publisher.name, published, ArticleRequest.Names.COMMAND_LINE);
        ArticleReport report;
        try {
            ArticleText article = ArticleText.read(read(), file);
            err().println("check-article: " + article.sentences().size() + " sentences read from "
                    + file + ", checking their figures");
            report = request.check(new ArticleChecker(RoutedDistances.checker(data.dataset())), article);
        } catch (CheckLimitException e) {
            throw new InputException(file, "", e.getMessage());
        }
        PrintWriter out = out();
        switch (output) {
            case JSON -> EvidenceFormat.json(out, ArticleJson.report(report)); // the document of POST /api/check-article
            case HTML -> out.print(ArticleHtml.page(report, file));
            case TABLE -> table(out, report);
        }
        return 0;
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
