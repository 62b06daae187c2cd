/**
 * The {@code corridor} command: {@link corridor.cli.Main} registers every subcommand and turns failures into
 * exit codes and one line; {@link corridor.cli.Version} prints the version.
 *
 * <p>May use: the command groups ({@code corridor.cli.dataset}, {@code .evidence}, {@code .route},
 * {@code .monitor}, {@code .serve}), {@code corridor.cli.common} ({@code CommandGroup}), {@code corridor.model},
 * {@code corridor.store}, picocli. No group uses
 * this package.
 */
package corridor.cli;
