package corridor.model.record;

import corridor.model.source.Provenance;

/**
 * One published value of a measure: for example China's customs' figure for bilateral trade in
 * 2024. Values of one measure from different reporters form separate series and are never added.
 *
 * @param id         unique key
 * @param subject    what is measured: "cpec" for the corridor as a whole, or a project or link id
 * @param measure    the measure, dotted ({@code trade.total}, {@code trade.exports.pk_to_cn}, {@code jobs.direct})
 * @param reporter   whose statistics the figure is (CN-GACC, PK-SBP, ...), which defines a series
 * @param period     the time the value refers to
 * @param value      the value, in {@code unit}
 * @param unit       unit ({@code USD}, {@code jobs}, {@code count}, {@code km}, {@code percent})
 * @param provenance sources and confidence
 */
public record IndicatorValue(String id, String subject, String measure, String reporter, Period period,
                             double value, String unit, Provenance provenance) {
}
