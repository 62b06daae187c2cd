/**
 * The routing commands: {@code route}, {@code compare}, {@code scenario}, {@code criticality} and
 * {@code mineral-routes}, with their shared options ({@link corridor.cli.route.RouteOptions}, read by
 * {@code corridor.api.route.RouteRequest} as the API reads its parameters; {@code --from}/{@code --to} in
 * {@code Endpoints}; the route options and {@code --network} together in {@code NetworkRouting}; those, the ends and
 * {@code --observed} of {@code route} and {@code compare} in {@code Journey}; {@code --weights} in
 * {@code WeightsOption}) and output format ({@code RouteFormat}).
 *
 * <p>May use: {@code corridor.cli.common}, {@code corridor.api.route}, {@code corridor.routing},
 * {@code corridor.data}, {@code corridor.model}, picocli, Jackson's tree (to print {@code corridor.api.route}'s JSON).
 */
package corridor.cli.route;
