package corridor.evidence.check;

import corridor.model.record.Period;
import corridor.model.source.PublisherType;
import corridor.model.source.Source;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A value from the data that bears on a claim, with where it comes from.
 *
 * @param reporter      whose statistics ({@code CN-GACC}); for a computed value, the reporter of its inputs
 * @param measure       the measure
 * @param period        the period of the value (for a change, the later period)
 * @param value         the value, in {@code unit}
 * @param unit          its unit
 * @param indicatorIds  the indicator rows it is, or is computed from
 * @param sources       the sources of those rows, resolved
 * @param derivation    empty for a published value; otherwise how it was computed
 * @param fit           how it relates to the claim
 * @param ownPublisher  whether every source of the value is the claim's own publisher
 * @param note          the data's note on the value (what exactly was counted); empty when none
 */
public record EvidenceValue(String reporter, String measure, Period period, double value, String unit,
                            List<String> indicatorIds, List<Source> sources, String derivation, Fit fit,
                            boolean ownPublisher, String note) {

    public EvidenceValue {
        indicatorIds = List.copyOf(indicatorIds);
        sources = List.copyOf(sources);
        note = note == null ? "" : note;
    }

    /** The publishers and their types: "China Daily (state media); Dawn (independent media)". */
    public String publishers() {
        return sources.stream().map(s -> s.publisher() + " (" + typeName(s.publisherType()) + ")").distinct()
                .collect(Collectors.joining("; "));
    }

    /** A publisher type in words: {@code STATE_MEDIA} is "state media". */
    public static String typeName(PublisherType type) {
        return type == null ? "unknown type" : type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    EvidenceValue withFit(Fit newFit) {
        return new EvidenceValue(reporter, measure, period, value, unit, indicatorIds, sources, derivation, newFit,
                ownPublisher, note);
    }
}
