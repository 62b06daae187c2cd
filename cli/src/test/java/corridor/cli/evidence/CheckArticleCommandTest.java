package corridor.cli.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corridor.cli.Main;
import corridor.cli.testing.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CheckArticleCommandTest {

    private static final String ARTICLE = """
            Publisher: China Daily
            Published: 2025-08-25

            BEIJING, Aug 25 — According to data from the General Administration of Customs of China, the total \
            bilateral trade in goods between China and Pakistan reached $23.1 billion in 2024, an increase of 11.1 \
            percent from the previous year.

            He said the CPEC created 236,000 direct jobs over the past decade. Pakistan has identified eight key \
            areas in Khyber Pakhtunkhwa for REE exploration.
            """;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void everyFigureOfATextArticleIsListedWithItsVerdict() throws IOException {
        CliRun run = CliRun.of("check-article", write("article.txt", ARTICLE).toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Publisher: China Daily; published: 2025-08-25",
                "4 figures: 0 supported, 0 contradicted, 2 disputed, 2 unverifiable",
                "UNVERIFIABLE: \"$23.1 billion\"", "UNVERIFIABLE: \"11.1 percent\"", "DISPUTED: \"236,000\"",
                "DISPUTED: \"eight\"", "INP-WealthPK (independent media)");
        assertThat(run.err()).contains("sentences read from");
    }

    @Test
    void publisherAndDateOnTheCommandLineOverrideTheHeader() throws Exception {
        CliRun run = CliRun.of("check-article", "--publisher", "Dawn", "--published", "1 September 2025",
                "--format", "json", write("article.txt", ARTICLE).toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("publisher").asText()).isEqualTo("Dawn");
        assertThat(report.get("published").asText()).isEqualTo("2025-09-01");
        JsonNode trade = report.get("figures").get(0);
        assertThat(trade.get("figure").asText()).isEqualTo("$23.1 billion");
        assertThat(trade.get("verdict").asText()).isEqualTo("supported");
        // offsets point into the article's text without its header lines
        assertThat(report.get("text").asText().substring(trade.get("start").asInt(), trade.get("end").asInt()))
                .isEqualTo("$23.1 billion");
        // each sentence once, in the shape and with the keys of POST /api/check-article
        assertThat(report.get("read").get("sentences").asInt()).isEqualTo(3);
        assertThat(report.get("limits").get("figures").asInt()).isEqualTo(250);
        assertThat(report.get("figures")).extracting(f -> f.get("sentence").asInt()).containsExactly(0, 0, 1, 2);
        JsonNode sentence = report.get("sentences").get(0);
        assertThat(sentence.get("excerpt").asText()).startsWith("BEIJING, Aug 25").contains("$23.1 billion");
        assertThat(sentence.get("cut").asBoolean()).isFalse();
        assertThat(trade.get("compared").get(0).get("sources").get(0).get("publisher_type").asText())
                .isEqualTo("state_media");
    }

    @Test
    void anHtmlArticleIsReadForItsTextAndMetaTagsAndReportedAsAPage() throws IOException {
        String html = "<!DOCTYPE html><html><head><meta property=\"og:site_name\" content=\"Dawn\">"
                + "<meta property=\"article:published_time\" content=\"2022-01-25T08:00:00+05:00\">"
                + "<script>var trade = '$99 billion';</script></head><body><article><h1>Trade jumps</h1>"
                + "<p>Trade between the two countries jumped 59 percent in 2021 to <b>nearly 28 billion dollars</b>."
                + "</p><p>The Tashkurgan&ndash;Khunjerab road is 146 km long.</p></article></body></html>";
        CliRun run = CliRun.of("check-article", "--format", "html", write("article.html", html).toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Publisher: Dawn; published: 2022-01-25", "3 figures",
                "<mark class=\"supported\" title=\"supported\"><a href=\"#figure-1\">59 percent</a></mark>",
                "<mark class=\"supported\" title=\"supported\"><a href=\"#figure-2\">nearly 28 billion dollars</a></mark>",
                "<mark class=\"disputed\" title=\"disputed\"><a href=\"#figure-3\">146 km</a></mark>")
                .doesNotContain("$99 billion");
        // each sentence quoted once, above the first of its figures
        assertThat(run.out()).contains("<q class=\"muted\">Trade between the two countries jumped 59 percent in 2021");
        assertThat(run.out().split("<q class=", -1)).hasSize(3);
    }

    @Test
    void aSentenceWithManyFiguresIsPrintedOnce() throws IOException {
        CliRun run = CliRun.of("check-article", write("list.txt", "12 projects ".repeat(200)).toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("1 sentences, 200 figures");
        assertThat(run.out().split("12 projects 12 projects", -1).length - 1).as("the sentence printed once")
                .isEqualTo(100);
    }

    @Test
    void anArticleOverABoundIsRefusedNamingIt() throws IOException {
        CliRun figures = CliRun.of("check-article", write("many.txt", "12 projects ".repeat(16_000)).toString());
        assertThat(figures.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(figures.err()).contains("many.txt", "more than 250 figures", "limit figures = 250")
                .doesNotContain("Exception");
        CliRun characters = CliRun.of("check-article", write("long.txt", "a ".repeat(100_001)).toString());
        assertThat(characters.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        // read no further than the bound (README: the CLI stops at the 200,001st character)
        assertThat(characters.err()).contains("long.txt", "longer than 200,000 characters");
    }

    @Test
    void badInputIsNamed() throws IOException {
        CliRun missing = CliRun.of("check-article", dir.resolve("nowhere.txt").toString());
        assertThat(missing.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(missing.err()).contains("nowhere.txt", "no such file");
        CliRun date = CliRun.of("check-article", "--published", "yesterday", write("a.txt", ARTICLE).toString());
        assertThat(date.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(date.err()).contains("--published", "not a date: 'yesterday'");
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "Trade was \u00a323 billion".getBytes(StandardCharsets.ISO_8859_1));
        CliRun encoding = CliRun.of("check-article", latin1.toString());
        assertThat(encoding.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(encoding.err()).contains("not UTF-8");
        CliRun empty = CliRun.of("check-article", write("empty.txt", "  \n").toString());
        assertThat(empty.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(empty.err()).contains("the article is empty");
        CliRun format = CliRun.of("check-article", "--format", "pdf", write("b.txt", ARTICLE).toString());
        assertThat(format.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(format.err()).contains("--format", "expected table, json or html");
    }
}
