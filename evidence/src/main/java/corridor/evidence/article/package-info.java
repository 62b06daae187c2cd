/**
 * Whole articles: {@link corridor.evidence.article.ArticleText} reads an article handed over as a string, plain
 * text with header lines or HTML (this is the evidence engine's reading package: the only one that parses
 * HTML, with jsoup, in memory; it opens no file), and splits it into sentences;
 * {@link corridor.evidence.article.ArticleChecker} checks every figure within the bounds and returns an
 * {@link corridor.evidence.article.ArticleReport} quoting each sentence once ({@code SentenceExcerpt}).
 * May use: corridor.evidence.check, corridor.evidence.claim, corridor.evidence.text, corridor.model, org.jsoup.
 */
package corridor.evidence.article;
