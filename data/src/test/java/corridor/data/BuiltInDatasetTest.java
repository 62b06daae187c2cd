package corridor.data;

import corridor.data.load.DatasetLoad;
import corridor.data.load.Problem;
import corridor.model.source.Confidence;
import corridor.model.Dataset;
import corridor.model.network.Link;
import corridor.model.network.LinkStatus;
import corridor.model.record.MineralStatus;
import corridor.model.network.Mode;
import corridor.model.network.OpeningCalendar;
import corridor.model.network.Place;
import corridor.model.record.PeriodType;
import corridor.model.network.PlaceKind;
import corridor.model.source.Provenance;
import corridor.model.source.PublisherType;
import corridor.model.source.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Month;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

/** The built-in CPEC dataset: it validates, every record cites a source that resolves, and the corridor is there. */
class BuiltInDatasetTest {

    private static DatasetLoad load;
    private static Dataset dataset;

    @BeforeAll
    static void read() {
        load = DatasetReader.readBuiltIn();
        dataset = load.dataset();
    }

    @Test
    void validatesWithoutErrors() {
        assertThat(load.errors()).as("errors of the built-in dataset").isEmpty();
    }

    @Test
    void babusarTopIsARoadJunctionWhoseCalendarClosesTheN15InWinterWithoutAnyCrossingService() {
        Place pass = dataset.place("babusar-top").orElseThrow();

        assertThat(pass.kind()).isEqualTo(PlaceKind.ROAD_JUNCTION);
        assertThat(pass.border().crossingHours()).isNull();
        assertThat(pass.border().feesUsdPerTonne()).isNull();
        OpeningCalendar calendar = pass.calendar();
        assertThat(calendar.isOpen(LocalDate.of(2020, 1, 15))).isFalse();
        assertThat(calendar.isOpen(LocalDate.of(2024, 10, 28))).isTrue();
        assertThat(calendar.isOpen(LocalDate.of(2024, 10, 29))).isFalse();
        assertThat(calendar.isOpen(LocalDate.of(2025, 5, 21))).isFalse();
        assertThat(calendar.isOpen(LocalDate.of(2025, 5, 22))).isTrue();
        assertThat(calendar.isOpen(LocalDate.of(2025, 7, 1))).isTrue();
        assertThat(dataset.links()).filteredOn(l -> l.fromId().equals("babusar-top") || l.toId().equals("babusar-top"))
                .extracting(Link::id).containsExactlyInAnyOrder("n15-mansehra-babusar", "n15-babusar-chilas");
    }

    @Test
    void theOnlyDetourWarningsAreTheJustifiedEastBayAndKarachiBypassDetours() {
        // The East Bay Expressway skirts the bay from the port to the coastal highway (19.49 km)
        // rather than crossing the town 2.5 km away; the M-10 goes round the north of Karachi from
        // the port to the M-9 (57 km) rather than through the city; their notes say so.
        assertThat(load.warnings()).filteredOn(p -> p.message().contains("times the great-circle distance"))
                .extracting(Problem::where)
                .containsExactly("links.geojson feature " + featureIndex("east-bay-expressway"),
                        "links.geojson feature " + featureIndex("m10-karachi-northern-bypass"));
        assertThat(dataset.link("east-bay-expressway").orElseThrow().provenance().note()).contains("three times");
        assertThat(dataset.link("m10-karachi-northern-bypass").orElseThrow().provenance().note())
                .contains("goes round the city rather than through it");
    }

    /**
     * Links whose drawing still differs from the published length by more than 5%: mountain and
     * desert roads drawn through the towns the sources give, without map data to follow every
     * bend. The list may only shrink: a new link must follow its road or say why not.
     */
    static final Set<String> GEOMETRY_SHORT_OF_PUBLISHED_LENGTH = Set.of(
            "g314-kashgar-tashkurgan",
            "g314-tashkurgan-khunjerab",
            "kkh-khunjerab-sost",
            "kkh-sost-gilgit",
            "kkh-gilgit-raikot",
            "kkh-raikot-chilas",
            "kkh-chilas-dasu",
            "kkh-dasu-besham",
            "kkh-thakot-raikot-realignment",
            "e35-thakot-havelian",
            "e35-havelian-burhan",
            "m6-sukkur-hyderabad",
            "n50-di-khan-zhob",
            "n50-zhob-quetta",
            "n85-surab-hoshab",
            "n10-karachi-gwadar",
            "east-bay-expressway",
            "ml1-peshawar-rawalpindi",
            "ml1-rawalpindi-lahore",
            "ml1-multan-rohri",
            "ml1-hyderabad-karachi",
            "khunjerab-railway",
            "rail-kashgar-khunjerab",
            "m2-pindi-bhattian-islamabad",
            "n5-peshawar-torkham",
            "af-jalalabad-kabul",
            "n25-quetta-chaman",
            "n25-karachi-khuzdar",
            "n25-khuzdar-surab",
            "ml3-sibi-quetta",
            "ml3-quetta-chaman",
            "g314-urumqi-kashgar",
            // added with the N-15, N-45, Muzaffarabad, Kasur, Chabahar and ML-4 links (issue #10):
            // published lengths of mountain roads, a desert road and a planned railway whose
            // drawings through the towns the sources name fall 15-48% short; each note says so
            "lahore-kasur",
            "n15-mansehra-babusar",
            "n15-babusar-chilas",
            "n45-nowshera-chitral",
            "ir-zahedan-chabahar",
            "islamabad-muzaffarabad",
            "ml4-gwadar-mastung",
            // Turbat-Gwadar: German Wikipedia's 160 km against a 127 km drawing between the towns (issue #10)
            "m8-turbat-gwadar",
            // Quetta-Nushki: 144 km (Beauty of Pakistan) over Lakpass against a 123 km drawing (issue #10)
            "n40-quetta-nushki",
            // added with the N-140 over the Shandur pass and the N-30 (issue #10, fourth pass): a
            // mountain road drawn through the towns it passes (about 22% short) and a road with no
            // town named along it, drawn straight (about 30% short); each note says so
            "n140-chitral-shandur-gilgit",
            "n30-khuzdar-basima");

    @Test
    void everyOtherWarningIsAKnownGeometryShortOfItsPublishedLength() {
        List<String> expected = GEOMETRY_SHORT_OF_PUBLISHED_LENGTH.stream()
                .map(id -> "links.geojson feature " + featureIndex(id)).toList();
        assertThat(load.warnings()).filteredOn(p -> !p.message().contains("times the great-circle distance"))
                .allSatisfy(p -> assertThat(p.field()).isEqualTo("geometry"))
                .extracting(Problem::where).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(dataset.links()).filteredOn(l -> l.mode() != Mode.TRANSFER && !l.hasPublishedLength())
                .allSatisfy(l -> assertThat(l.geometryLengthReason()).as(l.id()).isNotBlank());
    }

    @Test
    void everyRecordCitesSourcesThatResolve() {
        Map<String, Source> sources = dataset.sourcesById();
        List<Provenance> provenances = new ArrayList<>();
        dataset.modeDefaults().values().forEach(m -> provenances.add(m.provenance()));
        dataset.places().forEach(p -> {
            provenances.add(p.provenance());
            p.calendar().rules().forEach(r -> provenances.add(r.provenance()));
        });
        dataset.links().forEach(l -> provenances.add(l.provenance()));
        dataset.projects().forEach(p -> provenances.add(p.provenance()));
        dataset.indicators().forEach(i -> provenances.add(i.provenance()));
        dataset.incidents().forEach(i -> provenances.add(i.provenance()));
        dataset.minerals().forEach(m -> provenances.add(m.provenance()));
        assertThat(provenances).hasSizeGreaterThan(200);
        for (Provenance provenance : provenances) {
            assertThat(provenance.sourceIds()).isNotEmpty();
            for (String id : provenance.sourceIds()) {
                assertThat(sources).containsKey(id);
                assertThat(sources.get(id).resolves()).as("source %s resolves", id).isTrue();
            }
        }
    }

    /**
     * A project's AidData record ids come from AidData pages it cites: at least one of its ids is the
     * number of a cited china.aiddata.org page (that page names the other records of the same loans).
     */
    @Test
    void everyAiddataRecordIdRestsOnACitedAiddataPage() {
        Map<String, Source> sources = dataset.sourcesById();
        List<corridor.model.record.Project> withIds = dataset.projects().stream().filter(p -> !p.aiddataIds().isEmpty()).toList();
        assertThat(withIds).extracting(corridor.model.record.Project::id).contains("gwadar-port-phase1", "sahiwal-coal-project",
                "orange-line-lahore", "pkm-multan-sukkur", "hub-coal-project", "dawood-wind-gharo", "sachal-wind-jhimpir");
        for (corridor.model.record.Project project : withIds) {
            List<String> citedPages = project.provenance().sourceIds().stream().map(sources::get)
                    .map(Source::url).filter(u -> u != null && u.contains("china.aiddata.org/projects/"))
                    .map(u -> u.replaceAll(".*/projects/(\\d+)/?$", "$1")).toList();
            assertThat(citedPages).as("%s cites an AidData page", project.id()).isNotEmpty();
            assertThat(project.aiddataIds()).as("%s: its ids include the cited pages' records", project.id())
                    .containsAll(citedPages);
        }
        assertThat(dataset.project("gwadar-port-phase1").orElseThrow().aiddataIds())
                .containsExactly("92475", "35124", "38996", "72688", "72689");
    }

    @Test
    void noCitationPointsOutsideTheProject() {
        // ../shared/ sits beside the repository and a user never has it: a citation must resolve on its own.
        assertThat(dataset.sources()).hasSizeGreaterThan(100)
                .allSatisfy(s -> assertThat(s.citation()).as("citation of source %s", s.id()).doesNotContain("shared/"));
    }

    @Test
    void sourcesSpanPublisherTypes() {
        assertThat(dataset.sources()).extracting(Source::publisherType)
                .contains(PublisherType.GOVERNMENT, PublisherType.STATE_MEDIA, PublisherType.MULTILATERAL,
                        PublisherType.INDEPENDENT_MEDIA, PublisherType.ACADEMIC, PublisherType.REFERENCE);
    }

    @ParameterizedTest
    @CsvSource({
            "kashgar, CITY", "tashkurgan, CITY", "khunjerab, BORDER_CROSSING", "sost, DRY_PORT", "gilgit, CITY",
            "chilas, CITY", "raikot, CITY", "dasu, CITY", "besham, CITY", "thakot, CITY", "havelian, CITY",
            "burhan, CITY", "peshawar, CITY", "islamabad, CITY", "lahore, CITY", "multan, CITY", "sukkur, CITY",
            "hyderabad, CITY", "karachi, CITY", "di-khan, CITY", "zhob, CITY", "quetta, CITY", "surab, CITY",
            "hoshab, CITY", "gwadar, CITY", "gwadar-port, SEAPORT", "karachi-port, SEAPORT", "port-qasim, SEAPORT",
            "jebel-ali, SEAPORT", "lianyungang-port, SEAPORT", "shanghai-port, SEAPORT", "piraeus, SEAPORT",
            "mombasa, SEAPORT", "malacca-strait, SEA_WAYPOINT", "singapore-strait, SEA_WAYPOINT",
            "dondra-head, SEA_WAYPOINT", "bab-el-mandeb, SEA_WAYPOINT", "suez-canal, SEA_WAYPOINT",
            "strait-of-hormuz, SEA_WAYPOINT", "kashgar-railway-station, RAIL_TERMINAL", "urumqi, CITY",
            "karachi-cantt-station, RAIL_TERMINAL", "peshawar-cantt-station, RAIL_TERMINAL",
            "rohri-junction, RAIL_TERMINAL", "havelian-station, RAIL_TERMINAL", "saindak-mine, MINE",
            "reko-diq-mine, MINE", "sahiwal-power-plant, POWER_PLANT", "port-qasim-power-plant, POWER_PLANT"
    })
    void placeExists(String id, PlaceKind kind) {
        assertThat(dataset.place(id)).as(id).hasValueSatisfying(p -> assertThat(p.kind()).isEqualTo(kind));
    }

    @Test
    void theNineSpecialEconomicZonesAreThere() {
        assertThat(dataset.places()).filteredOn(p -> p.kind() == PlaceKind.SPECIAL_ECONOMIC_ZONE).extracting(Place::id)
                .containsExactlyInAnyOrder("allama-iqbal-industrial-city", "rashakai-sez", "dhabeji-sez", "bostan-sez",
                        "mirpur-sez", "ict-model-city", "psm-industrial-park", "mohmand-marble-city", "moqpondass-sez");
    }

    @ParameterizedTest
    @CsvSource({
            "g314-kashgar-tashkurgan, kashgar, tashkurgan", "g314-tashkurgan-khunjerab, tashkurgan, khunjerab",
            "kkh-khunjerab-sost, khunjerab, sost", "kkh-sost-gilgit, sost, gilgit", "kkh-gilgit-raikot, gilgit, raikot",
            "kkh-raikot-chilas, raikot, chilas", "kkh-chilas-dasu, chilas, dasu", "kkh-dasu-besham, dasu, besham",
            "kkh-besham-thakot, besham, thakot", "e35-thakot-havelian, thakot, havelian",
            "e35-havelian-burhan, havelian, burhan", "m1-peshawar-burhan, peshawar, burhan",
            "m1-burhan-islamabad, burhan, islamabad", "m2-pindi-bhattian-lahore, pindi-bhattian, lahore",
            "m3-m4-lahore-multan, lahore, multan", "m5-multan-sukkur, multan, sukkur",
            "m6-sukkur-hyderabad, sukkur, hyderabad", "n5-sukkur-hyderabad, sukkur, hyderabad",
            "m9-hyderabad-karachi, hyderabad, karachi",
            "n50-di-khan-zhob, di-khan, zhob", "n50-zhob-quetta, zhob, quetta", "n25-quetta-surab, quetta, surab",
            "n85-surab-hoshab, surab, hoshab", "m8-hoshab-turbat, hoshab, turbat", "m8-turbat-gwadar, turbat, gwadar",
            "n10-karachi-gwadar, karachi, gwadar", "n35-havelian-abbottabad, havelian, abbottabad",
            "n35-abbottabad-mansehra, abbottabad, mansehra",
            "east-bay-expressway, gwadar-port, gwadar"
    })
    void roadExists(String id, String from, String to) {
        Link link = dataset.link(id).orElseThrow(() -> new AssertionError("no link " + id));
        assertThat(link.mode()).isEqualTo(Mode.ROAD);
        assertThat(List.of(link.fromId(), link.toId())).containsExactly(from, to);
    }

    @Test
    void theRealignmentIsPlannedAndSupersedesTheOldAlignment() {
        Link realignment = dataset.link("kkh-thakot-raikot-realignment").orElseThrow();
        assertThat(realignment.status()).isEqualTo(LinkStatus.PLANNED);
        assertThat(realignment.distanceKm()).isEqualTo(241.0);
        List<Link> old = Stream.of("kkh-raikot-chilas", "kkh-chilas-dasu", "kkh-dasu-besham", "kkh-besham-thakot")
                .map(id -> dataset.link(id).orElseThrow()).toList();
        assertThat(old).allSatisfy(l -> {
            assertThat(l.status()).isEqualTo(LinkStatus.SUPERSEDED);
            assertThat(l.supersededBy()).containsExactly("kkh-thakot-raikot-realignment");
        });
        assertThat(dataset.indicators()).filteredOn(i -> i.subject().equals("kkh-thakot-raikot-realignment"))
                .extracting(i -> i.value()).contains(241.0, 250.0, 256.0, 280.0);
    }

    @Test
    void m6IsPlanned() {
        assertThat(dataset.link("m6-sukkur-hyderabad").orElseThrow().status()).isEqualTo(LinkStatus.PLANNED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ml1-peshawar-rawalpindi", "ml1-rawalpindi-lahore", "ml1-lahore-multan", "ml1-multan-rohri",
            "ml1-rohri-hyderabad", "ml1-hyderabad-karachi"})
    void ml1SectionsAreRailWithADesignSpeed(String id) {
        Link link = dataset.link(id).orElseThrow();
        assertThat(link.mode()).isEqualTo(Mode.RAIL);
        assertThat(link.designSpeedKmh()).isEqualTo(120.0);
    }

    @Test
    void ml1HasTodaysFreightSpeedBelowItsDesignSpeed() {
        Link link = dataset.link("ml1-lahore-multan").orElseThrow();
        assertThat(link.speedKmh()).isNotNull().isLessThan(link.designSpeedKmh());
    }

    @Test
    void chineseRailReachesAnEastCoastPortAndTheKhunjerabLineIsPlanned() {
        assertThat(dataset.link("cn-rail-kashgar-urumqi").orElseThrow().fromId()).isEqualTo("kashgar-railway-station");
        assertThat(dataset.link("cn-rail-lanzhou-lianyungang").orElseThrow().toId()).isEqualTo("lianyungang-port");
        Link khunjerabRailway = dataset.link("khunjerab-railway").orElseThrow();
        assertThat(khunjerabRailway.mode()).isEqualTo(Mode.RAIL);
        assertThat(khunjerabRailway.status()).isEqualTo(LinkStatus.PLANNED);
        assertThat(khunjerabRailway.fromId()).isEqualTo("havelian-station");
    }

    @Test
    void seaLanesRunThroughMalaccaTowardEuropeAndEastAfrica() {
        assertThat(dataset.links()).filteredOn(l -> l.mode() == Mode.SEA).extracting(Link::id)
                .contains("sea-shanghai-singapore", "sea-singapore-malacca", "sea-malacca-dondra", "sea-dondra-gwadar",
                        "sea-dondra-karachi", "sea-hormuz-jebel-ali", "sea-suez-piraeus", "sea-bab-el-mandeb-mombasa");
    }

    @Test
    void transfersJoinHubsToTheRoadNetwork() {
        List<Link> transfers = dataset.links().stream().filter(l -> l.mode() == Mode.TRANSFER).toList();
        assertThat(transfers).extracting(Link::id).contains("transfer-karachi-port-karachi",
                "transfer-karachi-cantt-station-karachi", "transfer-kashgar-railway-station-kashgar");
        Map<String, Place> places = dataset.placesById();
        assertThat(transfers).allSatisfy(t -> assertThat(places.get(t.fromId()).kind().isModalHub()).isTrue());
    }

    @Test
    void everyModeHasDefaultsAndRoadHasSpeedCostAndCo2() {
        assertThat(dataset.modeDefaults()).containsOnlyKeys(Mode.values());
        var road = dataset.modeDefaults().get(Mode.ROAD);
        assertThat(road.speedKmh()).isPositive();
        assertThat(road.costUsdPerTonneKm()).isPositive();
        assertThat(road.co2KgPerTonneKm()).isPositive();
    }

    @ParameterizedTest
    @CsvSource({
            "RAIL, 0.0253, 2015, xinhua-2015-01-30-rail-freight-rate, xinhua-2015-04-03-yuan-parity",
            "SEA, 0.0199, 2025, jiffa-2025-scfi-week24, jiffa-2025-scfi-week24"
    })
    void railAndSeaHaveADerivedCostWithItsPublishedSources(Mode mode, double costUsdPerTonneKm, int costYear,
                                                           String rateSource, String conversionSource) {
        var defaults = dataset.modeDefaults().get(mode);
        assertThat(defaults.costUsdPerTonneKm()).isEqualTo(costUsdPerTonneKm);
        assertThat(defaults.costYear()).isEqualTo(costYear);
        assertThat(defaults.provenance().sourceIds()).contains(rateSource, conversionSource);
        assertThat(defaults.provenance().confidence()).isEqualTo(Confidence.APPROXIMATE);
        // The derivation is spelled out so a reader can redo it.
        assertThat(defaults.provenance().note()).contains(" = US$" + costUsdPerTonneKm);
        Map<String, Source> sources = dataset.sourcesById();
        assertThat(List.of(rateSource, conversionSource))
                .allSatisfy(id -> assertThat(sources.get(id).url()).startsWith("http"));
    }

    @Test
    void seaCostReproducesThePublishedShanghaiGulfRatePerTeu() {
        // 10 t (one TEU at the engine's planning figure) over the dataset's 10,492.5 km of sea
        // lanes from Shanghai to Jebel Ali costs the SCFI rate of US$2,085 within rounding.
        double costUsd = dataset.modeDefaults().get(Mode.SEA).costUsdPerTonneKm() * 10 * 10492.5;
        assertThat(costUsd).isCloseTo(2085.0, within(5.0));
    }

    @ParameterizedTest
    @CsvSource({
            "gwadar-port, 8.85, 2025, wealthpk-2025-09-19-gwadar-tariff",
            "jebel-ali, 19.1, 2023, ajot-2023-08-31-jebel-ali-thc"
    })
    void seaportsWithAPublishedTerminalTariffHaveAHandlingCost(String id, double usdPerTonne, int costYear,
                                                               String tariffSource) {
        Place port = dataset.place(id).orElseThrow();
        assertThat(port.hubService()).hasValueSatisfying(hub -> {
            assertThat(hub.handlingCostUsdPerTonne()).isEqualTo(usdPerTonne);
            assertThat(hub.costYear()).isEqualTo(costYear);
        });
        assertThat(port.provenance().sourceIds()).contains(tariffSource);
        assertThat(port.provenance().confidence()).isEqualTo(Confidence.APPROXIMATE);
        assertThat(dataset.sourcesById().get(tariffSource).resolves()).isTrue();
    }

    @Test
    void khunjerabIsOpenAprilToNovemberBefore2024AndYearRoundFromDecember2024() {
        OpeningCalendar calendar = dataset.place("khunjerab").orElseThrow().calendar();
        assertThat(calendar.isOpen(LocalDate.of(2019, Month.JANUARY, 15))).isFalse();
        assertThat(calendar.isOpen(LocalDate.of(2019, Month.JUNE, 15))).isTrue();
        assertThat(calendar.isOpen(LocalDate.of(2021, Month.JUNE, 15))).as("COVID closure").isFalse();
        assertThat(calendar.isOpen(LocalDate.of(2023, Month.DECEMBER, 15))).isFalse();
        assertThat(calendar.isOpen(LocalDate.of(2024, Month.JANUARY, 10))).as("temporary opening").isTrue();
        assertThat(calendar.isOpen(LocalDate.of(2024, Month.FEBRUARY, 10))).isFalse();
        assertThat(calendar.isOpen(LocalDate.of(2025, Month.JANUARY, 15))).isTrue();
        assertThat(calendar.isOpen(LocalDate.of(2030, Month.FEBRUARY, 15))).isTrue();
    }

    @Test
    void khunjerabsTemporaryOpeningsAndWeekendsHoldToTheDay() {
        OpeningCalendar calendar = dataset.place("khunjerab").orElseThrow().calendar();
        assertThat(calendar.isOpen(LocalDate.of(2024, Month.JANUARY, 2))).as("first day of the 2024 opening").isTrue();
        assertThat(calendar.isOpen(LocalDate.of(2024, Month.JANUARY, 16))).as("last day of the 2024 opening").isTrue();
        assertThat(calendar.isOpen(LocalDate.of(2024, Month.JANUARY, 1))).isFalse();
        assertThat(calendar.isOpen(LocalDate.of(2024, Month.JANUARY, 17))).isFalse();
        assertThat(calendar.isOpen(LocalDate.of(2024, Month.JANUARY, 25))).isFalse();
        assertThat(calendar.isOpen(LocalDate.of(2023, Month.JANUARY, 20))).isTrue();
        assertThat(calendar.isOpen(LocalDate.of(2023, Month.JANUARY, 25))).as("between the two 2023 openings").isFalse();
        assertThat(calendar.isOpen(LocalDate.of(2023, Month.FEBRUARY, 10))).isTrue();
        assertThat(calendar.isOpen(LocalDate.of(2023, Month.FEBRUARY, 11))).isFalse();
        assertThat(calendar.isOpen(LocalDate.of(2025, Month.JANUARY, 18))).as("a Saturday").isFalse();
        assertThat(calendar.isOpen(LocalDate.of(2025, Month.JANUARY, 20))).as("a Monday").isTrue();
    }

    @Test
    void tradeSeriesKeepChinasCalendarYearsApartFromPakistansFiscalYears() {
        var trade2024 = dataset.indicators().stream()
                .filter(i -> i.measure().equals("trade.total") && i.period().label().equals("2024")).toList();
        assertThat(trade2024).singleElement().satisfies(i -> {
            assertThat(i.value()).isEqualTo(23.1e9);
            assertThat(i.reporter()).isEqualTo("CN-GACC");
        });
        assertThat(dataset.indicators()).anySatisfy(i -> {
            assertThat(i.measure()).isEqualTo("trade.total.growth");
            assertThat(i.value()).isEqualTo(11.1);
        });
        // Pakistan's whole years are fiscal years; its parts of years (July to January) are never calendar years
        assertThat(dataset.indicators()).filteredOn(i -> i.reporter().startsWith("PK-") && i.measure().startsWith("trade"))
                .isNotEmpty().allSatisfy(i -> assertThat(i.period().type()).isNotEqualTo(PeriodType.CALENDAR_YEAR))
                .anySatisfy(i -> assertThat(i.period().type()).isEqualTo(PeriodType.FISCAL_YEAR));
    }

    @Test
    void tradeSeriesHoldBothDirectionsFiscal2025AndMonthsEachWithItsOwnSource() {
        var sbp2025 = dataset.indicators().stream().filter(i -> i.reporter().equals("PK-SBP")
                && i.period().label().equals("FY2025")).toList();
        assertThat(sbp2025).extracting(i -> i.measure(), i -> i.value()).containsExactlyInAnyOrder(
                tuple("trade.exports.pk_to_cn", 2.477e9), tuple("trade.exports.cn_to_pk", 16.31e9));
        // a fiscal part-year running from July into January is one part of a year, not a multi-year total
        var julyToJanuary = dataset.indicators().stream().filter(i -> i.id().equals("trade-sbp-fy2024-jul-jan-pk-to-cn"))
                .findFirst().orElseThrow();
        assertThat(julyToJanuary.period().type()).isEqualTo(PeriodType.PARTIAL_YEAR);
        assertThat(julyToJanuary.period().start()).isEqualTo(LocalDate.of(2023, 7, 1));
        assertThat(julyToJanuary.period().end()).isEqualTo(LocalDate.of(2024, 1, 31));
        var months = dataset.indicators().stream().filter(i -> i.measure().startsWith("trade.exports")
                && i.period().label().matches("\\d{4}-\\d{2}")).toList();
        assertThat(months).hasSizeGreaterThanOrEqualTo(40)
                .allSatisfy(i -> assertThat(i.period().end()).isEqualTo(i.period().start().plusMonths(1).minusDays(1)));
        assertThat(months).extracting(i -> i.reporter()).contains("CN-GACC", "PK-SBP", "PK-TDAP");
    }

    @Test
    void pakistansWholeFiscalYearsFoundInTheThirdPassKeepEachReportersOwnFigure() {
        // FY2013 and FY2018 from the State Bank (as read by Dawn), FY2016 from Dawn, which names no statistics
        assertThat(wholeYear("PK-SBP", "FY2013")).containsEntry("trade.exports.pk_to_cn", 2.697e9)
                .containsEntry("trade.exports.cn_to_pk", 4.761e9).containsEntry("trade.total", 7.458e9);
        assertThat(wholeYear("PK-SBP", "FY2018")).containsEntry("trade.exports.pk_to_cn", 1.744e9)
                .containsEntry("trade.exports.cn_to_pk", 11.458e9);
        assertThat(wholeYear("Dawn", "FY2016")).containsEntry("trade.total", 10.029e9)
                .containsEntry("trade.exports.pk_to_cn", 1.903e9).containsEntry("trade.exports.cn_to_pk", 8.126e9);
        // TDAP's "over $2.17bn" for FY2013 stays beside the State Bank's $2.697bn; so do the Ministry of
        // Commerce's and WealthPK's FY2022 totals, $19.457bn against $21.285bn
        assertThat(wholeYear("PK-TDAP", "FY2013")).containsEntry("trade.exports.pk_to_cn", 2.17e9);
        assertThat(wholeYear("PK-MOC", "FY2022")).containsEntry("trade.total", 19.457e9);
        assertThat(wholeYear("PK-TDAP", "FY2022")).containsEntry("trade.total", 21.285e9);
        // the Chinese ambassador's calendar 2016 is a calendar year, never a fiscal one
        assertThat(dataset.indicators()).filteredOn(i -> i.id().equals("trade-embassy-2016-pk-to-cn")).singleElement()
                .satisfies(i -> assertThat(i.period().type()).isEqualTo(PeriodType.CALENDAR_YEAR));
    }

    private Map<String, Double> wholeYear(String reporter, String period) {
        return dataset.indicators().stream().filter(i -> i.subject().equals("cpec") && i.reporter().equals(reporter)
                        && i.period().label().equals(period) && i.measure().startsWith("trade"))
                .collect(Collectors.toMap(i -> i.measure(), i -> i.value()));
    }

    @Test
    void theKhyberPakhtunkhwaRareEarthLocalitiesAreTheirOwnFeaturesBesideTheBelt() {
        var kp = List.of("loe-shilman-carbonatite", "zagai-ghar-bastnaesite", "ambela-alkaline-granite-ree",
                "jambil-carbonatite");
        assertThat(dataset.minerals()).filteredOn(m -> kp.contains(m.id())).hasSize(kp.size()).allSatisfy(m -> {
            assertThat(m.isArea()).as(m.id()).isFalse();
            assertThat(m.status()).isEqualTo(MineralStatus.EXPLORATION);
            assertThat(m.provenance().confidence()).isEqualTo(Confidence.APPROXIMATE);
            // north of the Peshawar plain, between the Afghan border and the Indus
            assertThat(m.location().latitude()).as(m.id()).isBetween(34.0, 35.0);
            assertThat(m.location().longitude()).as(m.id()).isBetween(71.0, 73.0);
        });
        // no stored source names the "eight key areas", so the belt polygon stays beside the localities
        assertThat(dataset.minerals()).filteredOn(m -> m.id().equals("kp-ree-belt-mansehra-afghan-border"))
                .singleElement().satisfies(m -> assertThat(m.isArea()).isTrue());
        // Jambil's REE content is not published: its minerals say only what the source gives
        assertThat(dataset.minerals()).filteredOn(m -> m.id().equals("jambil-carbonatite")).singleElement()
                .satisfies(m -> assertThat(m.minerals()).containsExactly("apatite"));
    }

    @Test
    void everyPublishedJobsFigureIsKeptWithItsSource() {
        assertThat(dataset.indicators()).filteredOn(i -> i.subject().equals("cpec") && i.measure().startsWith("jobs"))
                .extracting(i -> i.value()).contains(236000.0, 155000.0, 192000.0, 75000.0);
        assertThat(dataset.indicators()).filteredOn(i -> i.measure().equals("smes.benefited")).isNotEmpty();
        assertThat(dataset.indicators()).filteredOn(i -> i.measure().equals("minerals.ree_exploration_areas"))
                .extracting(i -> i.value()).containsExactlyInAnyOrder(8.0, 7.0);
    }

    @Test
    void incidentsSince2014AndMineralAreasArePresent() {
        assertThat(dataset.incidents()).hasSizeGreaterThanOrEqualTo(19)
                .allSatisfy(i -> {
                    assertThat(i.date().getYear()).isGreaterThanOrEqualTo(2014);
                    assertThat(i.location()).isNotNull();
                    assertThat(i.provenance().sourceIds()).isNotEmpty();
                })
                .extracting(i -> i.id()).contains("incident-2016-05-30-gulshan-hadeed", "incident-2018-08-11-dalbandin",
                        "incident-2021-04-21-serena-quetta", "incident-2022-09-28-saddar-clinic");
        assertThat(dataset.minerals()).extracting(m -> m.id())
                .contains("kp-ree-belt-mansehra-afghan-border", "saindak", "reko-diq");
        assertThat(dataset.minerals().stream().filter(m -> m.id().equals("kp-ree-belt-mansehra-afghan-border"))
                .findFirst().orElseThrow().outline()).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void linkGeometriesArePolylinesNotJustTwoPoints() {
        assertThat(dataset.links()).filteredOn(l -> l.mode() != Mode.TRANSFER)
                .allSatisfy(l -> assertThat(l.geometry().points()).as(l.id()).hasSizeGreaterThanOrEqualTo(3));
    }

    @ParameterizedTest
    @CsvSource({
            "kashgar, karachi-port", "kashgar, gwadar-port", "kashgar, jebel-ali", "kashgar, mombasa", "kashgar, piraeus",
            "kashgar-railway-station, lianyungang-port", "shanghai-port, karachi-port", "lianyungang-port, gwadar-port",
            "karachi-cantt-station, peshawar-cantt-station", "sost, karachi"
    })
    void todaysNetworkJoinsTheCorridorsEnds(String from, String to) {
        assertThat(reachableInService(from)).as("%s reaches %s over links in service", from, to).contains(to);
    }

    @Test
    void plannedLinksAreNotInServiceYetKashgarReachesTheSea() {
        assertThat(reachableInService("kashgar")).contains("gwadar", "karachi");
        assertThat(dataset.links()).filteredOn(l -> !l.status().isInService()).extracting(Link::id)
                .contains("kkh-thakot-raikot-realignment", "m6-sukkur-hyderabad", "khunjerab-railway");
    }

    /** Places reachable from {@code start} over links that carry traffic today, in either direction. */
    private static java.util.Set<String> reachableInService(String start) {
        java.util.Set<String> seen = new java.util.HashSet<>(List.of(start));
        java.util.Deque<String> queue = new java.util.ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String at = queue.poll();
            for (Link link : dataset.links()) {
                if (!link.status().isInService()) {
                    continue;
                }
                String next = link.fromId().equals(at) ? link.toId() : link.toId().equals(at) ? link.fromId() : null;
                if (next != null && seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return seen;
    }

    private static int featureIndex(String linkId) {
        return dataset.links().stream().map(Link::id).toList().indexOf(linkId);
    }
}
