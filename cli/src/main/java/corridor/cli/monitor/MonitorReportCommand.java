package corridor.cli.monitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.api.monitor.IndicatorCsv;
import corridor.api.monitor.IndicatorGeoJson;
import corridor.api.monitor.IndicatorReportJson;
import corridor.api.monitor.SubjectNames;
import corridor.cli.common.FormattedCommand;
import corridor.model.InputException;
import corridor.monitor.indicator.Aggregates;
import corridor.monitor.indicator.Indicator;
import corridor.monitor.indicator.IndicatorDefinition;
import corridor.monitor.indicator.Subject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code corridor monitor report}: the indicators of the ingested pings, per subject and month. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Indicators per link, corridor section, border crossing, port and terminal, per month: trips, "
                + "transit time, speed without and with delay (SWOD, SWD), crossing and dwell time, cost.",
                "Definitions: monitor/INDICATORS.md."})
final class MonitorReportCommand extends FormattedCommand<MonitorReportCommand.Output> {

    @Mixin
    StateOption state;

    @Option(names = "--subject", paramLabel = "SUBJECT",
            description = "only link, corridor_section (fixed sections of the dataset), section (trip origin>destination), "
                    + "border_crossing, port or terminal")
    String subject;

    @Option(names = "--section", paramLabel = "FROM>TO", arity = "0..1", fallbackValue = "",
            description = "trip origin>destination sections only; with a value, only that one (sost>gwadar-port)")
    String section;

    @Option(names = "--id", paramLabel = "ID", description = "only this link, place or section id")
    String id;

    @Option(names = "--month", paramLabel = "YYYY-MM", description = "only this month (UTC)")
    String month;

    /** The indicators as a table for people, the API's JSON, CSV, or the observed links and hubs as GeoJSON. */
    enum Output { TABLE, JSON, CSV, GEOJSON }

    MonitorReportCommand() {
        super("geojson: the observed links and hubs, for a map");
    }

    @Override
    protected int call(Output output) {
        Subject wanted = subject();
        String wantedId = id;
        if (section != null) {
            if (wanted != null && wanted != Subject.SECTION) {
                throw InputException.ofParameter("--section", "conflicts with --subject " + subject);
            }
            wanted = Subject.SECTION;
            if (!section.isBlank()) {
                wantedId = section.trim();
            }
        }
        if (month != null && !month.matches("\\d{4}-(0[1-9]|1[0-2])")) {
            throw InputException.ofParameter("--month", "must be YYYY-MM, got '" + month + "'");
        }
        Aggregates aggregates = state.read();
        List<Indicator> rows = Indicator.of(aggregates, wanted, wantedId, month);
        PrintWriter out = out();
        switch (output) {
            case GEOJSON -> out.println(IndicatorGeoJson.of(data.dataset(), aggregates, month));
            case JSON -> out.println(json(aggregates, rows, new SubjectNames(data.dataset())));
            case CSV -> csv(out, rows);
            case TABLE -> table(out, aggregates, rows);
        }
        return 0;
    }

    private Subject subject() {
        if (subject == null) {
            return null;
        }
        try {
            return Subject.ofLabel(subject);
        } catch (IllegalArgumentException e) {
            throw InputException.ofParameter("--subject",
                    "must be link, corridor_section, section, border_crossing, port or terminal, got '" + subject + "'");
        }
    }

    /** The table for people: the columns the indicator table shows in {@link IndicatorDefinition.View#TABLE}. */
    private static void table(PrintWriter out, Aggregates a, List<Indicator> rows) {
        out.printf(Locale.ROOT, "pings accepted %d, rejected %d; trips %d%n%n", a.acceptedPings(), a.rejectedTotal(),
                a.trips());
        if (a.simulatedPings() > 0) {
            out.printf(Locale.ROOT, "SIMULATED: %d of the pings come from the fleet simulator, not real trucks%n%n",
                    a.simulatedPings());
        }
        if (rows.isEmpty()) {
            out.println("no indicators match");
            return;
        }
        List<IndicatorDefinition> columns = IndicatorDefinition.in(IndicatorDefinition.View.TABLE);
        int idWidth = Math.max(10, rows.stream().mapToInt(r -> r.key().id().length()).max().orElse(10));
        StringBuilder layout = new StringBuilder("%-16s %-" + idWidth + "s %-7s");
        List<Object> headings = new ArrayList<>(List.of("subject", "id", "month"));
        for (IndicatorDefinition d : columns) {
            layout.append(" %").append(Math.max(d.heading().length(), 6)).append('s');
            headings.add(d.heading());
        }
        String format = layout.append("%n").toString();
        out.printf(Locale.ROOT, format, headings.toArray());
        for (Indicator r : rows) {
            List<Object> cells = new ArrayList<>(List.of(r.key().subject().label(), r.key().id(), r.key().month()));
            for (IndicatorDefinition d : columns) {
                cells.add(d.appliesTo(r.key().subject()) ? cell(d, r) : "");
            }
            out.printf(Locale.ROOT, format, cells.toArray());
        }
        out.println();
        StringBuilder legend = new StringBuilder();
        for (IndicatorDefinition d : columns) {
            if (!d.heading().equals(d.label())) {
                String entry = d.heading() + ": " + d.label();
                int lineLength = legend.length() - legend.lastIndexOf("\n") - 1;
                legend.append(legend.isEmpty() ? "" : lineLength + entry.length() > 100 ? ";\n" : "; ").append(entry);
            }
        }
        out.println(legend.append('.'));
        out.println("unknown: no data for that figure; blank: the figure does not apply to the subject.");
        out.println("Definitions: monitor/INDICATORS.md.");
    }

    private static String cell(IndicatorDefinition d, Indicator r) {
        Object value = d.value(r);
        if (value == null) {
            return "unknown";
        }
        return d.unit() == IndicatorDefinition.Unit.COUNT ? value.toString()
                : String.format(Locale.ROOT, "%." + d.unit().decimals() + "f", (Double) value);
    }

    private static void csv(PrintWriter out, List<Indicator> rows) {
        out.println(IndicatorCsv.header());
        for (Indicator r : rows) {
            out.println(IndicatorCsv.row(r));
        }
    }

    private static String json(Aggregates a, List<Indicator> rows, SubjectNames names) {
        ObjectMapper mapper = new ObjectMapper();
        // simulated first, as /api/monitor/indicators says it
        ObjectNode root = IndicatorReportJson.put(mapper.createObjectNode().put("simulated", a.simulatedPings() > 0), a,
                rows, names);
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
