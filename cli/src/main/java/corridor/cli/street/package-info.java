/**
 * Street-level commands over the imported OpenStreetMap roads: {@code corridor match}
 * ({@link corridor.cli.street.MatchCommand}).
 *
 * <p>May use: {@code corridor.cli.common}, {@code corridor.api}, the model and the data module.
 */
package corridor.cli.street;
