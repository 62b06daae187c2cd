/**
 * The street-level commands (issue 26): {@code corridor match} snaps a GPS trace to the imported
 * OpenStreetMap roads ({@link corridor.cli.street.MatchCommand}, over {@code corridor.api.match}).
 * Thin: parse arguments, call the shared service, print.
 */
package corridor.cli.street;
