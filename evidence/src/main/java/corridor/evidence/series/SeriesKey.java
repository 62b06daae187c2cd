package corridor.evidence.series;

/**
 * What makes a series: one measure of one subject in the statistics of one reporter. Values of
 * different reporters (China's customs against Pakistan's statistics) are different series.
 *
 * @param subject  "cpec", or the id of a project or link
 * @param measure  the dotted measure ({@code trade.total})
 * @param reporter whose statistics ({@code CN-GACC}, {@code PK-SBP})
 */
public record SeriesKey(String subject, String measure, String reporter) {
}
