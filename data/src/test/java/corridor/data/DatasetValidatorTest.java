package corridor.data;

import corridor.data.load.DatasetFiles;
import corridor.data.load.DatasetLoad;
import corridor.data.load.Problem;
import corridor.model.Dataset;
import corridor.model.network.Link;
import corridor.model.network.LinkStatus;
import corridor.model.network.BorderRule;
import corridor.model.network.Mode;
import corridor.model.network.OpeningCalendar;
import corridor.model.source.Confidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test per validation rule: each copies a minimal good dataset into a temporary directory,
 * breaks one thing, reads it, and checks that the problem names the file, the line or feature,
 * the field and the reason.
 */
class DatasetValidatorTest {

    private static final String FIXTURE = "corridor/data/minimal/";

    @TempDir
    Path dir;

    // ---- the fixture ----

    @Test
    void minimalFixtureIsClean() {
        DatasetLoad load = DatasetReader.read(fixture());
        assertThat(load.problems()).isEmpty();
        assertThat(load.dataset().places()).hasSize(3);
        assertThat(load.dataset().links()).hasSize(2);
        assertThat(load.dataset().place("khunjerab").orElseThrow().calendar().rules()).hasSize(2);
    }

    @Test
    void missingDirectoryIsAnError() {
        DatasetLoad load = DatasetReader.read(dir.resolve("nowhere"));
        assertThat(load.errors()).singleElement().satisfies(p -> assertThat(p.message()).contains("not a dataset directory"));
    }

    // ---- files and headers ----

    @Test
    void missingRequiredFile() throws IOException {
        Files.delete(fixture().resolve("links.geojson"));
        expectError(DatasetReader.read(dir), "links.geojson", "", "", "required file is missing");
    }

    @Test
    void unknownCsvColumn() {
        expectError(edit("modes.csv", "confidence,note", "confidence,notes"), "modes.csv", "line 1", "notes", "unknown column");
    }

    @Test
    void missingRequiredCsvColumn() {
        expectError(edit("calendars.csv", "to,open_months", "to,months"), "calendars.csv", "line 1", "open_months",
                "missing required column");
    }

    @Test
    void csvRowWithWrongNumberOfFields() {
        expectError(append("sources.csv", "broken,row\n"), "sources.csv", "line 4", "", "has 2 fields; the header has 7");
    }

    @Test
    void invalidJson() {
        expectError(edit("places.geojson", "\n]}", "\n"), "places.geojson", "line 6", "", "invalid JSON");
    }

    @Test
    void notAFeatureCollection() {
        expectError(edit("incidents.geojson", "\"FeatureCollection\"", "\"Collection\""), "incidents.geojson", "", "type",
                "expected a GeoJSON FeatureCollection");
    }

    @Test
    void unknownGeoJsonProperty() {
        expectError(edit("places.geojson", "\"province\"", "\"provinse\""), "places.geojson", "feature 0", "provinse",
                "unknown property");
    }

    // ---- values of one record ----

    @Test
    void missingRequiredValue() {
        expectError(edit("places.geojson", "\"name\": \"Gilgit\", ", ""), "places.geojson", "feature 0", "name",
                "missing required value");
    }

    @Test
    void missingSource() {
        expectError(edit("incidents.geojson", ", \"source\": \"dawn-khunjerab\"", ""), "incidents.geojson", "feature 0",
                "source", "missing required value");
    }

    @Test
    void invalidId() {
        expectError(edit("incidents.geojson", "\"incident-besham\"", "\"Incident Besham\""), "incidents.geojson",
                "feature 0", "id", "invalid id 'Incident Besham'");
    }

    @Test
    void textExpected() {
        expectError(edit("incidents.geojson", "\"place\": \"Besham\"", "\"place\": [\"Besham\"]"), "incidents.geojson",
                "feature 0", "place", "expected text");
    }

    @Test
    void notANumber() {
        expectError(edit("places.geojson", "\"crossing_hours\": 2.3", "\"crossing_hours\": \"two\""), "places.geojson",
                "feature 2", "crossing_hours", "not a number: 'two'");
    }

    @Test
    void numberOutOfRange() {
        expectError(edit("places.geojson", "\"dwell_hours\": 24", "\"dwell_hours\": 9999"), "places.geojson", "feature 1",
                "dwell_hours", "9999 hours is out of range 0 to 720 hours");
    }

    @Test
    void negativeCount() {
        expectError(edit("incidents.geojson", "\"killed\": 6", "\"killed\": -1"), "incidents.geojson", "feature 0",
                "killed", "out of range");
    }

    @Test
    void notAWholeNumber() {
        expectError(edit("projects.geojson", "\"jobs\": 5500", "\"jobs\": 5500.5"), "projects.geojson", "feature 0",
                "jobs", "not a whole number");
    }

    @Test
    void speedOutOfRangeForItsMode() {
        expectError(edit("modes.csv", "road,25.2,", "road,500,"), "modes.csv", "line 2", "speed_kmh",
                "500 km/h is out of range for road");
    }

    @Test
    void costWithoutItsYear() {
        expectError(edit("modes.csv", "0.0546,2022,", "0.0546,,"), "modes.csv", "line 2", "cost_year",
                "required with a cost");
    }

    @Test
    void duplicateMode() {
        expectError(append("modes.csv", "road,30,,,,wiki-kkh,,\n"), "modes.csv", "line 4", "mode", "duplicate mode 'road'");
    }

    @Test
    void unknownEnumValue() {
        expectError(edit("minerals.geojson", "\"status\": \"production\"", "\"status\": \"mined\""), "minerals.geojson",
                "feature 1", "status", "unknown status 'mined'");
    }

    @Test
    void unknownConfidence() {
        expectError(edit("places.geojson", "\"confidence\": \"approximate\"", "\"confidence\": \"rough\""),
                "places.geojson", "feature 1", "confidence", "unknown confidence 'rough'");
    }

    @Test
    void invalidCountryCode() {
        expectError(edit("places.geojson", "\"country\": \"PK\", \"province\"", "\"country\": \"Pakistan\", \"province\""),
                "places.geojson", "feature 0", "country", "invalid country 'Pakistan'");
    }

    // ---- a border crossing's truck rule (places.geojson truck_rule) ----

    private static final String KHUNJERAB_HOURS = "\"crossing_hours\": 2.3";
    private static final String TRUCK_RULE = KHUNJERAB_HOURS + ", \"truck_rule\": \"transshipment\", "
            + "\"truck_rule_at\": \"sost\", \"truck_rule_text\": \"goods change trucks at Sost\", "
            + "\"truck_rule_source\": \"dawn-khunjerab\"";

    @Test
    void aTruckRuleIsReadWithItsPlaceAndSources() {
        DatasetLoad load = edit("places.geojson", KHUNJERAB_HOURS, TRUCK_RULE);

        assertThat(load.problems()).isEmpty();
        BorderRule rule = load.dataset().place("khunjerab").orElseThrow().border().truckRule();
        assertThat(rule.kind()).isEqualTo(BorderRule.Kind.TRANSSHIPMENT);
        assertThat(rule.atPlaceId()).isEqualTo("sost");
        assertThat(rule.text()).isEqualTo("goods change trucks at Sost");
        assertThat(rule.provenance().sourceIds()).containsExactly("dawn-khunjerab");
        assertThat(rule.provenance().confidence()).isEqualTo(Confidence.REPORTED);
    }

    @Test
    void aTruckRuleNamingAnUnknownPlaceIsAnError() {
        expectError(edit("places.geojson", KHUNJERAB_HOURS, TRUCK_RULE.replace("\"sost\"", "\"tashkurgan\"")),
                "places.geojson", "feature 2", "truck_rule_at", "unknown place 'tashkurgan'; not in places.geojson");
    }

    @Test
    void aTruckRuleWithoutItsSourceIsAnError() {
        expectError(edit("places.geojson", KHUNJERAB_HOURS,
                        TRUCK_RULE.replace(", \"truck_rule_source\": \"dawn-khunjerab\"", "")),
                "places.geojson", "feature 2", "truck_rule_source", "missing required value");
    }

    @Test
    void aTruckRuleCitingAnUnknownSourceIsAnError() {
        expectError(edit("places.geojson", KHUNJERAB_HOURS, TRUCK_RULE.replace("\"dawn-khunjerab\"", "\"nowhere-news\"")),
                "places.geojson", "feature 2", "truck_rule_source", "unknown source 'nowhere-news'; not in sources.csv");
    }

    @Test
    void aTransshipmentRuleWithoutItsPlaceIsAnError() {
        expectError(edit("places.geojson", KHUNJERAB_HOURS, TRUCK_RULE.replace(", \"truck_rule_at\": \"sost\"", "")),
                "places.geojson", "feature 2", "truck_rule_at", "a transshipment rule needs the place");
    }

    @Test
    void aTruckRuleOnAPlaceThatIsNoBorderCrossingIsAnError() {
        expectError(edit("places.geojson", "\"dwell_hours\": 24", "\"dwell_hours\": 24, \"truck_rule\": \"trucks_cross\", "
                        + "\"truck_rule_text\": \"trucks drive through\", \"truck_rule_source\": \"dawn-khunjerab\""),
                "places.geojson", "feature 1", "truck_rule", "only a border_crossing has a truck rule; this place is dry_port");
    }

    @Test
    void anUnknownTruckRuleKindIsAnError() {
        expectError(edit("places.geojson", KHUNJERAB_HOURS, TRUCK_RULE.replace("\"transshipment\"", "\"reload\"")),
                "places.geojson", "feature 2", "truck_rule", "unknown truck_rule 'reload'; expected one of transshipment, trucks_cross");
    }

    @Test
    void invalidPartialDate() {
        expectError(edit("sources.csv", "2024-12-03", "2024-13-03"), "sources.csv", "line 3", "date",
                "invalid date '2024-13-03'");
    }

    @Test
    void invalidFullDate() {
        expectError(edit("incidents.geojson", "2024-03-26", "26/03/2024"), "incidents.geojson", "feature 0", "date",
                "expected YYYY-MM-DD");
    }

    @Test
    void urlThatIsNotAWebAddress() {
        expectError(edit("sources.csv", "https://www.dawn.com", "www.dawn.com"), "sources.csv", "line 3", "url",
                "not a web address");
    }

    @Test
    void positionOutOfRange() {
        expectError(edit("places.geojson", "[74.31, 35.92]", "[74.31, 95.92]"), "places.geojson", "feature 0", "geometry",
                "latitude 95.9 is out of range -90 to 90");
    }

    // ---- calendars ----

    @Test
    void calendarEndingBeforeItStarts() {
        expectError(edit("calendars.csv", "1985-01,2024-11", "1985-01,1984-11"), "calendars.csv", "line 2", "to",
                "ends (1984-11) before it starts (1985-01)");
    }

    @Test
    void invalidOpenMonths() {
        expectError(edit("calendars.csv", ",4-11,", ",11-4,"), "calendars.csv", "line 2", "open_months",
                "invalid open_months '11-4'");
    }

    @Test
    void invalidMonth() {
        expectError(edit("calendars.csv", "2024-12,,", "2024-13,,"), "calendars.csv", "line 3", "from",
                "invalid month or day '2024-13'");
    }

    @Test
    void invalidDay() {
        expectError(edit("calendars.csv", "2024-12,,", "2024-02-30,,"), "calendars.csv", "line 3", "from",
                "invalid month or day '2024-02-30'");
    }

    @Test
    void dayRangeEndingBeforeItStarts() {
        expectError(edit("calendars.csv", "1985-01,2024-11", "2024-01-16,2024-01-02"), "calendars.csv", "line 2", "to",
                "ends (2024-01-02) before it starts (2024-01-16)");
    }

    @Test
    void dayRangesAndWeeklyClosuresAreRead() {
        write(fixture().resolve("calendars.csv"), """
                place,from,to,open_months,closed_weekdays,source
                khunjerab,1985-01,2024-11,4-11,,dawn-khunjerab
                khunjerab,2024-01-02,2024-01-16,1,,dawn-khunjerab
                khunjerab,2024-12,,1-12,sat;sun,dawn-khunjerab
                """);
        DatasetLoad load = DatasetReader.read(dir);
        assertThat(load.problems()).isEmpty();
        OpeningCalendar calendar = load.dataset().place("khunjerab").orElseThrow().calendar();
        assertThat(calendar.isOpen(LocalDate.of(2024, 1, 16))).isTrue();
        assertThat(calendar.isOpen(LocalDate.of(2024, 1, 17))).isFalse();
        assertThat(calendar.isOpen(LocalDate.of(2024, 12, 7))).as("a Saturday").isFalse();
        assertThat(calendar.isOpen(LocalDate.of(2024, 12, 9))).as("a Monday").isTrue();
    }

    @Test
    void invalidWeekday() {
        edit("calendars.csv", "open_months,source", "open_months,closed_weekdays,source");
        edit("calendars.csv", "4-11,dawn", "4-11,,dawn");
        expectError(edit("calendars.csv", "1-12,dawn", "1-12,sat;sunday,dawn"),
                "calendars.csv", "line 3", "closed_weekdays", "invalid day of the week 'sunday'");
    }

    @Test
    void calendarForUnknownPlace() {
        expectError(edit("calendars.csv", "khunjerab,1985-01", "karakoram,1985-01"), "calendars.csv", "line 2", "place",
                "unknown place 'karakoram'");
    }

    @Test
    void calendarForAPlaceThatIsNoBorderCrossing() {
        expectError(edit("calendars.csv", "khunjerab,2024-12", "gilgit,2024-12"), "calendars.csv", "line 3", "place",
                "is a city; calendars are for border crossings and road junctions (mountain passes)");
    }

    // ---- links ----

    @Test
    void linkJoiningAPlaceToItself() {
        expectError(edit("links.geojson", "\"to\": \"khunjerab\"", "\"to\": \"gilgit\""), "links.geojson", "feature 0",
                "to", "must join two different places");
    }

    @Test
    void supersededByOnALinkThatIsNotSuperseded() {
        expectError(edit("links.geojson", "\"status\": \"superseded\"", "\"status\": \"existing\""), "links.geojson",
                "feature 1", "superseded_by", "only a link with status superseded is superseded");
    }

    @Test
    void supersededLinkWithoutSuccessor() {
        expectError(edit("links.geojson", ", \"superseded_by\": \"kkh-gilgit-khunjerab\"", ""), "links.geojson",
                "feature 1", "superseded_by", "needs the ids of the links that replace it");
    }

    @Test
    void linkSupersedingItself() {
        expectError(edit("links.geojson", "\"superseded_by\": \"kkh-gilgit-khunjerab\"",
                "\"superseded_by\": \"kkh-old-sost-gilgit\""), "links.geojson", "feature 1", "superseded_by",
                "cannot supersede itself");
    }

    @Test
    void unknownSuccessorLink() {
        expectError(edit("links.geojson", "\"superseded_by\": \"kkh-gilgit-khunjerab\"", "\"superseded_by\": \"kkh-new\""),
                "links.geojson", "feature 1", "superseded_by", "unknown link 'kkh-new'");
    }

    @Test
    void geometryOfTheWrongType() {
        expectError(edit("links.geojson", "\"LineString\"", "\"MultiPoint\""), "links.geojson", "feature 0", "geometry",
                "expected a LineString, got MultiPoint");
    }

    @Test
    void lineWithASinglePosition() {
        expectError(edit("links.geojson", "[[74.31, 35.92], [74.82, 36.69], [75.42, 36.85]]", "[[74.31, 35.92]]"),
                "links.geojson", "feature 0", "geometry", "needs at least two positions, got 1");
    }

    @Test
    void unknownLinkEnd() {
        expectError(edit("links.geojson", "\"from\": \"gilgit\"", "\"from\": \"skardu\""), "links.geojson", "feature 0",
                "from", "unknown place 'skardu'");
    }

    @Test
    void unknownProjectOfALink() {
        expectError(edit("links.geojson", "\"project\": \"kkh-upgrade\"", "\"project\": \"kkh-2\""), "links.geojson",
                "feature 0", "project", "unknown project 'kkh-2'");
    }

    @Test
    void theMinimalFixtureReadsItsVehiclesAndAccessRules() {
        DatasetLoad load = DatasetReader.read(fixture());
        assertThat(load.hasErrors()).as(load.problems().toString()).isFalse();
        assertThat(load.dataset().vehicle("rigid-truck").orElseThrow().grossWeightTonnes()).isEqualTo(27.5);
        assertThat(load.dataset().accessRules()).singleElement()
                .satisfies(r -> assertThat(r.bannedClasses()).containsExactly(corridor.model.vehicle.VehicleClass.HEAVY_TRANSPORT))
                .satisfies(r -> assertThat(r.closedHours()).as("an old file without closed_hours: all day").isNull());
    }

    private static final String TIMED_HEADER = "id,subject,banned_classes,max_weight_t,max_height_m,max_length_m,months,"
            + "closed_hours,time_zone,valid_from,valid_to,source,confidence,note\n";

    /** access.csv with one timed rule whose last five columns before source are {@code timed}. */
    private DatasetLoad timedRule(String timed) {
        write(fixture().resolve("access.csv"), TIMED_HEADER + "city-day,kkh-old-sost-gilgit,heavy_transport,,,,,"
                + timed + ",wiki-kkh,,\n");
        return DatasetReader.read(dir);
    }

    @Test
    void anAccessRuleWithClosedHoursAndDatesReads() {
        DatasetLoad load = timedRule("06:00-22:00,Asia/Karachi,2025-12-23,2026-02-22");
        assertThat(load.hasErrors()).as(load.problems().toString()).isFalse();
        var rule = load.dataset().accessRules().get(0);
        assertThat(rule.closedHours().from()).isEqualTo(java.time.LocalTime.of(6, 0));
        assertThat(rule.closedHours().to()).isEqualTo(java.time.LocalTime.of(22, 0));
        assertThat(rule.closedHours().zone()).isEqualTo(java.time.ZoneId.of("Asia/Karachi"));
        assertThat(rule.validFrom()).isEqualTo(java.time.LocalDate.of(2025, 12, 23));
        assertThat(rule.validTo()).isEqualTo(java.time.LocalDate.of(2026, 2, 22));
        assertThat(rule.describe()).isEqualTo("heavy_transport banned 06:00-22:00 (2025-12-23 to 2026-02-22)");
    }

    @Test
    void closedHoursWrappingMidnightWithoutDatesRead() {
        DatasetLoad load = timedRule("18:00-04:00,Asia/Karachi,,");
        assertThat(load.hasErrors()).as(load.problems().toString()).isFalse();
        assertThat(load.dataset().accessRules().get(0).closedHours().wraps()).isTrue();
    }

    @Test
    void badClosedHoursAreErrorsNamingTheColumn() {
        expectError(timedRule("6-22,Asia/Karachi,,"), "access.csv", "line 2", "closed_hours",
                "expected local hours like 06:00-22:00");
        expectError(timedRule("25:00-04:00,Asia/Karachi,,"), "access.csv", "line 2", "closed_hours", "got '25:00-04:00'");
        expectError(timedRule("06:00-06:00,Asia/Karachi,,"), "access.csv", "line 2", "closed_hours",
                "start and end at the same time");
    }

    @Test
    void closedHoursNeedAKnownTimeZone() {
        expectError(timedRule("06:00-22:00,,,"), "access.csv", "line 2", "time_zone", "need the time_zone");
        expectError(timedRule("06:00-22:00,Asia/Karachy,,"), "access.csv", "line 2", "time_zone",
                "unknown time zone 'Asia/Karachy'");
        expectError(timedRule(",Asia/Karachi,,"), "access.csv", "line 2", "time_zone", "give closed_hours");
    }

    @Test
    void badValidityDatesAreErrorsNamingTheColumn() {
        expectError(timedRule("06:00-22:00,Asia/Karachi,2025-13-01,"), "access.csv", "line 2", "valid_from",
                "invalid date '2025-13-01'");
        expectError(timedRule("06:00-22:00,Asia/Karachi,2026-02-22,2025-12-23"), "access.csv", "line 2", "valid_to",
                "is before valid_from");
        expectError(timedRule(",,2025-12-23,"), "access.csv", "line 2", "valid_from", "give closed_hours");
    }

    @Test
    void anAccessRuleOnAnUnknownLinkIsAnError() {
        expectError(edit("access.csv", "old-road-no-heavy,kkh-old-sost-gilgit", "old-road-no-heavy,kkh-nowhere"),
                "access.csv", "line 2", "subject", "unknown link or place 'kkh-nowhere'");
    }

    @Test
    void anAccessRuleOfAnUnknownClassIsAnError() {
        expectError(edit("access.csv", ",heavy_transport,", ",trucks,"), "access.csv", "line 2", "banned_classes",
                "unknown vehicle class 'trucks'");
    }

    @Test
    void anAccessRuleThatLimitsNothingIsAnError() {
        expectError(edit("access.csv", ",heavy_transport,", ",,"), "access.csv", "line 2", "banned_classes",
                "the rule limits nothing");
    }

    @Test
    void aVehicleWhosePayloadExceedsItsGrossWeightIsAnError() {
        expectError(edit("vehicles.csv", "27.5,,,,,20", "27.5,,,,,30"), "vehicles.csv", "line 2", "payload_t",
                "more than the gross weight");
    }

    @Test
    void firstPositionFarFromItsPlace() {
        expectError(edit("links.geojson", "[[74.31, 35.92], [74.82", "[[73.31, 35.92], [74.82"), "links.geojson",
                "feature 0", "geometry", "from place 'gilgit'; it must lie within 25 km");
    }

    @Test
    void lastPositionFarFromItsPlace() {
        expectError(edit("links.geojson", "[75.42, 36.85]]", "[75.92, 36.85]]"), "links.geojson", "feature 0", "geometry",
                "last position is 44.5 km from place 'khunjerab'");
    }

    @Test
    void publishedLengthShorterThanTheGreatCircle() {
        expectError(edit("links.geojson", "\"distance_km\": 100", "\"distance_km\": 50"), "links.geojson", "feature 1",
                "distance_km", "length 50 km is shorter than the great-circle distance");
    }

    @Test
    void geometricLengthShorterThanTheGreatCircle() {
        expectError(edit("links.geojson", "[[74.31, 35.92], [74.82, 36.69], [75.42, 36.85]]",
                "[[74.45, 36.02], [75.25, 36.80]]"), "links.geojson", "feature 0", "geometry",
                "geometric length");
    }

    @Test
    void lengthMoreThanThreeTimesTheGreatCircleIsAWarning() {
        DatasetLoad load = edit("links.geojson", "\"distance_km\": 100", "\"distance_km\": 400");
        assertThat(load.errors()).isEmpty();
        assertThat(load.warnings()).filteredOn(p -> p.field().equals("distance_km")).singleElement().satisfies(p -> {
            assertNames(p, "links.geojson", "feature 1", "distance_km");
            assertThat(p.message()).contains("length 400 km is more than 3 times the great-circle distance")
                    .contains("'sost' and 'gilgit'");
        });
    }

    @Test
    void geometryAndPublishedLengthMoreThanFivePercentApartIsAWarning() {
        // the geometry of kkh-old-sost-gilgit is 97.5 km
        DatasetLoad within = edit("links.geojson", "\"distance_km\": 100", "\"distance_km\": 102");
        assertThat(within.problems()).isEmpty();
        DatasetLoad apart = edit("links.geojson", "\"distance_km\": 102", "\"distance_km\": 110");
        assertThat(apart.errors()).isEmpty();
        assertThat(apart.warnings()).singleElement().satisfies(p -> {
            assertNames(p, "links.geojson", "feature 1", "geometry");
            assertThat(p.message()).contains("geometry is 97.5 km, -11% against the published distance_km 110 km");
        });
    }

    @Test
    void aLinkWithoutPublishedLengthSaysWhyItsGeometryIsUsed() {
        DatasetLoad load = edit("links.geojson", "\"length_from_geometry\": \"no published length for this section\", ", "");
        assertThat(load.errors()).isEmpty();
        assertThat(load.warnings()).singleElement().satisfies(p -> {
            assertNames(p, "links.geojson", "feature 0", "length_from_geometry");
            assertThat(p.message()).contains("the geometry's length 153.4 km is used; say why");
        });
    }

    @Test
    void aReasonForTheGeometricLengthBesideAPublishedLengthIsAnError() {
        expectError(edit("links.geojson", "\"distance_km\": 100,", "\"distance_km\": 100, \"length_from_geometry\": \"drawn\","),
                "links.geojson", "feature 1", "length_from_geometry", "but distance_km 100 is published");
    }

    @Test
    void roadClassIsForRoadsOnly() {
        expectError(edit("links.geojson", "\"mode\": \"road\", \"from\": \"gilgit\"", "\"mode\": \"rail\", \"from\": \"gilgit\""),
                "links.geojson", "feature 0", "road_class", "only a road link has a road class; this one is rail");
    }

    @Test
    void roadClassIsRead() {
        assertThat(DatasetReader.read(fixture()).dataset().link("kkh-gilgit-khunjerab").orElseThrow().roadClass())
                .isEqualTo(corridor.model.network.RoadClass.NATIONAL_HIGHWAY);
    }

    @Test
    void terrainIsRead() {
        String roadClass = "\"road_class\": \"national_highway\",";
        DatasetLoad mountain = edit("links.geojson", roadClass, roadClass + " \"terrain\": \"mountain\",");
        assertThat(mountain.errors()).isEmpty();
        assertThat(mountain.dataset().link("kkh-gilgit-khunjerab").orElseThrow().terrain())
                .isEqualTo(corridor.model.network.Terrain.MOUNTAIN);
    }

    @Test
    void anUnknownTerrainIsAnError() {
        expectError(edit("links.geojson", "\"road_class\": \"national_highway\",", "\"terrain\": \"plateau\","),
                "links.geojson", "feature 0", "terrain", "plateau");
    }

    @Test
    void terrainIsForRoadsOnly() {
        expectError(edit("links.geojson", "\"mode\": \"road\", \"from\": \"gilgit\"",
                        "\"mode\": \"rail\", \"terrain\": \"mountain\", \"from\": \"gilgit\""),
                "links.geojson", "feature 0", "terrain", "only a road link has a terrain; this one is rail");
    }

    // ---- ids, sources, references ----

    @Test
    void duplicateIdWithinALayer() {
        expectError(edit("minerals.geojson", "\"id\": \"saindak\"", "\"id\": \"ree-belt\""), "minerals.geojson",
                "feature 1", "id", "duplicate id 'ree-belt'; already used at minerals.geojson feature 0");
    }

    @Test
    void duplicateIdAcrossLayers() {
        expectError(edit("minerals.geojson", "\"id\": \"saindak\"", "\"id\": \"gilgit\""), "minerals.geojson",
                "feature 1", "id", "duplicate id 'gilgit'; already used at places.geojson feature 0");
    }

    @Test
    void unknownSource() {
        expectError(edit("incidents.geojson", "\"source\": \"dawn-khunjerab\"", "\"source\": \"nowhere\""),
                "incidents.geojson", "feature 0", "source", "unknown source 'nowhere'");
    }

    @Test
    void sourceWithoutUrlOrCitation() {
        DatasetLoad load = edit("sources.csv", "https://www.dawn.com/news/1876341", "");
        expectError(load, "sources.csv", "line 3", "url", "a source needs a url or a citation");
        expectError(load, "incidents.geojson", "feature 0", "source",
                "source 'dawn-khunjerab' does not resolve: it has neither url nor citation");
    }

    // ---- projects, indicators, minerals ----

    @Test
    void unknownProjectPhase() {
        expectError(edit("projects.geojson", "\"phase\": \"1\"", "\"phase\": \"3\""), "projects.geojson", "feature 0",
                "phase", "unknown phase '3'; expected 1 or 2.0");
    }

    @Test
    void capacityWithoutUnit() {
        expectError(edit("projects.geojson", ", \"capacity_unit\": \"km\"", ""), "projects.geojson", "feature 0",
                "capacity_unit", "required with capacity_value");
    }

    @Test
    void invalidCurrency() {
        expectError(edit("projects.geojson", "\"cost_currency\": \"USD\"", "\"cost_currency\": \"dollars\""),
                "projects.geojson", "feature 0", "cost_currency", "invalid currency 'dollars'");
    }

    @Test
    void projectCostWithoutItsYear() {
        expectError(edit("projects.geojson", ", \"cost_year\": 2013", ""), "projects.geojson", "feature 0", "cost_year",
                "required with a cost");
    }

    @Test
    void projectAtAnUnknownPlace() {
        expectError(edit("projects.geojson", "\"place\": \"gilgit\"", "\"place\": \"skardu\""), "projects.geojson",
                "feature 0", "place", "unknown place 'skardu'");
    }

    @Test
    void aiddataRecordIdsAreReadInTheirOrder() {
        DatasetLoad load = edit("projects.geojson", "\"place\": \"gilgit\"", "\"place\": \"gilgit\", \"aiddata_id\": \"92475; 35124\"");
        assertThat(load.problems()).isEmpty();
        assertThat(load.dataset().project("kkh-upgrade").orElseThrow().aiddataIds()).containsExactly("92475", "35124");
    }

    @Test
    void aiddataRecordIdThatIsNotItsNumber() {
        expectError(edit("projects.geojson", "\"place\": \"gilgit\"", "\"place\": \"gilgit\", \"aiddata_id\": \"aiddata-92475\""),
                "projects.geojson", "feature 0", "aiddata_id", "invalid AidData record id 'aiddata-92475'");
    }

    @Test
    void aiddataRecordIdGivenTwice() {
        expectError(edit("projects.geojson", "\"place\": \"gilgit\"", "\"place\": \"gilgit\", \"aiddata_id\": \"53645;53645\""),
                "projects.geojson", "feature 0", "aiddata_id", "AidData record id 53645 is given twice");
    }

    @Test
    void invalidIndicatorPeriod() {
        expectError(edit("indicators.csv", ",FY2024,", ",2024-25,"), "indicators.csv", "line 3", "period",
                "invalid period '2024-25'");
    }

    @Test
    void invalidIndicatorMeasure() {
        expectError(edit("indicators.csv", ",trade.total,", ",Trade Total,"), "indicators.csv", "line 2", "measure",
                "invalid measure 'Trade Total'");
    }

    @Test
    void indicatorWithoutValue() {
        expectError(edit("indicators.csv", ",23100000000,", ",,"), "indicators.csv", "line 2", "value",
                "missing required value");
    }

    @Test
    void indicatorAboutAnUnknownSubject() {
        expectError(edit("indicators.csv", "kkh-upgrade,length", "ml1,length"), "indicators.csv", "line 3", "subject",
                "unknown subject 'ml1'");
    }

    @Test
    void mineralWithoutMinerals() {
        expectError(edit("minerals.geojson", "\"minerals\": \"copper;gold\"", "\"minerals\": \"\""), "minerals.geojson",
                "feature 1", "minerals", "missing required value");
    }

    @Test
    void polygonNotClosed() {
        expectError(edit("minerals.geojson", "[71.0, 34.3], [71.0, 34.0]]]", "[71.0, 34.3], [71.1, 34.0]]]"),
                "minerals.geojson", "feature 0", "geometry", "the Polygon ring is not closed");
    }

    @Test
    void polygonWithTooFewPositions() {
        expectError(edit("minerals.geojson", "[[[71.0, 34.0], [73.3, 34.2], [73.3, 34.5], [71.0, 34.3], [71.0, 34.0]]]",
                "[[[71.0, 34.0], [73.3, 34.2], [71.0, 34.0]]]"), "minerals.geojson", "feature 0", "geometry",
                "needs at least four positions, got 3");
    }

    // ---- units and ranges of indicators ----

    @Test
    void aUnitThatDoesNotFitItsMeasureNamesTheAllowedUnits() {
        expectError(edit("indicators.csv", ",23100000000,USD,", ",23100000000,bananas,"), "indicators.csv", "line 2",
                "unit", "unit 'bananas' does not fit measure 'trade.total'; expected USD or PKR or CNY");
        assertThat(DatasetReader.read(dir).dataset().indicators()).extracting(i -> i.id()).containsExactly("length-kkh");
    }

    @Test
    void aLengthInTonnesIsAnError() {
        expectError(edit("indicators.csv", ",335,km,", ",335,tonnes,"), "indicators.csv", "line 3", "unit",
                "unit 'tonnes' does not fit measure 'length'; expected km");
    }

    @Test
    void aMeasureOfNoFamilyTakesAnyKnownUnitButNoOther() {
        assertThat(append("indicators.csv", "widgets-2024,cpec,widgets.made,PK-PBS,2024,12,count,wiki-kkh,,\n")
                .problems()).isEmpty();
        expectError(append("indicators.csv", "gadgets-2024,cpec,gadgets.made,PK-PBS,2024,12,bananas,wiki-kkh,,\n"),
                "indicators.csv", "line 5", "unit", "unknown unit 'bananas'; expected one of USD, PKR, CNY, percent");
    }

    @Test
    void anExchangeRateIsInACurrencyPerDollar() {
        assertThat(append("indicators.csv", "fx-2024,cpec,fx.pkr,PK-SBP,2024,280.4,PKR/USD,wiki-kkh,,\n").problems())
                .isEmpty();
        expectError(append("indicators.csv", "fx-2023,cpec,fx.pkr,PK-SBP,2023,280.4,USD,wiki-kkh,,\n"),
                "indicators.csv", "line 5", "unit", "not an exchange rate");
    }

    @Test
    void aNegativeTradeValueIsAnError() {
        expectError(edit("indicators.csv", ",23100000000,", ",-1000000000,"), "indicators.csv", "line 2", "value",
                "negative value -1000000000 USD; measure 'trade.total' cannot be below 0");
    }

    @Test
    void aGrowthRateMayBeNegativeButNotBelowMinusOneHundredPercent() {
        assertThat(append("indicators.csv", "trade-2024-growth,cpec,trade.total.growth,CN-GACC,2024,-12.5,percent,"
                + "wiki-kkh,,\n").problems()).isEmpty();
        expectError(append("indicators.csv", "trade-2023-growth,cpec,trade.total.growth,CN-GACC,2023,-150,percent,"
                + "wiki-kkh,,\n"), "indicators.csv", "line 5", "value", "-150 percent is below -100 percent");
        expectError(edit("indicators.csv", "-12.5,percent", "-12.5,USD"), "indicators.csv", "line 4", "unit",
                "does not fit measure 'trade.total.growth'; expected percent");
    }

    @Test
    void aShareIsAPercentageFromZeroToOneHundred() {
        assertThat(append("indicators.csv", "use-2024,khunjerab,border.use,PK-PBS,2024,85,percent,wiki-kkh,,\n")
                .problems()).isEmpty();
        expectError(edit("indicators.csv", ",85,percent,", ",130,percent,"), "indicators.csv", "line 4", "value",
                "130 percent is out of range 0 to 100 percent for a share");
    }

    @Test
    void aCountIsWhole() {
        expectError(append("indicators.csv", "units-2024,kkh-upgrade,sez.units.operating,PK-BOI,2024,2.5,count,"
                + "wiki-kkh,,\n"), "indicators.csv", "line 4", "value", "2.5 count is not a whole number");
    }

    // ---- dates against the dataset's own date ----

    @Test
    void anIncidentLaterThanTheNewestSourceIsAnError() {
        expectError(edit("incidents.geojson", "\"2024-03-26\"", "\"2999-01-01\""), "incidents.geojson", "feature 0",
                "date", "2999-01-01 is later than the dataset's date, 2024-12-03 (its newest source, 'dawn-khunjerab', is "
                + "dated 2024-12-03); an incident is reported after it happens");
    }

    @Test
    void aPartialSourceDateCountsToItsLastDay() {
        edit("sources.csv", "2024-12-03", "2024-12");
        assertThat(edit("incidents.geojson", "\"2024-03-26\"", "\"2024-12-31\"").problems()).isEmpty();
        expectError(edit("incidents.geojson", "\"2024-12-31\"", "\"2025-01-01\""), "incidents.geojson", "feature 0",
                "date", "later than the dataset's date, 2024-12-31 (its newest source, 'dawn-khunjerab', is dated 2024-12)");
    }

    @Test
    void anIndicatorPeriodThatBeginsAfterTheDatasetsDateIsAnError() {
        expectError(edit("indicators.csv", ",2024,23100000000,", ",2025,23100000000,"), "indicators.csv", "line 2",
                "period", "2025 starts 2025-01-01, later than the dataset's date, 2024-12-03");
    }

    @Test
    void aCompletedProjectEndsByTheDatasetsDateAPlannedOneMayEndLater() {
        expectError(edit("projects.geojson", "\"completion\": \"2013-11\"", "\"completion\": \"2030\""),
                "projects.geojson", "feature 0", "completion", "2030 is later than the dataset's date, 2024-12-03");
        assertThat(edit("projects.geojson", "\"status\": \"completed\"", "\"status\": \"planned\"").problems())
                .isEmpty();
    }

    @Test
    void aProjectUnderConstructionHasStarted() {
        edit("projects.geojson", "\"status\": \"completed\"", "\"status\": \"under_construction\"");
        expectError(edit("projects.geojson", "\"start\": \"2008\"", "\"start\": \"2025-02\""), "projects.geojson",
                "feature 0", "start", "2025-02 is later than the dataset's date, 2024-12-03");
    }

    @Test
    void aSourcePublishedInTheFutureIsAnErrorAndGivesNoDate() {
        DatasetLoad load = edit("sources.csv", "2024-12-03", "2999-01-01");
        expectError(load, "sources.csv", "line 3", "date", "publication date 2999-01-01 is in the future");
        // the dataset's date is then the validation day: the fixture's own records are older
        assertThat(load.errors()).hasSize(1);
    }

    @Test
    void withoutADatedSourceRecordsAreHeldToTheDayOfValidation() {
        edit("sources.csv", "2024-12-03", "");
        assertThat(edit("incidents.geojson", "\"2024-03-26\"", "\"2026-01-01\"").problems()).isEmpty();
        expectError(edit("incidents.geojson", "\"2026-01-01\"", "\"2999-01-01\""), "incidents.geojson", "feature 0",
                "date", "2999-01-01 is later than the day of validation, ");
    }

    // ---- root causes before knock-on errors ----

    @Test
    void referencesToAProjectLeftOutForItsStatusFollowItsOwnError() {
        DatasetLoad load = edit("projects.geojson", "\"status\": \"completed\"", "\"status\": \"opened\"");

        assertThat(load.errors()).hasSize(3);
        Problem first = load.errors().get(0);
        assertNames(first, "projects.geojson", "feature 0", "status");
        assertThat(first.isKnockOn()).isFalse();
        assertThat(load.errors().subList(1, 3)).allSatisfy(p -> {
            assertThat(p.isKnockOn()).isTrue();
            assertThat(p.cause()).isEqualTo("projects.geojson feature 0");
            assertThat(p.message()).contains("'kkh-upgrade' is left out for its own errors (projects.geojson feature 0)");
        });
        assertThat(load.errors().subList(1, 3)).extracting(Problem::where, Problem::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple("links.geojson feature 0", "project"),
                org.assertj.core.groups.Tuple.tuple("indicators.csv line 3", "subject"));
    }

    @Test
    void recordsCitingASourceLeftOutAreKnockOns() {
        DatasetLoad load = edit("sources.csv", ",reference", ",encyclopaedia");

        assertThat(load.errors().get(0).toString()).startsWith("sources.csv line 2, publisher_type: unknown");
        assertThat(load.errors()).hasSizeGreaterThan(1);
        assertThat(load.errors().subList(1, load.errors().size())).allSatisfy(p -> {
            assertThat(p.field()).isEqualTo("source");
            assertThat(p.cause()).isEqualTo("sources.csv line 2");
        });
    }

    @Test
    void aCalendarOfAPlaceLeftOutIsAKnockOn() {
        DatasetLoad load = edit("places.geojson", "\"kind\": \"border_crossing\"", "\"kind\": \"pass\"");

        assertNames(load.errors().get(0), "places.geojson", "feature 2", "kind");
        assertThat(load.errors()).filteredOn(p -> p.file().equals("calendars.csv")).hasSize(2)
                .allSatisfy(p -> assertThat(p.cause()).isEqualTo("places.geojson feature 2"));
        assertThat(load.errors()).filteredOn(p -> !p.isKnockOn()).hasSize(1);
    }

    // ---- datasets changed in memory ----

    @Test
    void aDatasetChangedInMemoryIsValidatedWithRecordsLocatedById() {
        Dataset read = DatasetReader.read(fixture()).orThrow();
        Link template = read.link("kkh-gilgit-khunjerab").orElseThrow();
        Link dangling = new Link("kkh-to-nowhere", "KKH to nowhere", Mode.ROAD, "gilgit", "nowhere", null, null, null,
                null, null, LinkStatus.PLANNED, "", List.of(), template.geometry(), template.provenance());
        List<Link> links = new ArrayList<>(read.links());
        links.add(dangling);

        List<Problem> problems = DatasetValidator.validate(new DatasetLoad(read.withLinks(links), List.of()));

        assertThat(problems).singleElement().satisfies(p -> {
            assertNames(p, "links.geojson", "id kkh-to-nowhere", "to");
            assertThat(p.message()).contains("unknown place 'nowhere'");
        });
    }

    @Test
    void anUnchangedDatasetRevalidatesClean() {
        DatasetLoad load = DatasetReader.read(fixture());
        assertThat(DatasetValidator.validate(load)).isEmpty();
    }

    // ---- helpers ----

    /** Asserts that the load has an error at exactly this file, location and field, whose message says why. */
    private static void expectError(DatasetLoad load, String file, String location, String field, String reason) {
        assertThat(load.errors()).as("errors: %s", load.errors()).anySatisfy(p -> {
            assertNames(p, file, location, field);
            assertThat(p.message()).contains(reason);
        });
        assertThat(load.hasErrors()).isTrue();
    }

    /** The problem and its rendering both name file, location and field. */
    private static void assertNames(Problem p, String file, String location, String field) {
        assertThat(p.file()).isEqualTo(file);
        assertThat(p.location()).isEqualTo(location);
        assertThat(p.field()).isEqualTo(field);
        String rendered = p.toString();
        assertThat(rendered).startsWith(location.isEmpty() ? file : file + " " + location);
        if (!field.isEmpty()) {
            assertThat(rendered).contains(", " + field + ": ");
        }
    }

    /** The fixture with the first occurrence of {@code from} in {@code file} replaced, read back. */
    private DatasetLoad edit(String file, String from, String to) {
        Path path = fixture().resolve(file);
        String text = read(path);
        int at = text.indexOf(from);
        assertThat(at).as("fixture %s contains %s", file, from).isNotNegative();
        write(path, text.substring(0, at) + to + text.substring(at + from.length()));
        return DatasetReader.read(dir);
    }

    private DatasetLoad append(String file, String lines) {
        Path path = fixture().resolve(file);
        write(path, read(path) + lines);
        return DatasetReader.read(dir);
    }

    /** Copies the minimal good dataset into the temporary directory. */
    private Path fixture() {
        for (String name : DatasetFiles.ALL) {
            Path target = dir.resolve(name);
            if (Files.exists(target)) {
                continue;
            }
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(FIXTURE + name)) {
                assertThat(in).as("fixture file %s", name).isNotNull();
                Files.copy(in, target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path path, String text) {
        try {
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
