/**
 * Routing answers as readable text tables, for the command lines ({@code corridor route}, {@code compare},
 * {@code scenario}, {@code mineral-routes}, {@code criticality}, and {@code corridor-spark criticality},
 * which may not depend on {@code cli}): one class per result type, beside the JSON writers of
 * {@link corridor.api.route}. Pure text out.
 * May use: corridor.model, the routing engine's public packages.
 */
package corridor.api.route.text;
