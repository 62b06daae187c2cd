/**
 * Map matching: the one hidden-Markov-model matcher ({@link corridor.monitor.match.RoadMatcher}) over a
 * {@link corridor.monitor.match.MatchNetwork} (the model's segment index and compact graph): the corridor's
 * links ({@link corridor.monitor.match.RoadNetwork}: vertex arrays, the link-end graph, shortest distances
 * between link ends for trip analysis and the simulator) or a dataset's street-level OSM roads, with the roads'
 * membership of corridor links ({@link corridor.monitor.match.CorridorMembership}).
 *
 * <p>May use: {@code corridor.model}, {@code corridor.monitor.ingest} (settings),
 * {@code corridor.monitor.track} (track points).
 */
package corridor.monitor.match;
