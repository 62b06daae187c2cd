/**
 * The domain model's root: {@link corridor.model.Dataset}, the whole of one corridor's records,
 * {@link corridor.model.InputException}, the one exception for bad input that every surface turns into
 * a clear message, and {@link corridor.model.CrashPoint}, the named crash points the recovery tests use.
 * Immutable records, no I/O, no frameworks.
 *
 * <p>May use: {@code corridor.model.source}, {@code .geo}, {@code .network}, {@code .record}. Nothing
 * below it uses it (no cycles).
 */
package corridor.model;
