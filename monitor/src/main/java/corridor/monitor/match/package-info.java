/**
 * Map matching: the corridor's links prepared for matching ({@link corridor.monitor.match.RoadNetwork}:
 * vertex arrays, a grid index, shortest distances between link ends), the hidden-Markov-model
 * matcher over them ({@link corridor.monitor.match.MapMatcher}), and the matcher on a dataset's
 * street-level OSM roads ({@link corridor.monitor.match.MatchNetwork} over the model's segment index and compact graph,
 * {@link corridor.monitor.match.RoadMatcher}) with the roads' membership of corridor links
 * ({@link corridor.monitor.match.CorridorMembership}).
 *
 * <p>May use: {@code corridor.model}, {@code corridor.monitor.ingest} (settings),
 * {@code corridor.monitor.track} (track points).
 */
package corridor.monitor.match;
