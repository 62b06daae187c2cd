/**
 * The evidence commands: {@code check-claim}, {@code check-article} (with its HTML page, {@code ArticleHtml}),
 * {@code indicators}, {@code projects} and {@code near}; their tables and CSV in {@code EvidenceFormat},
 * {@code --publisher} in {@code PublisherOption}, their
 * JSON written by {@code corridor.api} as the API writes it.
 *
 * <p>May use: {@code corridor.cli.common}, {@code corridor.api}, {@code corridor.evidence} (not its inner
 * {@code text} stage), {@code corridor.model}, commons-csv, Jackson, picocli.
 */
package corridor.cli.evidence;
