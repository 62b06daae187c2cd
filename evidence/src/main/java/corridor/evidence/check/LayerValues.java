package corridor.evidence.check;

import corridor.evidence.claim.Measures;
import corridor.model.Dataset;
import corridor.model.record.IndicatorValue;
import corridor.model.network.Link;
import corridor.model.record.Period;
import corridor.model.record.PeriodType;
import corridor.model.record.Project;
import corridor.model.source.Source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures the dataset's layers hold besides its indicators, as indicator values a claim can
 * be checked against: each link's published length (measure {@code length}, in km, subject the link
 * id, dated by its first dated source, else "undated"), each project's cost (measure {@code cost}, in its
 * currency, subject the project id, for the year the amount is expressed in), its jobs (measure
 * {@code jobs.total}) and its capacity in MW (measure {@code capacity}), both dated by the project's
 * first dated source. A layer figure that
 * repeats an indicator of the same subject, measure and value is left out. Stateless.
 */
final class LayerValues {

    /** The period of a layer figure whose sources carry no date: a length has none to speak of. */
    static final Period UNDATED = new Period(PeriodType.CALENDAR_YEAR, "undated", LocalDate.of(1, 1, 1),
            LocalDate.of(1, 12, 31));

    private LayerValues() {
    }

    /** The dataset's indicators followed by its layers' figures. */
    static List<IndicatorValue> withLayers(Dataset dataset) {
        List<IndicatorValue> all = new ArrayList<>(dataset.indicators());
        Map<String, Source> sources = dataset.sourcesById();
        for (Link link : dataset.links()) {
            if (!link.hasPublishedLength()) {
                continue;
            }
            Optional<Integer> year = link.provenance().sourceIds().stream().map(sources::get)
                    .filter(s -> s != null && s.date().length() >= 4).map(s -> Integer.parseInt(s.date().substring(0, 4)))
                    .findFirst();
            if (repeats(dataset, link.id(), Measures.LENGTH, link.distanceKm())) {
                continue;
            }
            all.add(new IndicatorValue("link:" + link.id(), link.id(), Measures.LENGTH, "links layer",
                    year.map(LayerValues::calendarYear).orElse(UNDATED), link.distanceKm(), "km", link.provenance()));
        }
        for (Project p : dataset.projects()) {
            Optional<Period> dated = projectYear(p, sources);
            if (p.cost() != null && !repeats(dataset, p.id(), Measures.COST, p.cost().amount())) {
                all.add(new IndicatorValue("project:" + p.id() + ":cost", p.id(), Measures.COST, "projects layer",
                        calendarYear(p.cost().year()), p.cost().amount(), p.cost().currency(), p.provenance()));
            }
            if (p.jobs() != null && dated.isPresent() && !repeats(dataset, p.id(), Measures.JOBS_TOTAL, p.jobs())) {
                all.add(new IndicatorValue("project:" + p.id() + ":jobs", p.id(), Measures.JOBS_TOTAL, "projects layer",
                        dated.get(), p.jobs(), "jobs", p.provenance()));
            }
            if (p.capacityValue() != null && dated.isPresent() && "MW".equals(p.capacityUnit())
                    && !repeats(dataset, p.id(), Measures.CAPACITY, p.capacityValue())) {
                all.add(new IndicatorValue("project:" + p.id() + ":capacity", p.id(), Measures.CAPACITY, "projects layer",
                        dated.get(), p.capacityValue(), "MW", p.provenance()));
            }
        }
        return List.copyOf(all);
    }

    /** The year of a project's first dated source, as the period its figures are reported for. */
    private static Optional<Period> projectYear(Project p, Map<String, Source> sources) {
        return p.provenance().sourceIds().stream().map(sources::get)
                .filter(s -> s != null && s.date().length() >= 4)
                .map(s -> calendarYear(Integer.parseInt(s.date().substring(0, 4)))).findFirst();
    }

    private static boolean repeats(Dataset dataset, String subject, String measure, double value) {
        return dataset.indicators().stream().anyMatch(v -> v.subject().equals(subject) && v.measure().equals(measure)
                && Math.abs(v.value() - value) < 1e-6 * Math.max(1, Math.abs(value)));
    }

    private static Period calendarYear(int year) {
        return new Period(PeriodType.CALENDAR_YEAR, Integer.toString(year), LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
    }
}
