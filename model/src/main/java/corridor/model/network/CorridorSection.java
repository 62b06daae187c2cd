package corridor.model.network;

import corridor.model.source.Provenance;

import java.util.List;

/**
 * A fixed section of the corridor, as corridor observatories report them (CAREC CPMM's
 * "Khunjerab–Islamabad", "Islamabad–Karachi"): an ordered chain of links, each sharing an end place
 * with the next. Every monitored trip that drives all of its links in order, in either direction,
 * feeds the section's indicators, wherever the trip began or ended.
 *
 * @param id         unique key among sections
 * @param name       display name (e.g. "Khunjerab–Islamabad")
 * @param linkIds    the links it covers, in order from one end to the other (at least one)
 * @param provenance the sources of the section's definition, confidence and note
 */
public record CorridorSection(String id, String name, List<String> linkIds, Provenance provenance) {

    public CorridorSection {
        linkIds = List.copyOf(linkIds);
    }
}
