package corridor.data.validate;

import corridor.data.load.DatasetFiles;
import corridor.model.Dataset;
import corridor.model.record.IndicatorValue;
import corridor.model.record.Incident;
import corridor.model.record.MineralArea;
import corridor.model.network.ModeDefaults;
import corridor.model.network.OpeningRule;
import corridor.model.network.Place;
import corridor.model.source.Provenance;
import corridor.model.source.Source;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Sources that resolve (a url or a citation) and are not dated in the future, and every record
 * citing at least one source, each in sources.csv and resolving.
 */
final class SourceRules {

    private SourceRules() {
    }

    static void check(Dataset dataset, LocalDate today, Findings findings) {
        Map<String, Source> byId = dataset.sourcesById();
        for (Source source : dataset.sources()) {
            if (!source.resolves()) {
                findings.error(source, "url", "a source needs a url or a citation");
            }
            Optional<LocalDate> published = DatasetDate.firstDay(source.date());
            if (published.isPresent() && published.get().isAfter(today)) {
                findings.error(source, "date", "publication date " + source.date() + " is in the future (today is "
                        + today + " at the latest, anywhere)");
            }
        }
        for (ModeDefaults defaults : dataset.modeDefaults().values()) {
            cites(defaults, defaults.provenance(), byId, findings);
        }
        for (Place place : dataset.places()) {
            cites(place, place.provenance(), byId, findings);
            for (OpeningRule rule : place.calendar().rules()) {
                cites(rule, rule.provenance(), byId, findings);
            }
        }
        dataset.links().forEach(l -> cites(l, l.provenance(), byId, findings));
        dataset.projects().forEach(p -> cites(p, p.provenance(), byId, findings));
        for (IndicatorValue indicator : dataset.indicators()) {
            cites(indicator, indicator.provenance(), byId, findings);
        }
        for (Incident incident : dataset.incidents()) {
            cites(incident, incident.provenance(), byId, findings);
        }
        for (MineralArea mineral : dataset.minerals()) {
            cites(mineral, mineral.provenance(), byId, findings);
        }
        dataset.sections().forEach(s -> cites(s, s.provenance(), byId, findings));
        dataset.vehicles().forEach(v -> cites(v, v.provenance(), byId, findings));
        dataset.accessRules().forEach(r -> cites(r, r.provenance(), byId, findings));
    }

    private static void cites(Object record, Provenance provenance, Map<String, Source> sources, Findings findings) {
        if (provenance == null || provenance.sourceIds().isEmpty()) {
            findings.error(record, "source", "missing required value");
            return;
        }
        for (String id : provenance.sourceIds()) {
            Source source = sources.get(id);
            if (source == null) {
                findings.missing(record, "source", "source", id, "unknown source '" + id + "'; not in sources.csv",
                        DatasetFiles.SOURCES);
            } else if (!source.resolves()) {
                findings.knockOn(record, "source", "source '" + id + "' does not resolve: it has neither url nor "
                        + "citation", findings.at(source));
            }
        }
    }
}
