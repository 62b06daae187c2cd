/**
 * The freight network: places (hubs, ports, border crossings, with their services and opening
 * calendars to the day), links by mode with their status, road class and terrain, the modes'
 * defaults, the fixed corridor sections, and the street-level {@link corridor.model.network.RoadLayer}
 * imported from OpenStreetMap, with what the engines' searches over a network share: the ways out of
 * each junction as a {@link corridor.model.graph.CompactGraph} ({@code RoadLayer.junctionGraph}), and the
 * layer's segments as a {@link corridor.model.geo.SegmentGeometry} for the segment index.
 *
 * <p>May use: {@code corridor.model.geo}, {@code corridor.model.graph}, {@code corridor.model.source}.
 */
package corridor.model.network;
