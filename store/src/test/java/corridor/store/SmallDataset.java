package corridor.store;

import corridor.model.network.BorderService;
import corridor.model.source.Confidence;
import corridor.model.network.CorridorSection;
import corridor.model.Dataset;
import corridor.model.geo.GeoPoint;
import corridor.model.network.HubService;
import corridor.model.record.Incident;
import corridor.model.record.IndicatorValue;
import corridor.model.network.Link;
import corridor.model.network.LinkStatus;
import corridor.model.record.MineralArea;
import corridor.model.record.MineralStatus;
import corridor.model.network.Mode;
import corridor.model.network.ModeDefaults;
import corridor.model.record.Money;
import corridor.model.network.OpeningCalendar;
import corridor.model.network.OpeningRule;
import corridor.model.record.Period;
import corridor.model.record.PeriodType;
import corridor.model.record.Pillar;
import corridor.model.network.Place;
import corridor.model.network.PlaceKind;
import corridor.model.geo.Polyline;
import corridor.model.record.Project;
import corridor.model.record.ProjectStatus;
import corridor.model.source.Provenance;
import corridor.model.source.PublisherType;
import corridor.model.record.Sector;
import corridor.model.source.Source;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** A small hand-made dataset with one record of every kind, nulls and all. */
final class SmallDataset {

    static final Provenance CITED = Provenance.of("src-a");

    private SmallDataset() {
    }

    static Place kashgar() {
        return new Place("kashgar", "Kashgar", List.of("Kashi"), PlaceKind.DRY_PORT, new GeoPoint(39.47, 75.99),
                "CN", "Xinjiang", new HubService(24.0, null, null), null, CITED);
    }

    static Place sost() {
        OpeningCalendar calendar = new OpeningCalendar(List.of(
                new OpeningRule(YearMonth.of(1985, 1), YearMonth.of(2024, 11),
                        EnumSet.range(Month.APRIL, Month.NOVEMBER), CITED),
                new OpeningRule(YearMonth.of(2024, 12), null, EnumSet.allOf(Month.class),
                        new Provenance(List.of("src-a", "src-b"), Confidence.APPROXIMATE, "announced"))));
        return new Place("sost", "Sost", List.of("Sust"), PlaceKind.BORDER_CROSSING, new GeoPoint(36.69, 74.82),
                "PK", "Gilgit-Baltistan", null, new BorderService(12.0, 3.5, 2024, calendar), CITED);
    }

    static Place gwadar() {
        return new Place("gwadar", "Gwadar", List.of(), PlaceKind.SEAPORT, new GeoPoint(25.12, 62.33), "PK",
                "Balochistan", new HubService(48.0, 6.0, 2023), null, CITED);
    }

    static Dataset dataset() {
        List<Source> sources = List.of(
                new Source("src-a", "Dawn", "An article", "2024-05", "https://example.org/a", "",
                        PublisherType.INDEPENDENT_MEDIA),
                new Source("src-b", "Xinhua", "A report", "", "", "Xinhua, 2023, p. 4", PublisherType.STATE_MEDIA));
        Map<Mode, ModeDefaults> modes = Map.of(
                Mode.ROAD, new ModeDefaults(Mode.ROAD, 45.0, 0.05, 2023, 0.09, CITED),
                Mode.SEA, new ModeDefaults(Mode.SEA, null, null, null, null, CITED));
        List<Place> places = List.of(kashgar(), sost(), gwadar());
        Link kkh = new Link("kkh-north", "Karakoram Highway north", Mode.ROAD, "kashgar", "sost", null, 40.0, null,
                null, null, LinkStatus.EXISTING, "", List.of(),
                new Polyline(List.of(kashgar().location(), new GeoPoint(38.0, 75.2), sost().location())), CITED);
        Link old = new Link("old-road", "Old road", Mode.ROAD, "sost", "gwadar", 1900.0, null, null, 0.00001, null,
                LinkStatus.SUPERSEDED, "proj-road", List.of("new-road"),
                Polyline.of(sost().location(), gwadar().location()), CITED);
        Link fresh = new Link("new-road", "New road", Mode.ROAD, "sost", "gwadar", null, 60.0, 80.0, null, null,
                LinkStatus.PLANNED, "proj-road", List.of(), Polyline.of(sost().location(), gwadar().location()),
                new Provenance(List.of("src-a"), Confidence.APPROXIMATE, "alignment read off a map"));
        List<Project> projects = List.of(
                new Project("proj-road", "A road", "1", Pillar.GROWTH, Sector.TRANSPORT, ProjectStatus.UNDER_CONSTRUCTION,
                        new Money(1.8e9, "USD", 2017), 392.0, "km", 2000, "sost", new GeoPoint(35.0, 73.0), "2017",
                        "2026-06", CITED),
                new Project("proj-unplaced", "Somewhere", "2.0", null, Sector.SOCIAL, ProjectStatus.PROPOSED, null,
                        null, "", null, "", null, "", "", CITED));
        List<IndicatorValue> indicators = List.of(new IndicatorValue("trade-2024", "cpec", "trade.total", "CN-GACC",
                new Period(PeriodType.CALENDAR_YEAR, "2024", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                23.1e9, "USD", CITED));
        List<Incident> incidents = List.of(new Incident("inc-1", LocalDate.of(2024, 3, 26), "Besham",
                new GeoPoint(34.93, 72.87), 6, null, "engineers' convoy", "", CITED));
        List<MineralArea> minerals = List.of(
                new MineralArea("reko-diq", "Reko Diq", List.of("copper", "gold"), MineralStatus.DEVELOPMENT,
                        "Barrick", new GeoPoint(29.1, 62.05), List.of(), CITED),
                new MineralArea("ree-area", "REE area", List.of("rare earth elements"), MineralStatus.EXPLORATION, "",
                        new GeoPoint(36.5, 74.5), List.of(new GeoPoint(36.0, 74.0), new GeoPoint(36.0, 75.0),
                        new GeoPoint(37.0, 75.0), new GeoPoint(36.0, 74.0)), CITED));
        List<CorridorSection> sections = List.of(
                new CorridorSection("kashgar-gwadar", "Kashgar–Gwadar", List.of("kkh-north", "old-road"), CITED));
        return new Dataset("small", sources, modes, places, List.of(kkh, old, fresh), projects, indicators,
                incidents, minerals, sections);
    }
}
