package corridor.evidence;

import corridor.model.Dataset;
import corridor.model.IndicatorValue;
import corridor.model.Period;
import corridor.model.PeriodType;
import corridor.model.Source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks quantitative claims against a dataset's indicators.
 *
 * <p>A value backs a claim when its measure is one the claim may be about, its unit fits, and its
 * period covers exactly the claim's days (any period when the claim names none). The verdict:
 * <ul>
 *   <li><b>supported</b> when at least one such value from a source other than the claim's own
 *       publisher lies within the claim's tolerance (values that disagree are listed too);</li>
 *   <li><b>contradicted</b> when independent values exist and none fits;</li>
 *   <li><b>unverifiable</b> when there is none, or only the claim's own publisher gives one (a
 *       publication repeating itself is not a check), or a value lies exactly on a strict bound.</li>
 * </ul>
 * A bilateral trade total may be computed as the sum of both directions' exports when one
 * reporter gives both for the same period; values of different reporters or periods are never
 * added. A change is compared with published growth figures and with the change computed from a
 * reporter's values for the period and the one before; a computed change gets 0.1 percentage point
 * more tolerance for the rounding of the values it is computed from.
 */
public final class ClaimChecker {

    /** Extra tolerance, in percentage points, for a change computed from two rounded published values. */
    public static final double COMPUTED_CHANGE_ALLOWANCE_PP = 0.1;
    /** Tolerance of an approximate claim ("about", "nearly"), as a share of its figure. */
    public static final double APPROXIMATE_SHARE = 0.05;

    private static final String TOTAL = "trade.total";
    private static final String CN_TO_PK = "trade.exports.cn_to_pk";
    private static final String PK_TO_CN = "trade.exports.pk_to_cn";

    private final List<IndicatorValue> indicators;
    private final Map<String, Source> sources;

    /** A checker over the indicators and sources of {@code dataset}. */
    public ClaimChecker(Dataset dataset) {
        this.indicators = dataset.indicators();
        this.sources = dataset.sourcesById();
    }

    /**
     * Reads the claims in {@code text} and checks each.
     *
     * @param claimPublisher who published the claim (a publisher name as in sources.csv, such as
     *                       "China Daily", or a source id); null or empty when unknown, and then every
     *                       source counts as independent
     * @throws corridor.model.InputException when the text holds no claim of a supported kind
     */
    public List<ClaimCheck> check(String text, String claimPublisher) {
        return ClaimParser.parse(text).stream().map(c -> check(c, claimPublisher)).toList();
    }

    /** Checks one claim; see {@link #check(String, String)}. */
    public ClaimCheck check(Claim claim, String claimPublisher) {
        String publisher = claimPublisher == null ? "" : claimPublisher.strip();
        List<EvidenceValue> candidates = claim.kind() == ClaimKind.CHANGE
                ? changes(claim, publisher) : values(claim.measures(), claim.unit(), publisher);
        Period period = claim.hasPeriod() ? periodOf(claim.periodLabel()) : null;
        List<EvidenceValue> compared = new ArrayList<>();
        List<EvidenceValue> related = new ArrayList<>();
        for (EvidenceValue candidate : candidates) {
            if (period == null || candidate.period().sameSpanAs(period)) {
                compared.add(candidate.withFit(fit(claim, candidate)));
            } else if (IndicatorComparison.overlap(candidate.period(), period)) {
                related.add(candidate);
            }
        }
        return verdict(claim, publisher, period, compared, related, otherMeasures(claim, publisher, period));
    }

    /** Independent values of sibling measures (same first part, as jobs.total for jobs.direct) that fit the figure. */
    private List<EvidenceValue> otherMeasures(Claim claim, String publisher, Period period) {
        if (claim.kind() == ClaimKind.CHANGE) {
            return List.of();
        }
        Set<String> prefixes = claim.measures().stream().map(m -> m.substring(0, m.indexOf('.') + 1))
                .filter(p -> !p.isEmpty()).collect(Collectors.toSet());
        List<EvidenceValue> result = new ArrayList<>();
        for (IndicatorValue v : indicators) {
            boolean sibling = prefixes.stream().anyMatch(p -> v.measure().startsWith(p))
                    && !claim.measures().contains(v.measure()) && unitFits(claim.unit(), v.unit())
                    && (period == null || v.period().sameSpanAs(period));
            if (sibling) {
                EvidenceValue e = published(v, publisher);
                EvidenceValue fitted = e.withFit(fit(claim, e));
                if (!fitted.ownPublisher() && fitted.fit() == Fit.MATCHES) {
                    result.add(fitted);
                }
            }
        }
        return result;
    }

    // ---- values from the data ----

    private List<EvidenceValue> values(List<String> measures, String unit, String publisher) {
        List<EvidenceValue> result = new ArrayList<>();
        for (String measure : measures) {
            indicators.stream().filter(v -> v.measure().equals(measure) && unitFits(unit, v.unit()))
                    .forEach(v -> result.add(published(v, publisher)));
            if (measure.equals(TOTAL)) {
                result.addAll(derivedTotals(publisher));
            }
        }
        return result;
    }

    private static boolean unitFits(String claimUnit, String dataUnit) {
        return claimUnit.equals(dataUnit) || (claimUnit.equals("count") && dataUnit.equals("jobs"))
                || (claimUnit.equals("jobs") && dataUnit.equals("count"));
    }

    private EvidenceValue published(IndicatorValue v, String publisher) {
        List<Source> cited = resolve(v.provenance().sourceIds());
        return new EvidenceValue(v.reporter(), v.measure(), v.period(), v.value(), v.unit(), List.of(v.id()), cited,
                "", Fit.NOT_COMPARED, isOwn(cited, publisher), v.provenance().note());
    }

    /** Trade totals as both directions' exports from one reporter for one period, where no total is published. */
    private List<EvidenceValue> derivedTotals(String publisher) {
        List<EvidenceValue> result = new ArrayList<>();
        for (IndicatorValue out : indicators) {
            if (!out.measure().equals(CN_TO_PK) || !out.unit().equals("USD")) {
                continue;
            }
            indicators.stream()
                    .filter(in -> in.measure().equals(PK_TO_CN) && in.unit().equals("USD")
                            && in.reporter().equals(out.reporter()) && in.subject().equals(out.subject())
                            && in.period().sameSpanAs(out.period()) && in.period().type() == out.period().type())
                    .filter(in -> !hasTotal(out.reporter(), out.subject(), out.period()))
                    .findFirst()
                    .ifPresent(in -> {
                        List<Source> cited = resolve(union(out.provenance().sourceIds(), in.provenance().sourceIds()));
                        result.add(new EvidenceValue(out.reporter(), TOTAL, out.period(), out.value() + in.value(), "USD",
                                List.of(out.id(), in.id()), cited, "sum of " + out.reporter() + "'s exports both ways for "
                                + out.period().label() + " (" + Figures.money(out.value()) + " China to Pakistan + "
                                + Figures.money(in.value()) + " Pakistan to China)", Fit.NOT_COMPARED,
                                isOwn(cited, publisher), ""));
                    });
        }
        return result;
    }

    private boolean hasTotal(String reporter, String subject, Period period) {
        return indicators.stream().anyMatch(v -> v.measure().equals(TOTAL) && v.reporter().equals(reporter)
                && v.subject().equals(subject) && v.period().sameSpanAs(period));
    }

    /** Published growth figures, and changes computed from a reporter's consecutive values. */
    private List<EvidenceValue> changes(Claim claim, String publisher) {
        List<EvidenceValue> result = new ArrayList<>();
        for (String measure : claim.measures()) {
            indicators.stream().filter(v -> v.measure().equals(measure + ".growth") && v.unit().equals("percent"))
                    .forEach(v -> result.add(published(v, publisher)));
            List<EvidenceValue> levels = values(List.of(measure), "USD", publisher);
            for (EvidenceValue later : levels) {
                Period before = previous(later.period());
                if (before == null) {
                    continue;
                }
                levels.stream()
                        .filter(e -> e.reporter().equals(later.reporter()) && e.period().sameSpanAs(before)
                                && e.period().type() == later.period().type() && e.value() != 0)
                        .findFirst()
                        .ifPresent(e -> result.add(computedChange(e, later, publisher)));
            }
        }
        return result;
    }

    private EvidenceValue computedChange(EvidenceValue before, EvidenceValue later, String publisher) {
        double percent = 100 * (later.value() / before.value() - 1);
        List<Source> cited = new ArrayList<>(new LinkedHashSet<>(
                Stream.concat(before.sources().stream(), later.sources().stream()).toList()));
        List<String> ids = Stream.concat(before.indicatorIds().stream(), later.indicatorIds().stream()).toList();
        String derivation = "computed from " + later.reporter() + "'s " + Figures.money(before.value()) + " in "
                + before.period().label() + " and " + Figures.money(later.value()) + " in " + later.period().label();
        return new EvidenceValue(later.reporter(), later.measure() + ".growth", later.period(), percent, "percent",
                ids, cited, derivation, Fit.NOT_COMPARED, isOwn(cited, publisher), "");
    }

    /** The period of the same type just before {@code period}; null for periods that have none. */
    static Period previous(Period period) {
        int year = period.end().getYear() - 1;
        return switch (period.type()) {
            case CALENDAR_YEAR -> periodOf(Integer.toString(year));
            case FISCAL_YEAR -> periodOf("FY" + year);
            default -> null;
        };
    }

    /** The period of a claim label: {@code 2024} or {@code FY2024}. */
    static Period periodOf(String label) {
        if (label.startsWith("FY")) {
            int year = Integer.parseInt(label.substring(2));
            return new Period(PeriodType.FISCAL_YEAR, label, LocalDate.of(year - 1, 7, 1), LocalDate.of(year, 6, 30));
        }
        int year = Integer.parseInt(label);
        return new Period(PeriodType.CALENDAR_YEAR, label, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    // ---- comparing ----

    private static Fit fit(Claim claim, EvidenceValue value) {
        double tolerance = tolerance(claim, value);
        double v = value.value();
        double c = claim.value();
        return switch (claim.bound()) {
            case EXACT, APPROXIMATE -> Math.abs(v - c) <= tolerance ? Fit.MATCHES : Fit.DIFFERS;
            case MORE_THAN -> v > c ? Fit.MATCHES : v == c ? Fit.UNDECIDED : Fit.DIFFERS;
            case LESS_THAN -> v < c ? Fit.MATCHES : v == c ? Fit.UNDECIDED : Fit.DIFFERS;
            case AT_LEAST -> v >= c - tolerance ? Fit.MATCHES : Fit.DIFFERS;
            case AT_MOST -> v <= c + tolerance ? Fit.MATCHES : Fit.DIFFERS;
        };
    }

    /** The tolerance the claim is held to against {@code value}. */
    static double tolerance(Claim claim, EvidenceValue value) {
        double tolerance = claim.tolerance();
        if (claim.bound() == Bound.APPROXIMATE) {
            tolerance = Math.max(tolerance, APPROXIMATE_SHARE * Math.abs(claim.value()));
        }
        if (!value.derivation().isEmpty() && claim.kind() == ClaimKind.CHANGE) {
            tolerance += COMPUTED_CHANGE_ALLOWANCE_PP;
        }
        return tolerance;
    }

    private ClaimCheck verdict(Claim claim, String publisher, Period period, List<EvidenceValue> compared,
                               List<EvidenceValue> related, List<EvidenceValue> otherMeasures) {
        List<EvidenceValue> independent = compared.stream().filter(e -> !e.ownPublisher()).toList();
        String stated = "The claim: " + describe(claim) + ". ";
        Verdict verdict;
        String reason;
        boolean onlyOwn = false;
        if (compared.isEmpty()) {
            verdict = Verdict.UNVERIFIABLE;
            reason = "No value of " + String.join(" or ", claim.measures())
                    + (period == null ? "" : " for " + PeriodText.describe(period)) + " in the data."
                    + otherPeriods(related, period);
        } else if (independent.isEmpty()) {
            verdict = Verdict.UNVERIFIABLE;
            onlyOwn = true;
            reason = "The only source of this figure is the claim's own publisher, " + publisher
                    + ": " + list(compared) + ". A publication repeating itself is not a check.";
        } else if (independent.stream().anyMatch(e -> e.fit() == Fit.MATCHES)) {
            verdict = Verdict.SUPPORTED;
            reason = "Matching: " + list(independent.stream().filter(e -> e.fit() == Fit.MATCHES).toList()) + "."
                    + disagreeing(independent);
        } else if (independent.stream().anyMatch(e -> e.fit() == Fit.UNDECIDED)) {
            verdict = Verdict.UNVERIFIABLE;
            reason = "The data give exactly the claim's bound, which neither confirms nor rules it out: "
                    + list(independent) + ".";
        } else {
            verdict = Verdict.CONTRADICTED;
            reason = "The data differ: " + list(independent) + ".";
        }
        String ownNote = !onlyOwn && compared.size() > independent.size()
                ? " Not counted, as the claim's own publisher: " + list(compared.stream().filter(
                        EvidenceValue::ownPublisher).toList()) + "." : "";
        String otherNote = otherMeasures.isEmpty() ? "" : " The figure matches other measures: " + list(otherMeasures)
                + ".";
        if (!compared.isEmpty()) {
            otherNote += otherPeriods(related, period);
        }
        return new ClaimCheck(claim, verdict, stated + reason + ownNote + otherNote, compared, related, otherMeasures,
                onlyOwn, publisher);
    }

    private static String describe(Claim claim) {
        String figure = switch (claim.kind()) {
            case CHANGE -> (claim.value() >= 0 ? "+" : "") + Figures.plain(claim.value(), 3) + "% change from the "
                    + "period before";
            default -> Figures.format(claim.value(), claim.unit());
        };
        String bound = switch (claim.bound()) {
            case EXACT -> "";
            case APPROXIMATE -> "about ";
            case MORE_THAN -> "more than ";
            case AT_LEAST -> "at least ";
            case LESS_THAN -> "less than ";
            case AT_MOST -> "at most ";
        };
        String tolerance = claim.bound() == Bound.MORE_THAN || claim.bound() == Bound.LESS_THAN ? ""
                : ", tolerance ±" + (claim.bound() == Bound.APPROXIMATE ? "5%" : claim.unit().equals("percent")
                ? Figures.plain(claim.tolerance(), 3) + " percentage points"
                : Figures.format(claim.tolerance(), claim.unit().equals("USD") ? "USD" : "count"))
                + (claim.bound() == Bound.APPROXIMATE ? "" : " (half a unit of its last digit)");
        return bound + figure + " of " + String.join(" or ", claim.measures())
                + (claim.hasPeriod() ? " for " + claim.periodLabel() : " (no period named: any period)") + tolerance;
    }

    private static String list(List<EvidenceValue> values) {
        return values.stream().map(ClaimChecker::describe).collect(Collectors.joining("; "));
    }

    static String describe(EvidenceValue e) {
        String how = e.derivation().isEmpty() ? "" : " [" + e.derivation() + "]";
        String figure = e.unit().equals("percent") ? Figures.plain(e.value(), 2) + "%"
                : Figures.format(e.value(), e.unit());
        String note = e.note().isEmpty() ? "" : " — " + e.note();
        return e.reporter() + " " + e.measure() + " " + e.period().label() + " = " + figure + how
                + " (" + e.publishers() + ")" + note;
    }

    private static String disagreeing(List<EvidenceValue> independent) {
        List<EvidenceValue> others = independent.stream().filter(e -> e.fit() != Fit.MATCHES).toList();
        return others.isEmpty() ? "" : " Other sources disagree: " + list(others) + ".";
    }

    private static String otherPeriods(List<EvidenceValue> related, Period period) {
        if (related.isEmpty()) {
            return "";
        }
        String warning = period == null ? "" : " Periods differ from " + PeriodText.describe(period)
                + " and are not compared";
        return warning + (warning.isEmpty() ? " " : "; ") + "values for other periods: " + related.stream()
                .map(e -> describe(e) + " for " + PeriodText.describe(e.period()))
                .collect(Collectors.joining("; ")) + ".";
    }

    // ---- sources ----

    private List<Source> resolve(List<String> ids) {
        return ids.stream().map(sources::get).filter(Objects::nonNull).toList();
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** Whether every source is the claim's publisher (by publisher name or source id, ignoring case). */
    static boolean isOwn(List<Source> cited, String publisher) {
        if (publisher.isEmpty() || cited.isEmpty()) {
            return false;
        }
        String wanted = publisher.toLowerCase(Locale.ROOT);
        return cited.stream().allMatch(s -> s.publisher().toLowerCase(Locale.ROOT).equals(wanted)
                || s.id().toLowerCase(Locale.ROOT).equals(wanted));
    }
}
