package corridor.store;

import java.time.Instant;

/**
 * What dataset a store holds.
 *
 * @param name        the dataset's name
 * @param contentHash the {@link ContentHash} of the dataset
 * @param recordCount the records stored, sources and mode defaults included
 * @param loadedAt    when it was loaded
 * @param version     the number of this write: each write of a dataset gets the next one (1 for the first)
 * @param origin      where it came from
 */
public record LoadedDataset(String name, String contentHash, int recordCount, Instant loadedAt, long version,
                            Origin origin) {

    /** Where a stored dataset came from. */
    public enum Origin {
        /** The dataset {@code serve} started with (built-in or {@code --data DIR}). */
        START_UP("start-up"),
        /** Uploaded through {@code PUT /api/dataset}: served again after a restart. */
        UPLOAD("upload");

        private final String label;

        Origin(String label) {
            this.label = label;
        }

        /** The name kept in the store. */
        public String label() {
            return label;
        }

        static Origin of(String label) {
            for (Origin origin : values()) {
                if (origin.label.equals(label)) {
                    return origin;
                }
            }
            throw new IllegalStateException("unknown dataset origin in the store: " + label);
        }
    }
}
