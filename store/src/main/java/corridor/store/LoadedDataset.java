package corridor.store;

import java.time.Instant;

/**
 * What dataset a store holds.
 *
 * @param name        the dataset's name
 * @param contentHash the {@link ContentHash} of the dataset
 * @param recordCount the records stored, sources and mode defaults included
 * @param loadedAt    when it was loaded
 */
public record LoadedDataset(String name, String contentHash, int recordCount, Instant loadedAt) {
}
