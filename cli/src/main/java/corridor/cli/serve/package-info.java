/**
 * The {@code serve} command ({@link corridor.cli.serve.ServeCommand}): opens the store, starts
 * {@link corridor.server.CorridorServer} (the server's entry, never its inner packages) and serves the dataset.
 *
 * <p>May use: {@code corridor.cli.common}, {@code corridor.server} (the root package only), {@code corridor.store},
 * {@code corridor.monitor.indicator}, {@code corridor.model}, picocli.
 */
package corridor.cli.serve;
