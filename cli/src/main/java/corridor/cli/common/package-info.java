/**
 * What every command group shares: the {@code --data DIR} mixin ({@link corridor.cli.common.DataOption}) and the
 * bases of the commands ({@link corridor.cli.common.DataCommand}: {@code --data} and the output streams;
 * {@link corridor.cli.common.FormattedCommand}: a command printing in the {@code --format} of
 * {@link corridor.cli.common.OutputFormat}; {@link corridor.cli.common.CommandGroup}: a command of subcommands),
 * the {@code --network} option ({@link corridor.cli.common.NetworkOption}), files named on the command line
 * checked and read with their limits ({@link corridor.cli.common.InputFile}, {@link corridor.cli.common.TextInput}),
 * numeric options within bounds ({@link corridor.cli.common.Limits}) and the monitoring state file
 * ({@link corridor.cli.common.MonitorStateFile}).
 *
 * <p>May use: {@code corridor.model}, {@code corridor.data}, {@code corridor.monitor} (its state file), picocli.
 * No other package of the command line.
 */
package corridor.cli.common;
