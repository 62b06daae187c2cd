package corridor.model.source;

import java.util.List;

/**
 * What backs a record: the ids of its sources, how exact its values are, and a free note.
 *
 * @param sourceIds  ids into the dataset's sources, at least one for a built-in record
 * @param confidence how exactly the values are known
 * @param note       free text: where sources disagree, how a value was derived
 */
public record Provenance(List<String> sourceIds, Confidence confidence, String note) {

    public Provenance {
        sourceIds = List.copyOf(sourceIds);
        note = note == null ? "" : note;
    }

    /** Provenance of a reported value from one source. */
    public static Provenance of(String sourceId) {
        return new Provenance(List.of(sourceId), Confidence.REPORTED, "");
    }

    public boolean isApproximate() {
        return confidence == Confidence.APPROXIMATE;
    }
}
