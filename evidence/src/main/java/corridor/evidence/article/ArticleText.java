package corridor.evidence.article;

import corridor.evidence.check.CheckLimitException;
import corridor.evidence.text.ShortQuote;
import corridor.model.InputException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article as plain text, split into sentences, with the publisher and publication date its
 * header gives. A plain-text article may start with header lines ({@code Publisher: China Daily},
 * {@code Published: 2025-08-25} or {@code Date: 25 August 2025}; {@code Provenance:}, {@code URL:},
 * {@code Author:}, {@code Title:} and {@code Headline:} lines are read past); an HTML article is read with
 * jsoup (scripts and styles dropped, each block element a paragraph), its publisher from
 * {@code og:site_name} and its date from {@code article:published_time} or a {@code <time datetime>}.
 *
 * @param text       the article's text without its header; offsets of sentences and figures point into it
 * @param publisher  the publisher its header names; empty when none
 * @param published  the publication date its header gives; null when none
 * @param sentences  its sentences, in order
 */
public record ArticleText(String text, String publisher, LocalDate published, List<Sentence> sentences) {

    /** Longest article read, in characters: about 30,000 words. */
    public static final int MAX_CHARS = 200_000;

    // the value is stripped in Java: a lazy "(.+?)\\s*$" would take time quadratic in a line of spaces
    private static final Pattern HEADER = Pattern.compile(
            "(?i)^\\s*(publisher|source|published|date|provenance|url|author|title|headline)\\s*:(.*)$");
    private static final Pattern HTML = Pattern.compile("(?is)^\\s*(<!doctype html|<html|<head|<body|<article|<p[ >])");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "no", "nos",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "rs", "ltd", "co",
            "inc", "vs", "gen", "lt", "col", "capt", "sr", "jr", "govt", "approx", "est", "e.g", "i.e", "u.s", "u.k");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH), DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH), DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d uuuu", Locale.ENGLISH), DateTimeFormatter.ofPattern("MMM d uuuu", Locale.ENGLISH));

    /** One sentence: its text and where it lies in the article's text. */
    public record Sentence(int start, int end, String text) {
    }

    public ArticleText {
        sentences = List.copyOf(sentences);
        publisher = publisher == null ? "" : publisher;
    }

    /**
     * Reads an article, HTML when it starts like HTML, else plain text.
     *
     * @param where names the input in errors (a file name, "body")
     * @throws InputException when the article is empty or its header date cannot be read
     * @throws CheckLimitException when it has more than {@link #MAX_CHARS} characters
     */
    public static ArticleText read(String content, String where) {
        if (content == null || content.isBlank()) {
            throw new InputException(where, "", "the article is empty; give the text of a news story");
        }
        if (content.length() > MAX_CHARS) {
            throw new CheckLimitException(CheckLimitException.Limit.CHARACTERS, MAX_CHARS, where + ": the article has "
                    + String.format(Locale.ROOT, "%,d", content.length()) + " characters; at most "
                    + String.format(Locale.ROOT, "%,d", MAX_CHARS) + " are read: check it in parts");
        }
        return HTML.matcher(content).find() ? html(content, where) : plain(content, where);
    }

    /** A plain-text article, with its header lines read and removed. */
    public static ArticleText plain(String content, String where) {
        String text = content.replace("\r\n", "\n").replace('\r', '\n');
        String publisher = "";
        LocalDate published = null;
        int offset = 0;
        int lineNo = 0;
        while (offset < text.length()) {
            int nl = text.indexOf('\n', offset);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(offset, lineEnd);
            lineNo++;
            Matcher m = HEADER.matcher(line);
            if (line.isBlank() && lineNo == 1) {
                offset = lineEnd + 1;
                continue;
            }
            if (!m.matches() || m.group(2).isBlank()) {
                break;
            }
            String key = m.group(1).toLowerCase(Locale.ROOT);
            String value = m.group(2).strip();
            if (key.equals("publisher") || key.equals("source")) {
                publisher = value;
            } else if (key.equals("published") || key.equals("date")) {
                published = date(value, where + " line " + lineNo);
            }
            offset = Math.min(text.length(), lineEnd + 1);
        }
        String body = text.substring(offset);
        return new ArticleText(body, publisher, published, sentences(body));
    }

    /** An HTML article: its text (block elements as paragraphs), publisher and date from its meta tags. */
    public static ArticleText html(String content, String where) {
        Document doc = Jsoup.parse(content);
        doc.select("script, style, noscript, template, svg, head title").remove();
        String publisher = doc.select("meta[property=og:site_name], meta[name=publisher]").eachAttr("content")
                .stream().filter(s -> !s.isBlank()).findFirst().orElse("");
        String date = doc.select("meta[property=article:published_time], meta[name=date], time[datetime]").stream()
                .map(e -> e.hasAttr("content") ? e.attr("content") : e.attr("datetime"))
                .filter(s -> !s.isBlank()).findFirst().orElse("");
        LocalDate published = date.isEmpty() ? null : date(date.length() >= 10 ? date.substring(0, 10) : date,
                where + " meta date");
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text().replace('\n', ' '));
                } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    paragraph(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    paragraph(out);
                }
            }
        }, doc.body());
        String body = out.toString().replaceAll("[ \\t\\u00a0]+", " ").replaceAll(" *\\n *", "\n")
                .replaceAll("\\n{3,}", "\n\n").strip();
        ArticleText plain = plain(body, where);
        return new ArticleText(plain.text(), publisher.isEmpty() ? plain.publisher() : publisher,
                published != null ? published : plain.published(), plain.sentences());
    }

    private static void paragraph(StringBuilder out) {
        int len = out.length();
        if (len > 0 && !(len >= 2 && out.charAt(len - 1) == '\n' && out.charAt(len - 2) == '\n')) {
            out.append(out.charAt(len - 1) == '\n' ? "\n" : "\n\n");
        }
    }

    /** A date as articles write it: 2025-08-25, 25 August 2025, Aug 25, 2025. */
    public static LocalDate date(String text, String where) {
        String t = text.strip().replaceAll("\\s+", " ");
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        throw new InputException(where, "", "not a date: '" + ShortQuote.of(text) + "'; write 2025-08-25 or 25 August 2025");
    }

    /**
     * The sentences of {@code text}: every line is a paragraph; a paragraph splits after . ! ? before a capital,
     * and after the Chinese and Urdu full stops 。！？ ۔ ؟ wherever they stand.
     */
    static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            int start = lineStart;
            for (int i = lineStart; i < lineEnd; i++) {
                char c = text.charAt(i);
                if ((c == '.' || c == '!' || c == '?') && endsSentence(text, start, i, lineEnd)
                        || fullStop(text, i)) {
                    int end = i + 1;
                    while (end < lineEnd && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                        end++;
                    }
                    add(out, text, start, end);
                    start = end;
                    i = end - 1;
                }
            }
            add(out, text, start, lineEnd);
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return out;
    }

    /** Quotes and brackets that close a sentence after its stop: ", ', ”, ’, ), ）, 」, 』. */
    private static final String CLOSERS = "\"'\u201d\u2019)\uff09\u300d\u300f";
    /** Stops that end a sentence wherever they stand: 。！？ (Chinese), ۔ and ؟ (Urdu). */
    private static final String FULL_STOPS = "\u3002\uff01\uff1f\u06d4\u061f";

    /**
     * Whether {@code text} has a Chinese or Urdu full stop at {@code at}. Neither script puts a space after one
     * ("达231亿美元。同比", "ہے۔اس"), so none is needed; but Urdu writes ۔ between the years of a fiscal year
     * too ("2016۔17ء"), which ends nothing.
     */
    private static boolean fullStop(String text, int at) {
        char c = text.charAt(at);
        if (FULL_STOPS.indexOf(c) < 0) {
            return false;
        }
        boolean betweenDigits = at > 0 && at + 1 < text.length() && Character.isDigit(text.charAt(at - 1))
                && Character.isDigit(text.charAt(at + 1));
        return !(c == '\u06d4' && betweenDigits);
    }

    private static boolean endsSentence(String text, int start, int dot, int lineEnd) {
        int next = dot + 1;
        while (next < lineEnd && "\"'\u201d\u2019)".indexOf(text.charAt(next)) >= 0) {
            next++;
        }
        if (next >= lineEnd) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(next))) {
            return false; // 23.1, U.S.
        }
        int after = next;
        while (after < lineEnd && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        if (after >= lineEnd) {
            return true;
        }
        char first = text.charAt(after);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || "\"'\u201c\u2018(".indexOf(first) >= 0)) {
            return false;
        }
        if (text.charAt(dot) != '.') {
            return true;
        }
        int w = dot;
        while (w > start && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, dot).toLowerCase(Locale.ROOT);
        return !(ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isLetter(word.charAt(0))));
    }

    private static void add(List<Sentence> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(start, end, text.substring(start, end)));
        }
    }
}
