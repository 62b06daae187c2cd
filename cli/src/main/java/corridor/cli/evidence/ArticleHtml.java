package corridor.cli.evidence;

import corridor.evidence.article.ArticleReport;

import java.util.Locale;

/**
 * An article report as a standalone HTML page: the text with each figure marked by its verdict, then
 * the list of figures, each sentence quoted once above its first figure.
 */
final class ArticleHtml {

    private ArticleHtml() {
    }

    static String page(ArticleReport report, String title) {
        StringBuilder s = new StringBuilder();
        s.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Figures checked: ")
                .append(escape(title)).append("</title>\n<style>body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;"
                        + "margin:2rem auto;padding:0 1rem}mark{padding:0 .15em;border-radius:3px}"
                        + ".supported{background:#cdeccd}.contradicted{background:#f6c5c5}.disputed{background:#f9e2a8}"
                        + ".unverifiable{background:#dde3ea}.article{white-space:pre-wrap;border-left:3px solid #ccc;"
                        + "padding-left:1rem}li{margin:.6rem 0}.muted{color:#555}</style></head><body>\n");
        s.append("<h1>Figures checked</h1>\n<p>Publisher: ")
                .append(escape(report.publisher().isEmpty() ? "unknown" : report.publisher()))
                .append("; published: ").append(report.published() == null ? "unknown" : report.published())
                .append("; ").append(report.figures().size()).append(" figures: ")
                .append(escape(CheckArticleCommand.counts(report))).append("</p>\n<div class=\"article\">");
        int at = 0;
        String text = report.text();
        for (int i = 0; i < report.figures().size(); i++) {
            ArticleReport.FigureCheck f = report.figures().get(i);
            String verdict = f.check().verdict().name().toLowerCase(Locale.ROOT);
            s.append(escape(text.substring(at, f.start())))
                    .append("<mark class=\"").append(verdict).append("\" title=\"").append(verdict).append("\">")
                    .append("<a href=\"#figure-").append(i + 1).append("\">")
                    .append(escape(text.substring(f.start(), f.end()))).append("</a></mark>");
            at = f.end();
        }
        s.append(escape(text.substring(at))).append("</div>\n<ol>\n");
        for (int i = 0; i < report.figures().size(); i++) {
            ArticleReport.FigureCheck f = report.figures().get(i);
            String verdict = f.check().verdict().name().toLowerCase(Locale.ROOT);
            s.append("<li id=\"figure-").append(i + 1).append("\">");
            if (i == 0 || report.figures().get(i - 1).sentence() != f.sentence()) {
                // each sentence once, above the first of its figures (a long one cut around them)
                s.append("<q class=\"muted\">").append(escape(report.sentences().get(f.sentence()).excerpt()))
                        .append("</q><br>");
            }
            s.append("<mark class=\"").append(verdict).append("\">")
                    .append(verdict).append("</mark> <strong>").append(escape(f.figure())).append("</strong> — ")
                    .append(escape(f.check().explanation()));
            String links = f.check().compared().stream().flatMap(e -> e.sources().stream())
                    .filter(src -> !src.url().isBlank()).map(src -> "<a href=\"" + escape(src.url()) + "\">"
                            + escape(src.publisher()) + "</a>").distinct().reduce((a, b) -> a + ", " + b).orElse("");
            if (!links.isEmpty()) {
                s.append("<br><span class=\"muted\">Sources: ").append(links).append("</span>");
            }
            s.append("</li>\n");
        }
        return s.append("</ol>\n</body></html>\n").toString();
    }

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
