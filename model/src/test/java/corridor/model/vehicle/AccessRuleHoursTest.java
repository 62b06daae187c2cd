package corridor.model.vehicle;

import corridor.model.source.Confidence;
import corridor.model.source.Provenance;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessRuleHoursTest {

    private static final Provenance P = new Provenance(List.of("test"), Confidence.REPORTED, "");
    private static final ZoneId PKT = ZoneId.of("Asia/Karachi");

    private static Vehicle of(VehicleClass vehicleClass) {
        return new Vehicle("v", "v", vehicleClass, null, null, null, null, null, null, null, P);
    }

    private static AccessRule rule(Set<VehicleClass> classes, String from, String to, LocalDate validFrom,
                                   LocalDate validTo) {
        return new AccessRule("r", "karachi", classes, null, null, null, Set.of(), P,
                new ClosedHours(LocalTime.parse(from), LocalTime.parse(to), PKT), validFrom, validTo);
    }

    @Test
    void aDaytimeBanMakesATruckWaitUntilItsEndOnlyWithinItsDates() {
        AccessRule ban = rule(Set.of(VehicleClass.HEAVY_TRANSPORT), "06:00", "22:00", LocalDate.of(2025, 12, 23),
                LocalDate.of(2026, 2, 22));
        Vehicle truck = of(VehicleClass.HEAVY_TRANSPORT);
        var at10 = ZonedDateTime.of(2026, 1, 10, 10, 0, 0, 0, PKT).toInstant();
        assertThat(ban.hoursUntilOpen(truck, at10)).isEqualTo(12.0);
        assertThat(ban.hoursUntilOpen(of(VehicleClass.CAR), at10)).isZero();
        assertThat(ban.hoursUntilOpen(truck, ZonedDateTime.of(2026, 1, 10, 22, 0, 0, 0, PKT).toInstant())).isZero();
        assertThat(ban.hoursUntilOpen(truck, ZonedDateTime.of(2025, 7, 10, 10, 0, 0, 0, PKT).toInstant())).isZero();
        assertThat(ban.hoursUntilOpen(truck, ZonedDateTime.of(2026, 2, 23, 10, 0, 0, 0, PKT).toInstant())).isZero();
        // 10:00 UTC is 15:00 in Karachi: 7 hours to 22:00
        assertThat(ban.hoursUntilOpen(truck, ZonedDateTime.of(2026, 1, 10, 10, 0, 0, 0, ZoneId.of("UTC")).toInstant()))
                .isEqualTo(7.0);
    }

    @Test
    void aNightWindowWrapsMidnightAndEndsNextMorning() {
        AccessRule night = rule(Set.of(VehicleClass.CAR, VehicleClass.LIGHT_TRANSPORT), "18:00", "04:00", null, null);
        Vehicle car = of(VehicleClass.CAR);
        assertThat(night.hoursUntilOpen(car, ZonedDateTime.of(2025, 7, 15, 20, 30, 0, 0, PKT).toInstant())).isEqualTo(7.5);
        assertThat(night.hoursUntilOpen(car, ZonedDateTime.of(2025, 7, 16, 1, 0, 0, 0, PKT).toInstant())).isEqualTo(3.0);
        assertThat(night.hoursUntilOpen(car, ZonedDateTime.of(2025, 7, 16, 12, 0, 0, 0, PKT).toInstant())).isZero();
        assertThat(night.closesAt(car, LocalDateTime.of(2025, 7, 16, 3, 59))).isEqualTo("car banned");
    }

    @Test
    void aWrappingWindowCountsFromTheDayItStarted() {
        AccessRule night = rule(Set.of(VehicleClass.CAR), "18:00", "04:00", LocalDate.of(2025, 7, 1),
                LocalDate.of(2025, 7, 15));
        Vehicle car = of(VehicleClass.CAR);
        assertThat(night.closesAt(car, LocalDateTime.of(2025, 7, 16, 2, 0))).as("the night of the 15th").isNotNull();
        assertThat(night.closesAt(car, LocalDateTime.of(2025, 7, 1, 2, 0))).as("the night of 30 June").isNull();
    }

    @Test
    void aRuleWithClosedHoursNeverBarsOutright() {
        AccessRule ban = rule(Set.of(VehicleClass.HEAVY_TRANSPORT), "06:00", "22:00", null, null);
        assertThat(ban.excludes(of(VehicleClass.HEAVY_TRANSPORT), Month.JANUARY)).isNull();
        assertThat(ban.appliesTo(of(VehicleClass.HEAVY_TRANSPORT))).isTrue();
    }

    @Test
    void datesWithoutHoursOrBackwardsAreRefused() {
        assertThatThrownBy(() -> new AccessRule("r", "s", Set.of(VehicleClass.CAR), null, null, null, Set.of(), P, null,
                LocalDate.of(2025, 1, 1), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rule(Set.of(VehicleClass.CAR), "06:00", "22:00", LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 1, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClosedHours(LocalTime.NOON, LocalTime.NOON, PKT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRulesClassesAndMonthsIterateInTheEnumsOrderWhateverTheOrderGiven() {
        // the store hashes a dataset by its records as written: an order that changed from one JVM to the next
        // made a restarted server see the built-in dataset as changed (CrashRecoveryTest)
        AccessRule rule = new AccessRule("r", "s", new java.util.LinkedHashSet<>(List.of(VehicleClass.LIGHT_TRANSPORT,
                VehicleClass.CAR)), null, null, null, new java.util.LinkedHashSet<>(List.of(Month.DECEMBER,
                Month.JANUARY)), P);

        assertThat(rule.bannedClasses()).containsExactly(VehicleClass.CAR, VehicleClass.LIGHT_TRANSPORT);
        assertThat(rule.months()).containsExactly(Month.JANUARY, Month.DECEMBER);
        assertThatThrownBy(() -> rule.bannedClasses().add(VehicleClass.HEAVY_TRANSPORT))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
