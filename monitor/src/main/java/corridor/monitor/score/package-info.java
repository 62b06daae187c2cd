/**
 * An ingest against the simulator's ground truth: the truth file of {@code simulate-fleet}
 * ({@link corridor.monitor.score.TruthCsv}, read from and appended to text handed in) and the
 * errors per subject and indicator ({@link corridor.monitor.score.Score}).
 *
 * <p>May use: {@code corridor.model}, {@code corridor.monitor.ingest}, {@code corridor.monitor.trip},
 * {@code corridor.monitor.indicator}, {@code corridor.monitor.simulate}, commons-csv.
 */
package corridor.monitor.score;
