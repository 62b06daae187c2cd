package corridor.evidence;

import corridor.model.Confidence;
import corridor.model.Dataset;
import corridor.model.GeoPoint;
import corridor.model.IndicatorValue;
import corridor.model.Link;
import corridor.model.LinkStatus;
import corridor.model.MineralArea;
import corridor.model.MineralStatus;
import corridor.model.Mode;
import corridor.model.Money;
import corridor.model.Period;
import corridor.model.PeriodType;
import corridor.model.Pillar;
import corridor.model.Place;
import corridor.model.PlaceKind;
import corridor.model.Polyline;
import corridor.model.Project;
import corridor.model.ProjectStatus;
import corridor.model.Provenance;
import corridor.model.PublisherType;
import corridor.model.Sector;
import corridor.model.Source;
import corridor.model.Incident;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Hand-made records for the evidence tests. */
final class Fixtures {

    private Fixtures() {
    }

    static Source source(String id, String publisher, PublisherType type) {
        return new Source(id, publisher, "title of " + id, "2024", "https://example.org/" + id, "", type);
    }

    static Project project(String id, String phase, Pillar pillar, Sector sector, ProjectStatus status, Money cost,
                           Integer jobs) {
        return new Project(id, id, phase, pillar, sector, status, cost, null, "", jobs, "", null, "", "",
                Provenance.of("s1"));
    }

    static Period period(String label) {
        if (label.startsWith("FY")) {
            int y = Integer.parseInt(label.substring(2));
            return new Period(PeriodType.FISCAL_YEAR, label, LocalDate.of(y - 1, 7, 1), LocalDate.of(y, 6, 30));
        }
        if (label.contains("/")) {
            String[] parts = label.split("/");
            return new Period(PeriodType.CUMULATIVE, label, LocalDate.of(Integer.parseInt(parts[0]), 1, 1),
                    LocalDate.of(Integer.parseInt(parts[1]), 12, 31));
        }
        int y = Integer.parseInt(label);
        return new Period(PeriodType.CALENDAR_YEAR, label, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    static IndicatorValue value(String id, String measure, String reporter, String period, double value, String unit,
                                String... sources) {
        return new IndicatorValue(id, "cpec", measure, reporter, period(period), value, unit,
                new Provenance(List.of(sources), Confidence.REPORTED, ""));
    }

    static Dataset dataset(List<Source> sources, List<Project> projects, List<IndicatorValue> indicators) {
        return new Dataset("test", sources, Map.of(), List.of(), List.of(), projects, indicators, List.of(), List.of());
    }

    static Place place(String id, PlaceKind kind, double lat, double lon) {
        return new Place(id, id, List.of(), kind, new GeoPoint(lat, lon), "PK", "", null, null, Provenance.of("s1"));
    }

    static Link link(String id, Mode mode, String from, String to, LinkStatus status, GeoPoint... points) {
        return new Link(id, id, mode, from, to, null, null, null, null, null, status, "",
                status == LinkStatus.SUPERSEDED ? List.of("other") : List.of(), new Polyline(List.of(points)),
                Provenance.of("s1"));
    }

    static MineralArea mine(String id, double lat, double lon) {
        return new MineralArea(id, id, List.of("copper"), MineralStatus.PRODUCTION, "", new GeoPoint(lat, lon),
                List.of(), Provenance.of("s1"));
    }

    static MineralArea area(String id, GeoPoint... ring) {
        double lat = 0;
        double lon = 0;
        for (int i = 0; i < ring.length - 1; i++) {
            lat += ring[i].latitude();
            lon += ring[i].longitude();
        }
        return new MineralArea(id, id, List.of("rare earth elements"), MineralStatus.EXPLORATION, "",
                new GeoPoint(lat / (ring.length - 1), lon / (ring.length - 1)), List.of(ring), Provenance.of("s1"));
    }

    static Incident incident(String id, double lat, double lon) {
        return new Incident(id, LocalDate.of(2024, 3, 26), id, new GeoPoint(lat, lon), 6, null, "convoy", "",
                Provenance.of("s1"));
    }
}
