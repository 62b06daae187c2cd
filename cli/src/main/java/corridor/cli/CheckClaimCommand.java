package corridor.cli;

import corridor.evidence.ClaimCheck;
import corridor.evidence.ClaimChecker;
import corridor.evidence.EvidenceValue;
import corridor.evidence.Figures;
import corridor.model.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code corridor check-claim "TEXT"}: reads the quantitative claims in TEXT and says, for each,
 * whether the data support it, contradict it or cannot verify it, with the numbers, the tolerance
 * and the sources and their publisher types.
 */
@Command(name = "check-claim", mixinStandardHelpOptions = true,
        description = {"Checks a quantitative claim against the data: a value of an indicator in a period "
                + "(\"bilateral trade reached US$23.1 billion in 2024\"), a change (\"up 11.1%% from the previous year\"), "
                + "or a count (\"236,000 direct jobs\", \"more than 100 SMEs\", \"eight exploration areas\").",
                "A value supports a claim when it lies within half a unit of the claim's last digit (23.1 billion: "
                        + "±0.05 billion); \"about\" allows 5%. Periods must match: FY2024 never backs a 2024 claim.",
                "Give --publisher to say who made the claim: a figure whose only source is that publisher is "
                        + "unverifiable, as a publication repeating itself is not a check."})
final class CheckClaimCommand implements Runnable {

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
        List<ClaimCheck> checks = new ClaimChecker(data.dataset()).check(text, publisher);
        PrintWriter out = spec.commandLine().getOut();
        if (format == EvidenceFormat.Output.JSON) {
            EvidenceFormat.json(out, checks.stream().map(CheckClaimCommand::json).toList());
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

    private static Map<String, Object> json(ClaimCheck check) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("figure", check.claim().figureText());
        m.put("kind", EvidenceFormat.name(check.claim().kind()));
        m.put("measures", check.claim().measures());
        m.put("value", check.claim().value());
        m.put("unit", check.claim().unit());
        m.put("bound", EvidenceFormat.name(check.claim().bound()));
        m.put("tolerance", check.claim().tolerance());
        m.put("period", check.claim().periodLabel());
        m.put("verdict", EvidenceFormat.name(check.verdict()));
        m.put("onlyOwnPublisher", check.onlyOwnPublisher());
        m.put("explanation", check.explanation());
        m.put("compared", check.compared().stream().map(CheckClaimCommand::json).toList());
        m.put("related", check.related().stream().map(CheckClaimCommand::json).toList());
        m.put("otherMeasures", check.otherMeasures().stream().map(CheckClaimCommand::json).toList());
        return m;
    }

    private static Map<String, Object> json(EvidenceValue e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reporter", e.reporter());
        m.put("measure", e.measure());
        m.put("period", e.period().label());
        m.put("value", e.value());
        m.put("unit", e.unit());
        m.put("fit", EvidenceFormat.name(e.fit()));
        m.put("ownPublisher", e.ownPublisher());
        m.put("derivation", e.derivation());
        m.put("indicators", e.indicatorIds());
        m.put("sources", e.sources().stream().map(CheckClaimCommand::json).toList());
        m.put("note", e.note());
        return m;
    }

    private static Map<String, Object> json(Source s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("publisher", s.publisher());
        m.put("publisherType", EvidenceFormat.name(s.publisherType()));
        m.put("title", s.title());
        m.put("date", s.date());
        m.put("url", s.url());
        m.put("citation", s.citation());
        return m;
    }
}
