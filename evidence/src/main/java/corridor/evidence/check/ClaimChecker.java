package corridor.evidence.check;

import corridor.evidence.claim.Bound;
import corridor.evidence.claim.Claim;
import corridor.evidence.claim.ClaimKind;
import corridor.evidence.claim.ClaimPeriod;
import corridor.evidence.claim.ClaimReader;
import corridor.evidence.claim.Measures;
import corridor.evidence.text.PeriodText;
import corridor.evidence.text.ShortQuote;
import corridor.model.Dataset;
import corridor.model.record.IndicatorValue;
import corridor.model.InputException;
import corridor.model.network.Mode;
import corridor.model.record.Period;
import corridor.model.record.PeriodType;
import corridor.model.source.Source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks quantitative claims against a dataset: its indicators, its links' published lengths and
 * its projects' costs.
 *
 * <p>A value backs a claim when it is of a subject and a measure the claim may be about, its unit
 * fits, and its period is the claim's ({@link ClaimPeriod#backs}; any period when the claim names
 * none). The verdict:
 * <ul>
 *   <li><b>supported</b> when values from sources other than the claim's own publisher lie within the
 *       claim's tolerance and no value from another source disagrees;</li>
 *   <li><b>disputed</b> when the data's sources disagree among themselves and the claim matches some
 *       of them (possibly only its own publisher's) but not the others;</li>
 *   <li><b>contradicted</b> when independent values exist and none fits;</li>
 *   <li><b>unverifiable</b> when there is nothing to check against (no measure, no value, only values
 *       for other periods, a currency without a sourced exchange rate), or only the claim's own
 *       publisher gives a value (a publication repeating itself is not a check), or a value lies
 *       exactly on a strict bound.</li>
 * </ul>
 * A bilateral trade total may be computed as the sum of both directions' exports when one
 * reporter gives both for the same period; values of different reporters or periods are never
 * added. A change is compared with published growth figures and with the change computed from a
 * reporter's values for the period and the one before; a computed change gets 0.1 percentage point
 * more tolerance for the rounding of the values it is computed from. Amounts in rupees or yuan are
 * converted to US dollars only with an exchange rate the data hold for the claim's period (an
 * indicator in unit {@code PKR/USD} or {@code CNY/USD}); otherwise they are not comparable. A
 * distance between two places of the network that no link or project the sentence names joins is held against
 * the route the checker's {@link NetworkDistances} give ({@link DistanceClaims}: within 10% supported, beyond 25%
 * contradicted, between unverifiable). Immutable; thread-safe when its {@link NetworkDistances} is.
 */
public final class ClaimChecker {

    /**
     * Most figures checked in one text, a claim or an article. A long article has a few dozen; each
     * check costs up to a few milliseconds and some kilobytes of answer (the values compared and
     * their sources).
     */
    public static final int MAX_FIGURES = 250;
    /** Extra tolerance, in percentage points, for a change computed from two rounded published values. */
    public static final double COMPUTED_CHANGE_ALLOWANCE_PP = 0.1;
    /** Tolerance of an approximate claim ("about", "some"), and the margin below a "nearly" claim, as a share of its figure. */
    public static final double APPROXIMATE_SHARE = 0.05;

    private static final String TOTAL = "trade.total";
    private static final String CN_TO_PK = "trade.exports.cn_to_pk";
    private static final String PK_TO_CN = "trade.exports.pk_to_cn";

    private final List<IndicatorValue> indicators;
    private final Map<String, Source> sources;
    private final ClaimReader reader;
    private final NetworkDistances distances;
    /** Each link's two places, by link id. */
    private final Map<String, List<String>> linkEnds;
    /** The places a transfer link joins to each place (a city's station and port), by place id. */
    private final Map<String, Set<String>> hubMates;
    /** Trade totals summed from both directions' exports (not yet marked as the claim's own publisher's or not). */
    private final List<EvidenceValue> derivedTotals;

    /**
     * A checker over the indicators, links, projects and sources of {@code dataset}, without a network: a distance
     * between two places that no link or project of the data joins stays unverifiable.
     */
    public ClaimChecker(Dataset dataset) {
        this(dataset, NetworkDistances.NONE);
    }

    /**
     * A checker that also holds a distance between two places that no link or project joins against the route
     * {@code distances} give between them ({@link DistanceClaims}: within 10% supported, beyond 25% contradicted).
     *
     * @param distances the network's distances (thread-safe); {@link NetworkDistances#NONE} for none
     */
    public ClaimChecker(Dataset dataset, NetworkDistances distances) {
        this.distances = Objects.requireNonNull(distances, "distances");
        this.linkEnds = dataset.links().stream().collect(Collectors.toUnmodifiableMap(l -> l.id(),
                l -> List.of(l.fromId(), l.toId()), (a, b) -> a));
        Map<String, Set<String>> mates = new java.util.HashMap<>();
        dataset.links().stream().filter(l -> l.mode() == Mode.TRANSFER).forEach(l -> {
            mates.computeIfAbsent(l.fromId(), k -> new java.util.HashSet<>()).add(l.toId());
            mates.computeIfAbsent(l.toId(), k -> new java.util.HashSet<>()).add(l.fromId());
        });
        mates.replaceAll((k, v) -> Set.copyOf(v));
        this.hubMates = Map.copyOf(mates);
        this.sources = dataset.sourcesById();
        this.indicators = LayerValues.withLayers(dataset);
        this.reader = new ClaimReader(dataset);
        this.derivedTotals = summedExports();
    }

    /** The reader this checker reads claims with (same dataset). */
    public ClaimReader reader() {
        return reader;
    }

    /**
     * Reads the claims in {@code text} and checks each.
     *
     * @param claimPublisher who published the claim (a publisher name as in sources.csv, such as
     *                       "China Daily", or a source id); null or empty when unknown, and then every
     *                       source counts as independent
     * @throws corridor.model.InputException when the text holds no quantitative claim
     * @throws CheckLimitException when it holds more than {@link #MAX_FIGURES} (none is checked then)
     */
    public List<ClaimCheck> check(String text, String claimPublisher) {
        if (text == null || text.isBlank()) {
            throw InputException.ofParameter("claim", "empty; give the text of a quantitative claim");
        }
        List<Claim> claims = reader.read(text.strip(), null, MAX_FIGURES + 1);
        if (claims.isEmpty()) {
            throw InputException.ofParameter("claim", "no quantitative claim found in '" + ShortQuote.of(text.strip())
                    + "'; a claim is an amount (US$23.1 billion, Rs 500 crore), a percentage or change (up 11.1%), "
                    + "a length (146 km) or a count of something the data measure (236,000 direct jobs)");
        }
        if (claims.size() > MAX_FIGURES) {
            throw new CheckLimitException(CheckLimitException.Limit.FIGURES, MAX_FIGURES,
                    "the text has more than " + MAX_FIGURES + " figures to check; give fewer at a time");
        }
        return claims.stream().map(c -> check(c, claimPublisher)).toList();
    }

    /**
     * Checks one claim; see {@link #check(String, String)}. A distance between two places ({@link Claim#places()}) is
     * held against the published length of the link or project the sentence names when it names one, else against
     * the network's route ({@link DistanceClaims}); {@link ClaimCheck#distance()} says which.
     */
    public ClaimCheck check(Claim claim, String claimPublisher) {
        String publisher = claimPublisher == null ? "" : claimPublisher.strip();
        if (claim.isDistanceBetweenPlaces() && !namesRecordOf(claim)) {
            return DistanceClaims.check(claim, distances, publisher);
        }
        ClaimCheck check = checkRecords(claim, publisher);
        if (!claim.isDistanceBetweenPlaces()) {
            return check;
        }
        return new ClaimCheck(claim, check.verdict(), check.explanation()
                + DistanceClaims.publishedLengthNote(claim), check.compared(), check.related(),
                check.otherMeasures(), check.onlyOwnPublisher(), publisher,
                new DistanceCheck(claim.places(), DistanceCheck.CheckedBy.PUBLISHED_LENGTH, null, null));
    }

    /**
     * Whether a distance claim's measure is of a record between its two places: a link that joins them (either way),
     * or a project (whose ends the data do not hold). A link the sentence names that does not join them ("the M-5 ...
     * Sukkur to Faisalabad 622 km") is not what the distance is of.
     */
    private boolean namesRecordOf(Claim claim) {
        if (!claim.hasMeasure()) {
            return false;
        }
        String a = claim.places().fromId();
        String b = claim.places().toId();
        return claim.subjects().stream().anyMatch(id -> {
            List<String> ends = linkEnds.get(id);
            return ends == null ? !id.equals(Measures.CORRIDOR)
                    : at(ends.get(0), a) && at(ends.get(1), b) || at(ends.get(0), b) && at(ends.get(1), a);
        });
    }

    /** Whether {@code end} is {@code place} or a place of its hub (a transfer joins them: Havelian and its station). */
    private boolean at(String end, String place) {
        return end.equals(place) || hubMates.getOrDefault(place, Set.of()).contains(end);
    }

    /** The check of a claim against the values of the data (indicators and records). */
    private ClaimCheck checkRecords(Claim claim, String publisher) {
        if (!claim.hasMeasure()) {
            return unverifiable(claim, publisher, "No measure in the data matches what this figure is about"
                    + " (no indicator, link or project named in the sentence holds " + unitWords(claim.unit()) + ")."
                    + (claim.unit().equals("km") && claim.kind() == ClaimKind.VALUE ? " Nor does it name two places"
                    + " of the network (cities, border crossings, ports, stations) to measure a distance between." : ""));
        }
        // a length, capacity or cost is not selected by a period, so an unresolved one does not matter
        if (claim.hasPeriod() && claim.period().kind() == ClaimPeriod.Kind.UNRESOLVED && !timeless(claim)) {
            return unverifiable(claim, publisher, "The period is " + claim.period().describe() + ".");
        }
        Claim compared = claim;
        String conversion = "";
        if ((claim.unit().equals("PKR") || claim.unit().equals("CNY")) && !holdsIn(claim, claim.unit())) {
            Optional<IndicatorValue> rate = rate(claim);
            if (rate.isEmpty()) {
                return unverifiable(claim, publisher, "Not comparable: the claim is in " + claim.unit()
                        + ", the data hold no value of " + String.join(" or ", claim.measures()) + " in "
                        + claim.unit() + " and no sourced " + claim.unit() + "/USD exchange rate for "
                        + (claim.hasPeriod() ? claim.period().describe() : "an unnamed period")
                        + "; amounts are never converted at a rate Corridor could not cite.");
            }
            IndicatorValue r = rate.get();
            compared = new Claim(claim.text(), claim.kind(), claim.subjects(), claim.measures(),
                    claim.value() / r.value(), "USD", claim.bound(), claim.tolerance() / r.value(), claim.period(),
                    claim.figureText(), claim.start(), claim.end(), claim.published(), claim.places());
            conversion = "Converted at " + Figures.plain(r.value(), 4) + " " + claim.unit() + " per US dollar ("
                    + r.id() + ", " + published(r, publisher).publishers() + "). ";
        }
        ClaimCheck check = checkInUnit(compared, publisher);
        return conversion.isEmpty() ? check : new ClaimCheck(claim, check.verdict(), conversion + check.explanation(),
                check.compared(), check.related(), check.otherMeasures(), check.onlyOwnPublisher(), publisher);
    }

    private ClaimCheck checkInUnit(Claim claim, String publisher) {
        List<EvidenceValue> candidates = claim.kind() == ClaimKind.CHANGE
                ? changes(claim, publisher) : values(claim.subjects(), claim.measures(), claim.unit(), publisher);
        ClaimPeriod period = timeless(claim) ? null : claim.period();
        // naming no period, an article cannot mean a value for a period that had not begun when it was written:
        // when every value is of such a period, none is compared (where some are earlier, all are, as the data
        // date some counts by their publication rather than by the state they describe)
        LocalDate notAfter = period == null && !timeless(claim) ? claim.published() : null;
        List<EvidenceValue> compared = new ArrayList<>();
        List<EvidenceValue> related = new ArrayList<>();
        List<EvidenceValue> later = new ArrayList<>();
        boolean allLater = notAfter != null && !candidates.isEmpty()
                && candidates.stream().allMatch(c -> after(c, notAfter));
        for (EvidenceValue candidate : candidates) {
            if (allLater) {
                later.add(candidate);
            } else if (period == null || period.backs(candidate.period())) {
                compared.add(candidate.withFit(fit(claim, candidate)));
            } else if (period.overlaps(candidate.period())) {
                related.add(candidate);
            }
        }
        if (compared.isEmpty() && !later.isEmpty()) {
            return unverifiable(claim, publisher, "No period is named, and every value of " + String.join(" or ",
                    claim.measures()) + " in the data is for a period after the article's date (" + notAfter
                    + ": starting after it, or a running total ending in a later year), so none can be what it meant: " + later.stream().map(e -> e.reporter() + " "
                    + e.measure() + " " + e.period().label()).distinct().collect(Collectors.joining("; ")) + ".");
        }
        return verdict(claim, publisher, period, compared, related, otherMeasures(claim, publisher, period));
    }

    /**
     * Whether {@code value} is for a period an article of {@code date} could not speak of: one that starts after
     * it, or a running total that ends in a later year. The layers' figures (a project's jobs, dated by the
     * source that gives them) are what a thing is, and never set aside.
     */
    private static boolean after(EvidenceValue value, LocalDate date) {
        if (value.reporter().endsWith(" layer")) {
            return false;
        }
        Period p = value.period();
        return p.start().isAfter(date) || p.type() == PeriodType.CUMULATIVE && p.end().getYear() > date.getYear();
    }

    private static boolean timeless(Claim claim) {
        return claim.kind() != ClaimKind.CHANGE && !claim.measures().isEmpty()
                && Measures.TIMELESS.containsAll(claim.measures());
    }

    private ClaimCheck unverifiable(Claim claim, String publisher, String reason) {
        return new ClaimCheck(claim, Verdict.UNVERIFIABLE, "The claim: " + describe(claim) + ". " + reason, List.of(),
                List.of(), List.of(), false, publisher);
    }

    private static String unitWords(String unit) {
        return switch (unit) {
            case "USD", "PKR", "CNY" -> "an amount of money";
            case "percent" -> "a percentage";
            case "count" -> "a count";
            default -> "a value in " + unit;
        };
    }

    /** Whether the data hold a value of the claim's subjects and measures in {@code currency}. */
    private boolean holdsIn(Claim claim, String currency) {
        return indicators.stream().anyMatch(v -> v.unit().equals(currency) && claim.measures().contains(v.measure())
                && claim.subjects().contains(v.subject()));
    }

    /** A sourced exchange rate (unit {@code CUR/USD}) for the claim's exact period, or for its year. */
    private Optional<IndicatorValue> rate(Claim claim) {
        String unit = claim.unit() + "/USD";
        return indicators.stream().filter(v -> v.unit().equals(unit))
                .filter(v -> claim.hasPeriod() && claim.period().kind() == ClaimPeriod.Kind.EXACT
                        && !v.period().start().isAfter(claim.period().exact().start())
                        && !v.period().end().isBefore(claim.period().exact().end()))
                .findFirst();
    }

    /** Independent values of sibling measures (same first part, as jobs.total for jobs.direct) that fit the figure. */
    private List<EvidenceValue> otherMeasures(Claim claim, String publisher, ClaimPeriod period) {
        if (claim.kind() == ClaimKind.CHANGE) {
            return List.of();
        }
        Set<String> prefixes = claim.measures().stream().map(m -> m.substring(0, m.indexOf('.') + 1))
                .filter(p -> !p.isEmpty()).collect(Collectors.toSet());
        List<EvidenceValue> result = new ArrayList<>();
        for (IndicatorValue v : indicators) {
            boolean sibling = prefixes.stream().anyMatch(p -> v.measure().startsWith(p))
                    && !claim.measures().contains(v.measure()) && claim.subjects().contains(v.subject())
                    && unitFits(claim.unit(), v.unit()) && (period == null || period.backs(v.period()));
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

    private List<EvidenceValue> values(List<String> subjects, List<String> measures, String unit, String publisher) {
        List<EvidenceValue> result = new ArrayList<>();
        for (String measure : measures) {
            indicators.stream().filter(v -> v.measure().equals(measure) && subjects.contains(v.subject())
                            && unitFits(unit, v.unit()))
                    .forEach(v -> result.add(published(v, publisher)));
            if (measure.equals(TOTAL) && subjects.contains(Measures.CORRIDOR)) {
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
        return derivedTotals.stream().map(e -> new EvidenceValue(e.reporter(), e.measure(), e.period(), e.value(),
                e.unit(), e.indicatorIds(), e.sources(), e.derivation(), e.fit(), isOwn(e.sources(), publisher),
                e.note())).toList();
    }

    /** The trade totals that can be summed from both directions' exports; found once, as they depend on the data only. */
    private List<EvidenceValue> summedExports() {
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
                                + Figures.money(in.value()) + " Pakistan to China)", Fit.NOT_COMPARED, false, ""));
                    });
        }
        return List.copyOf(result);
    }

    private boolean hasTotal(String reporter, String subject, Period period) {
        return indicators.stream().anyMatch(v -> v.measure().equals(TOTAL) && v.reporter().equals(reporter)
                && v.subject().equals(subject) && v.period().sameSpanAs(period));
    }

    /** Published growth figures, and changes computed from a reporter's consecutive values. */
    private List<EvidenceValue> changes(Claim claim, String publisher) {
        List<EvidenceValue> result = new ArrayList<>();
        for (String measure : claim.measures()) {
            indicators.stream().filter(v -> v.measure().equals(measure + ".growth") && v.unit().equals("percent")
                            && claim.subjects().contains(v.subject()))
                    .forEach(v -> result.add(published(v, publisher)));
            if (!claim.unit().equals("percent")) {
                // a change in percentage points or in an amount is neither a growth rate nor computed from levels
                result.removeIf(e -> e.unit().equals("percent"));
                continue;
            }
            List<EvidenceValue> levels = new ArrayList<>();
            indicators.stream().filter(v -> v.measure().equals(measure) && claim.subjects().contains(v.subject())
                            && !v.unit().equals("percent"))
                    .forEach(v -> levels.add(published(v, publisher)));
            if (measure.equals(TOTAL) && claim.subjects().contains(Measures.CORRIDOR)) {
                levels.addAll(derivedTotals(publisher));
            }
            for (EvidenceValue later : levels) {
                Period before = previous(later.period());
                if (before == null) {
                    continue;
                }
                levels.stream()
                        .filter(e -> e.reporter().equals(later.reporter()) && e.unit().equals(later.unit())
                                && e.period().sameSpanAs(before)
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
        String derivation = "computed from " + later.reporter() + "'s " + Figures.format(before.value(), before.unit())
                + " in " + before.period().label() + " and " + Figures.format(later.value(), later.unit()) + " in "
                + later.period().label();
        return new EvidenceValue(later.reporter(), later.measure() + ".growth", later.period(), percent, "percent",
                ids, cited, derivation, Fit.NOT_COMPARED, isOwn(cited, publisher), "");
    }

    /** The same span one year earlier, for a year or a part of one; null for running totals. */
    static Period previous(Period period) {
        if (period.type() == PeriodType.CUMULATIVE) {
            return null;
        }
        LocalDate end = period.end().minusYears(1);
        if (period.end().getDayOfMonth() == period.end().lengthOfMonth()) {
            end = end.withDayOfMonth(end.lengthOfMonth()); // to the end of February in a leap year too
        }
        return new Period(period.type(), period.label(), period.start().minusYears(1), end);
    }

    // ---- comparing ----

    private static Fit fit(Claim claim, EvidenceValue value) {
        double tolerance = tolerance(claim, value);
        double v = value.value();
        double c = claim.value();
        return switch (claim.bound()) {
            case EXACT, APPROXIMATE -> Math.abs(v - c) <= tolerance ? Fit.MATCHES : Fit.DIFFERS;
            case NEARLY -> v <= c + claim.tolerance() && v >= c - tolerance ? Fit.MATCHES : Fit.DIFFERS;
            case MORE_THAN -> v > c ? Fit.MATCHES : v == c ? Fit.UNDECIDED : Fit.DIFFERS;
            case LESS_THAN -> v < c ? Fit.MATCHES : v == c ? Fit.UNDECIDED : Fit.DIFFERS;
            case AT_LEAST -> v >= c - tolerance ? Fit.MATCHES : Fit.DIFFERS;
            case AT_MOST -> v <= c + tolerance ? Fit.MATCHES : Fit.DIFFERS;
        };
    }

    /** The tolerance the claim is held to against {@code value}. */
    static double tolerance(Claim claim, EvidenceValue value) {
        double tolerance = claim.tolerance();
        if (claim.bound() == Bound.APPROXIMATE || claim.bound() == Bound.NEARLY) {
            tolerance = Math.max(tolerance, APPROXIMATE_SHARE * Math.abs(claim.value()));
        }
        if (!value.derivation().isEmpty() && claim.kind() == ClaimKind.CHANGE) {
            tolerance += COMPUTED_CHANGE_ALLOWANCE_PP;
        }
        return tolerance;
    }

    private ClaimCheck verdict(Claim claim, String publisher, ClaimPeriod period, List<EvidenceValue> compared,
                               List<EvidenceValue> related, List<EvidenceValue> otherMeasures) {
        List<EvidenceValue> independent = compared.stream().filter(e -> !e.ownPublisher()).toList();
        List<EvidenceValue> own = compared.stream().filter(EvidenceValue::ownPublisher).toList();
        List<EvidenceValue> matching = independent.stream().filter(e -> e.fit() == Fit.MATCHES).toList();
        List<EvidenceValue> differing = independent.stream().filter(e -> e.fit() == Fit.DIFFERS).toList();
        boolean ownMatches = own.stream().anyMatch(e -> e.fit() == Fit.MATCHES);
        String stated = "The claim: " + describe(claim) + ". ";
        Verdict verdict;
        String reason;
        boolean onlyOwn = false;
        boolean ownListed = false;
        if (compared.isEmpty()) {
            verdict = Verdict.UNVERIFIABLE;
            reason = "No value of " + String.join(" or ", claim.measures())
                    + (period == null ? "" : " for " + period.describe()) + " in the data."
                    + otherPeriods(related, period);
        } else if (independent.isEmpty()) {
            verdict = Verdict.UNVERIFIABLE;
            onlyOwn = true;
            reason = "The only source of this figure is the claim's own publisher, " + publisher
                    + ": " + list(compared) + ". A publication repeating itself is not a check.";
        } else if (!matching.isEmpty() && !differing.isEmpty()) {
            verdict = Verdict.DISPUTED;
            reason = "Sources in the data disagree. Matching: " + list(matching) + ". Differing: " + list(differing)
                    + ".";
        } else if (!matching.isEmpty()) {
            verdict = Verdict.SUPPORTED;
            reason = "Matching: " + list(matching) + ".";
        } else if (ownMatches && !differing.isEmpty()) {
            verdict = Verdict.DISPUTED;
            ownListed = true;
            reason = "Sources in the data disagree. Only the claim's own publisher gives the figure: "
                    + list(own.stream().filter(e -> e.fit() == Fit.MATCHES).toList()) + ". Differing: "
                    + list(differing) + ".";
        } else if (independent.stream().anyMatch(e -> e.fit() == Fit.UNDECIDED)) {
            verdict = Verdict.UNVERIFIABLE;
            reason = "The data give exactly the claim's bound, which neither confirms nor rules it out: "
                    + list(independent) + ".";
        } else {
            verdict = Verdict.CONTRADICTED;
            reason = "The data differ: " + list(independent) + ".";
        }
        String ownNote = !onlyOwn && !ownListed && !own.isEmpty()
                ? " Not counted, as the claim's own publisher: " + list(own) + "." : "";
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
            case CHANGE -> (claim.value() >= 0 ? "+" : "") + Figures.plain(claim.value(), 3)
                    + (claim.unit().equals("percent") ? "%" : " " + claim.unit()) + " change from the period before";
            default -> Figures.format(claim.value(), claim.unit());
        };
        String bound = boundWords(claim.bound());
        String half = claim.unit().equals("percent") || claim.unit().equals("percentage points")
                ? Figures.plain(claim.tolerance(), 3) + " percentage points"
                : Figures.format(claim.tolerance(), claim.unit().equals("count") ? "count" : claim.unit());
        String tolerance = switch (claim.bound()) {
            case MORE_THAN, LESS_THAN -> "";
            case APPROXIMATE -> ", tolerance ±5% or ±" + half + " (half a unit of its last digit), whichever is wider";
            case NEARLY -> ", held to at most the figure (+" + half + ") and at least 5% below it";
            default -> ", tolerance ±" + half + " (half a unit of its last digit)";
        };
        String about = claim.measures().isEmpty() ? "" : " of " + String.join(" or ", claim.measures())
                + (claim.subjects().isEmpty() || claim.subjects().equals(List.of(Measures.CORRIDOR)) ? ""
                : " (" + String.join(", ", claim.subjects()) + ")");
        String period = !claim.hasPeriod() ? " (no period named: any period)" : timeless(claim)
                ? " (the period named, " + claim.period().describe() + ", does not select a length, capacity or cost)"
                : " for " + claim.period().describe();
        return bound + figure + about + period + tolerance;
    }

    /** A bound as the words before a figure: "about ", "more than "; empty for an exact figure. */
    static String boundWords(Bound bound) {
        return switch (bound) {
            case EXACT -> "";
            case APPROXIMATE -> "about ";
            case NEARLY -> "nearly ";
            case MORE_THAN -> "more than ";
            case AT_LEAST -> "at least ";
            case LESS_THAN -> "less than ";
            case AT_MOST -> "at most ";
        };
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

    private static String otherPeriods(List<EvidenceValue> related, ClaimPeriod period) {
        if (related.isEmpty()) {
            return "";
        }
        String warning = period == null ? "" : " Periods differ from " + period.describe()
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
