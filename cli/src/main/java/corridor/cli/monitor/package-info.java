/**
 * The monitoring commands: {@code monitor ingest}, {@code monitor report}, {@code monitor score} and
 * {@code simulate-fleet}; {@code --state} in {@code StateOption}.
 *
 * <p>May use: {@code corridor.cli.common}, {@code corridor.api.monitor}, {@code corridor.monitor},
 * {@code corridor.routing.route}, {@code corridor.data}, {@code corridor.model}, Jackson, picocli.
 */
package corridor.cli.monitor;
