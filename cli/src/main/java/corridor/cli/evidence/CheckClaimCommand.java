package corridor.cli.evidence;

import corridor.api.claim.ClaimJson;
import corridor.api.claim.ClaimRequest;
import corridor.api.claim.RoutedDistances;
import corridor.cli.common.DataOption;
import corridor.evidence.check.CheckLimitException;
import corridor.evidence.check.ClaimCheck;
import corridor.evidence.check.EvidenceValue;
import corridor.evidence.check.Figures;
import corridor.model.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;

/**
 * {@code corridor check-claim "TEXT"}: reads the quantitative claims in TEXT and says, for each,
 * whether the data support it, contradict it or cannot verify it, with the numbers, the tolerance
 * and the sources and their publisher types.
 */
@Command(name = "check-claim", mixinStandardHelpOptions = true,
        description = {"Checks the quantitative claims of a sentence against the data: amounts (\"bilateral trade "
                + "reached US$23.1 billion in 2024\", Rs 500 crore, RMB 10 billion), changes (\"up 11.1%% from the "
                + "previous year\"), lengths (\"146 km\") and counts of what the data measure (\"236,000 direct jobs\", "
                + "\"more than 100 SMEs\", \"eight exploration areas\").",
                "A value supports a claim when it lies within half a unit of the claim's last digit (23.1 billion: "
                        + "±0.05 billion); \"about\" allows 5%%, \"nearly\" up to 5%% below. Periods must match: "
                        + "FY2024 never backs a 2024 claim. Disputed: the data's sources disagree and the claim matches "
                        + "some of them.",
                "Give --publisher to say who made the claim: a figure whose only source is that publisher is "
                        + "unverifiable, as a publication repeating itself is not a check."})
public final class CheckClaimCommand implements Runnable {

    @Mixin
    DataOption data;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TEXT", description = "the claim, in quotes")
    String text;

    @Option(names = "--publisher", paramLabel = "NAME",
            description = "who published the claim: a publisher as in sources.csv (\"China Daily\") or a source id")
    String publisher;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE})")
    EvidenceFormat.Output format;

    @Override
    public void run() {
        ClaimRequest request = ClaimRequest.read(text, publisher, ClaimRequest.Names.COMMAND_LINE);
        List<ClaimCheck> checks;
        try {
            checks = request.check(RoutedDistances.checker(data.dataset()));
        } catch (CheckLimitException e) {
            throw InputException.ofParameter(ClaimRequest.Names.COMMAND_LINE.text(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == EvidenceFormat.Output.JSON) {
            // the document of GET /api/check-claim
            EvidenceFormat.json(out, ClaimJson.answer(request, checks));
            return;
        }
        for (ClaimCheck check : checks) {
            out.println(check.verdict() + ": \"" + check.claim().figureText() + "\"");
            out.println("  " + check.explanation());
            List<EvidenceValue> shown = new java.util.ArrayList<>(check.compared());
            shown.addAll(check.related());
            if (!shown.isEmpty()) {
                EvidenceFormat.table(out, List.of("reporter", "measure", "period", "value", "fit", "publishers"),
                        shown.stream().map(CheckClaimCommand::row).toList());
            }
            out.println();
        }
    }

    private static List<String> row(EvidenceValue e) {
        String value = e.unit().equals("percent") ? Figures.plain(e.value(), 2) + "%" : Figures.format(e.value(), e.unit());
        return List.of(e.reporter(), e.measure(), e.period().label(), value,
                e.fit().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + (e.ownPublisher() ? " (own publisher)" : ""), e.publishers());
    }

}
