package corridor.cli.route;

import com.fasterxml.jackson.databind.ObjectMapper;
import corridor.api.route.ParameterStyle;
import corridor.api.route.RouteRequestCases;
import corridor.cli.Main;
import corridor.cli.testing.CliRun;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code corridor route} on the shared table of route requests ({@code RouteRequestCases} of the api
 * module): each accepted with its meaning, or refused naming the option with the same reason
 * {@code GET /api/route} gives ({@code RouteRequestApiTest} in server).
 */
class RouteRequestCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The command line of a case: each parameter as its option. */
    private static String[] arguments(String command, Map<String, String> parameters) {
        List<String> args = new ArrayList<>(List.of(command, "--format", "json"));
        parameters.forEach((name, value) -> {
            args.add(ParameterStyle.OPTION.spell(name));
            args.add(value);
        });
        return args.toArray(String[]::new);
    }

    @Test
    void everySharedCaseIsAcceptedWithItsMeaningOrRefusedWithItsReason() throws Exception {
        for (RouteRequestCases.Case c : RouteRequestCases.all()) {
            CliRun run = CliRun.of(arguments("route", c.parameters()));
            if (c.accepted() != null) {
                assertThat(run.exitCode()).as(c + ": " + run.err()).isZero();
                RouteRequestCases.assertMeaning(c, JSON.readTree(run.out()));
            } else {
                assertThat(run.exitCode()).as(c.name()).isEqualTo(Main.EXIT_BAD_INPUT);
                assertThat(run.err().strip()).as(c.name()).isEqualTo("corridor: " + c.refused().message(ParameterStyle.OPTION));
            }
        }
    }

    @Test
    void theOtherRoutingCommandsReadTheSameOptions() {
        CliRun compare = CliRun.of("compare", "--from", "kashgar", "--to", "gwadar", "--date", "2025-07-01",
                "--avoid-link", "no-such-link");
        assertThat(compare.err().strip()).isEqualTo("corridor: --avoid-link: no link with id 'no-such-link'");
        CliRun minerals = CliRun.of("mineral-routes", "--mineral", "saindak", "--modes", "air");
        assertThat(minerals.err().strip()).isEqualTo("corridor: --modes: unknown mode 'air'; expected road, rail or sea");
        CliRun planned = CliRun.of("compare", "--from", "kashgar", "--to", "gwadar", "--date", "2025-07-01",
                "--network", "planned", "--risk-ceiling", "1000", "--avoid", "Sost,Gilgit");
        assertThat(planned.exitCode()).as(planned.err()).isZero();
    }
}
