package corridor.data.read;

import corridor.data.load.DatasetFiles;
import corridor.model.vehicle.AccessRule;
import corridor.model.Dataset;
import corridor.model.vehicle.Vehicle;
import corridor.model.network.CorridorSection;
import corridor.model.network.Link;
import corridor.model.network.Mode;
import corridor.model.network.ModeDefaults;
import corridor.model.network.Place;
import corridor.model.record.Incident;
import corridor.model.record.IndicatorValue;
import corridor.model.record.MineralArea;
import corridor.model.record.Project;
import corridor.model.source.Source;

import java.util.List;
import java.util.Map;

/**
 * Reads every layer of a dataset, one reader a file, in the order of {@code data/DATASET.md}:
 * lenient and collecting, it never throws for bad content; every problem names file, line or
 * feature, field and reason, and the record at fault is left out. Rules across records and files
 * are not checked here. Stateless; thread-safe.
 */
public final class DatasetParser {

    private DatasetParser() {
    }

    /** The layers of {@code files}; a missing required file is an error problem. */
    public static ParsedDataset parse(DatasetFiles files) {
        Reading reading = new Reading(files);
        List<Source> sources = reading.read(SourceReader.FILE);
        Map<Mode, ModeDefaults> modes = ModeDefaultsReader.read(reading);
        List<Place> places = CalendarReader.read(reading, reading.read(PlaceReader.FILE));
        List<Link> links = reading.read(LinkReader.FILE);
        List<Project> projects = reading.read(ProjectReader.FILE);
        List<IndicatorValue> indicators = reading.read(IndicatorReader.FILE);
        List<Incident> incidents = reading.read(IncidentReader.FILE);
        List<MineralArea> minerals = reading.read(MineralReader.FILE);
        List<CorridorSection> sections = reading.read(SectionReader.FILE);
        List<Vehicle> vehicles = reading.read(VehicleReader.FILE);
        List<AccessRule> access = reading.read(AccessReader.FILE);
        return reading.parsed(new Dataset(files.name(), sources, modes, places, links, projects, indicators, incidents,
                minerals, sections, null, vehicles, access));
    }
}
