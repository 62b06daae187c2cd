package corridor.api.route;

import corridor.model.InputException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link RouteRequest#date}: its digit-by-digit reading of {@code YYYY-MM-DD} gives the day the ISO formatter
 * gives, and every text it does not read is read or refused as the formatter reads or refuses it.
 */
class DepartureDateTest {

    @Test
    void everyDayOfTheAllowedYearsReadsAsTheFormatterReadsIt() {
        for (LocalDate day = LocalDate.of(1900, 1, 1); day.isBefore(LocalDate.of(2200, 1, 1)); day = day.plusDays(1)) {
            assertThat(RouteRequest.date(day.toString(), "date")).isEqualTo(day);
        }
    }

    @Test
    void textsThatAreNoPlainDayAreLeftToTheFormatter() {
        List<String> texts = List.of("2025-02-29", "2024-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "2025-1-01",
                " 2025-07-01 ", "2025-07-01x", "2025/07/01", "20250701", "+2025-07-01", "2025-07-0a", "١٢٣٤-07-01",
                "1899-12-31", "2200-01-01", "0000-01-01", "9999-12-31", "");
        for (String text : texts) {
            LocalDate expected;
            try {
                expected = LocalDate.parse(text.trim());
            } catch (DateTimeParseException e) {
                assertThatThrownBy(() -> RouteRequest.date(text, "date")).as(text).isInstanceOf(InputException.class)
                        .hasMessageContaining("not a date: '" + text.trim() + "'");
                continue;
            }
            if (expected.isBefore(LocalDate.of(1900, 1, 1)) || expected.isAfter(LocalDate.of(2199, 12, 31))) {
                assertThatThrownBy(() -> RouteRequest.date(text, "date")).as(text).isInstanceOf(InputException.class);
            } else {
                assertThat(RouteRequest.date(text, "date")).as(text).isEqualTo(expected);
            }
        }
    }
}
