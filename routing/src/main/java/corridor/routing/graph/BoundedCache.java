package corridor.routing.graph;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values made once per key for an immutable graph (a vehicle's access in a month), at most
 * {@code maxEntries} of them: past that the cache is emptied and fills again, so that keys a caller
 * invents without end (a vehicle per request) cannot grow it. Values must be immutable: callers share
 * them. Thread-safe; two threads asking for a missing key at once may both make it (equal values).
 *
 * @param <K> the key, with value equality
 * @param <V> the value made of a key
 */
final class BoundedCache<K, V> {

    private final Map<K, V> values = new ConcurrentHashMap<>();
    private final int maxEntries;

    BoundedCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The value of {@code key}, made by {@code make} the first time it is asked (not while holding a lock). */
    V get(K key, Function<K, V> make) {
        V value = values.get(key);
        if (value == null) {
            value = make.apply(key);
            if (values.size() >= maxEntries) {
                values.clear();
            }
            values.put(key, value);
        }
        return value;
    }
}
