package corridor.data.format;

import corridor.model.record.Period;
import corridor.model.record.PeriodType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodLabelTest {

    @ParameterizedTest
    @CsvSource({
            "2024, CALENDAR_YEAR, 2024-01-01, 2024-12-31",
            "FY2024, FISCAL_YEAR, 2023-07-01, 2024-06-30",
            "2023-11, PARTIAL_YEAR, 2023-11-01, 2023-11-30",
            "2024-02, PARTIAL_YEAR, 2024-02-01, 2024-02-29",
            "2022-01/2022-09, PARTIAL_YEAR, 2022-01-01, 2022-09-30",
            "2023-07/2024-01, PARTIAL_YEAR, 2023-07-01, 2024-01-31",
            "2023-07/2024-05, PARTIAL_YEAR, 2023-07-01, 2024-05-31",
            "2023-07/2024-06, CUMULATIVE, 2023-07-01, 2024-06-30",
            "2013-01/2024-12, CUMULATIVE, 2013-01-01, 2024-12-31",
            "2013/2023, CUMULATIVE, 2013-01-01, 2023-12-31"})
    void labelsBecomePeriods(String label, PeriodType type, LocalDate start, LocalDate end) {
        Period period = PeriodLabel.parse(label).orElseThrow();
        assertThat(period.type()).isEqualTo(type);
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
        assertThat(period.label()).isEqualTo(label);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-13", "2024-05/2024-01", "FY24", "2024/2013", "2024-1", "July 2024"})
    void otherLabelsAreRefused(String label) {
        assertThat(PeriodLabel.parse(label)).isEmpty();
    }
}
