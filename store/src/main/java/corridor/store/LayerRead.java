package corridor.store;

import java.util.List;

/**
 * Records read from a layer together with the version of the dataset they belong to, read in one
 * statement, so that a caller serving another version can tell.
 *
 * @param version the store's dataset version when the records were read (0: the store holds none)
 * @param records the records, in the dataset's order
 */
public record LayerRead<T>(long version, List<T> records) {
}
