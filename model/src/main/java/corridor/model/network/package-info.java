/**
 * The freight network: places (hubs, ports, border crossings, with their services and opening
 * calendars to the day), links by mode with their status, road class and terrain, the modes'
 * defaults, the fixed corridor sections, and the street-level {@link corridor.model.network.RoadLayer}
 * imported from OpenStreetMap, with what the engines' searches over a network share: the ways out of
 * each junction ({@link corridor.model.network.RoadArcs}) and a primitive heap
 * ({@link corridor.model.graph.MinHeap}).
 *
 * <p>May use: {@code corridor.model.geo}, {@code corridor.model.source}.
 */
package corridor.model.network;
