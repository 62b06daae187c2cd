package corridor.store;

/**
 * The outcome of {@link Store#sync}.
 *
 * @param reloaded whether the dataset was written now (false: the store already held this content)
 * @param dataset  what the store holds afterwards
 */
public record SyncResult(boolean reloaded, LoadedDataset dataset) {
}
