package corridor.evidence.series;

import corridor.model.record.IndicatorValue;
import corridor.model.record.Period;
import corridor.model.record.PeriodType;
import corridor.model.source.Provenance;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static corridor.evidence.fixtures.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class IndicatorComparisonTest {

    private final List<IndicatorValue> values = List.of(
            value("gacc-2021", "trade.total", "CN-GACC", "2021", 27.82e9, "USD", "s1"),
            value("gacc-2022", "trade.total", "CN-GACC", "2022", 26.0e9, "USD", "s1"),
            value("pbs-fy2022", "trade.total", "PK-PBS", "FY2022", 21.285e9, "USD", "s2"),
            value("pbs-fy2023", "trade.total", "PK-PBS", "FY2023", 14.126e9, "USD", "s2"),
            value("jobs", "jobs.direct", "CN-NDRC", "2013/2022", 236_000, "jobs", "s1"));

    @Test
    void oneSeriesPerMeasureAndReporter() {
        List<IndicatorSeries> series = IndicatorSeries.of(values);
        assertThat(series).extracting(s -> s.key().measure() + "/" + s.key().reporter())
                .containsExactly("jobs.direct/CN-NDRC", "trade.total/CN-GACC", "trade.total/PK-PBS");
        assertThat(series.get(1).values()).extracting(IndicatorValue::id).containsExactly("gacc-2021", "gacc-2022");
        assertThat(series.get(2).at("FY2023")).map(IndicatorValue::value).contains(14.126e9);
    }

    @Test
    void aSeriesReadsInTimeOrderByTheMonthItsPeriodsEnd() {
        // the order the data file happens to give; a start-ordered reading would put FY2022 (from July 2021) second
        List<IndicatorValue> months = List.of(
                value("fy22", "trade.total", "PK-MOC", "FY2022", 19.457e9, "USD", "s1"),
                moc("jan22", months("2022-01", 2022, 1, 2022, 1)),
                moc("q1", months("2021-07/2021-09", 2021, 7, 2021, 9)),
                moc("sep21", months("2021-09", 2021, 9, 2021, 9)),
                moc("jul21", months("2021-07", 2021, 7, 2021, 7)),
                moc("jul22", months("2022-07", 2022, 7, 2022, 7)));
        assertThat(IndicatorSeries.of(months).get(0).values()).extracting(IndicatorValue::id)
                .containsExactly("jul21", "sep21", "q1", "jan22", "fy22", "jul22");
    }

    private static Period months(String label, int firstYear, int firstMonth, int lastYear, int lastMonth) {
        return new Period(PeriodType.PARTIAL_YEAR, label, YearMonth.of(firstYear, firstMonth).atDay(1),
                YearMonth.of(lastYear, lastMonth).atEndOfMonth());
    }

    private static IndicatorValue moc(String id, Period period) {
        return new IndicatorValue(id, "cpec", "trade.total", "PK-MOC", period, 1e9, "USD", Provenance.of("s1"));
    }

    @Test
    void calendarAgainstFiscalYearsAreComparedWithAWarningNeverAdded() {
        List<SeriesDifference> differences = IndicatorComparison.differences(values);
        // 2021 overlaps FY2022 (Jul 2021-Jun 2022); 2022 overlaps FY2022 and FY2023
        assertThat(differences).hasSize(3);
        SeriesDifference first = differences.stream()
                .filter(d -> d.first().id().equals("gacc-2021") && d.second().id().equals("pbs-fy2022"))
                .findFirst().orElseThrow();
        assertThat(first.difference()).isCloseTo(21.285e9 - 27.82e9, within(1.0));
        assertThat(first.percentOfFirst()).isCloseTo(-23.49, within(0.01));
        assertThat(first.samePeriod()).isFalse();
        assertThat(first.periodNote()).contains("periods differ", "2021 (calendar year)", "FY2022 (fiscal year Jul 2021–Jun 2022)");
    }

    @Test
    void sameReporterOrDisjointPeriodsAreNotCompared() {
        List<IndicatorValue> sameReporter = List.of(values.get(0), values.get(1));
        assertThat(IndicatorComparison.differences(sameReporter)).isEmpty();
        List<IndicatorValue> disjoint = List.of(values.get(0), values.get(3));
        assertThat(IndicatorComparison.differences(disjoint)).isEmpty();
    }

    @Test
    void aPartOfAYearIsNeverSetAgainstAWholeYear() {
        List<IndicatorValue> partial = List.of(value("h1", "trade.total", "CN-GACC", "2022", 14.39e9, "USD", "s1"),
                new IndicatorValue("h1b", "cpec", "trade.total", "CN-GACC", new corridor.model.record.Period(
                        corridor.model.record.PeriodType.PARTIAL_YEAR, "2021-07/2021-12", java.time.LocalDate.of(2021, 7, 1),
                        java.time.LocalDate.of(2021, 12, 31)), 1e9, "USD", corridor.model.source.Provenance.of("s1")),
                values.get(2));
        assertThat(IndicatorComparison.differences(partial)).extracting(d -> d.first().id() + "/" + d.second().id())
                .containsExactly("h1/pbs-fy2022");
    }

    @Test
    void runningTotalsOfJobsAreComparedWithTheirPeriods() {
        SeriesDifference d = IndicatorComparison.differences(List.of(
                value("ndrc", "jobs.total", "CN-NDRC", "2013/2022", 236_000, "jobs", "s1"),
                value("mfa", "jobs.total", "CN-MFA", "2013/2023", 192_000, "jobs", "s2"))).get(0);
        assertThat(d.difference()).isEqualTo(44_000);
        assertThat(d.periodNote()).contains("periods differ", "2013/2022 (cumulative, Jan 2013–Dec 2022)");
    }

    @Test
    void samePeriodIsSaidSo() {
        SeriesDifference d = IndicatorComparison.difference(
                value("a", "trade.total", "CN-GACC", "2020", 17.49e9, "USD", "s1"),
                value("b", "trade.total", "UN-COMTRADE", "2020", 17.48e9, "USD", "s2"));
        assertThat(d.samePeriod()).isTrue();
        assertThat(d.periodNote()).startsWith("same period");
    }
}
