/**
 * Scenarios: a change to the network ({@link corridor.routing.scenario.Scenario}), the dataset with its
 * changes made ({@link corridor.routing.scenario.AppliedScenario}), and a route before and after it
 * ({@link corridor.routing.scenario.ScenarioComparison}). Reading a scenario file is
 * {@code corridor.routing.io}'s job.
 * May use: corridor.model, corridor.routing.route, corridor.routing.graph, corridor.routing.search,
 * corridor.routing.matrix.
 */
package corridor.routing.scenario;
