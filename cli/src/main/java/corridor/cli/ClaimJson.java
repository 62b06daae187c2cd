package corridor.cli;

import corridor.evidence.ClaimCheck;
import corridor.evidence.EvidenceValue;
import corridor.model.Source;

import java.util.LinkedHashMap;
import java.util.Map;

/** A claim check as JSON-ready maps, shared by {@code check-claim} and {@code check-article}. */
final class ClaimJson {

    private ClaimJson() {
    }

    static Map<String, Object> check(ClaimCheck check) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("figure", check.claim().figureText());
        m.put("subjects", check.claim().subjects());
        m.put("kind", EvidenceFormat.name(check.claim().kind()));
        m.put("measures", check.claim().measures());
        m.put("value", check.claim().value());
        m.put("unit", check.claim().unit());
        m.put("bound", EvidenceFormat.name(check.claim().bound()));
        m.put("tolerance", check.claim().tolerance());
        m.put("period", check.claim().periodLabel());
        m.put("verdict", EvidenceFormat.name(check.verdict()));
        m.put("onlyOwnPublisher", check.onlyOwnPublisher());
        m.put("explanation", check.explanation());
        m.put("compared", check.compared().stream().map(ClaimJson::value).toList());
        m.put("related", check.related().stream().map(ClaimJson::value).toList());
        m.put("otherMeasures", check.otherMeasures().stream().map(ClaimJson::value).toList());
        return m;
    }

    private static Map<String, Object> value(EvidenceValue e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reporter", e.reporter());
        m.put("measure", e.measure());
        m.put("period", e.period().label());
        m.put("value", e.value());
        m.put("unit", e.unit());
        m.put("fit", EvidenceFormat.name(e.fit()));
        m.put("ownPublisher", e.ownPublisher());
        m.put("derivation", e.derivation());
        m.put("indicators", e.indicatorIds());
        m.put("sources", e.sources().stream().map(ClaimJson::source).toList());
        m.put("note", e.note());
        return m;
    }

    private static Map<String, Object> source(Source s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("publisher", s.publisher());
        m.put("publisherType", EvidenceFormat.name(s.publisherType()));
        m.put("title", s.title());
        m.put("date", s.date());
        m.put("url", s.url());
        m.put("citation", s.citation());
        return m;
    }
}
