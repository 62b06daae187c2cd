package corridor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.api.monitor.IndicatorGeoJson;
import corridor.api.monitor.IndicatorJson;
import corridor.model.InputException;
import corridor.monitor.indicator.Aggregates;
import corridor.monitor.indicator.Indicator;
import corridor.monitor.indicator.Subject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code corridor monitor report}: the indicators of the ingested pings, per subject and month. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Indicators per link, corridor section, border crossing, port and terminal, per month: trips, "
                + "transit time, speed without and with delay (SWOD, SWD), crossing and dwell time, cost.",
                "Definitions: monitor/INDICATORS.md."})
final class MonitorReportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--state", paramLabel = "FILE", defaultValue = MonitorStateFile.DEFAULT,
            description = "aggregate state written by ingest (default: ${DEFAULT-VALUE})")
    Path state;

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

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json, csv, or geojson (observed links and hubs for a map) (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public void run() {
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
        String output = format.trim().toLowerCase(Locale.ROOT);
        if (!List.of("table", "json", "csv", "geojson").contains(output)) {
            throw InputException.ofParameter("--format", "must be table, json, csv or geojson, got '" + format + "'");
        }
        Aggregates aggregates = MonitorStateFile.read(state);
        List<Indicator> rows = Indicator.of(aggregates, wanted, wantedId, month);
        PrintWriter out = spec.commandLine().getOut();
        switch (output) {
            case "geojson" -> out.println(IndicatorGeoJson.of(data.dataset(), aggregates, month));
            case "json" -> out.println(json(aggregates, rows));
            case "csv" -> csv(out, rows);
            default -> table(out, aggregates, rows);
        }
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

    private static void table(PrintWriter out, Aggregates a, List<Indicator> rows) {
        out.printf(Locale.ROOT, "pings accepted %d, rejected %d; trips %d%n%n", a.acceptedPings(), a.rejectedTotal(),
                a.trips());
        if (rows.isEmpty()) {
            out.println("no indicators match");
            return;
        }
        int idWidth = Math.max(10, rows.stream().mapToInt(r -> r.key().id().length()).max().orElse(10));
        String layout = "%-16s %-" + idWidth + "s %-7s %6s %9s %9s %9s %9s %9s %6s %6s %9s %8s %8s %10s %9s%n";
        out.printf(Locale.ROOT, layout, "subject", "id", "month", "count", "mean h", "min h", "max h", "median h", "p95 h",
                "BI", "PTI", "mean km", "SWOD", "SWD", "cost US$", "TFI3 US$");
        for (Indicator r : rows) {
            boolean road = r.key().subject() == Subject.LINK || r.key().subject() == Subject.SECTION
                    || r.key().subject() == Subject.CORRIDOR_SECTION;
            out.printf(Locale.ROOT, layout, r.key().subject().label(), r.key().id(), r.key().month(), r.count(),
                    cell(r.meanHours(), 2), cell(r.minHours(), 2), cell(r.maxHours(), 2), cell(r.p50Hours(), 2),
                    cell(r.p95Hours(), 2), cell(r.bufferIndex(), 2), road ? cell(r.planningTimeIndex(), 2) : "",
                    road ? cell(r.meanDistanceKm(), 1) : "", road ? cell(r.swodKmh(), 1) : "",
                    road ? cell(r.swdKmh(), 1) : "", cell(r.meanCostUsd(), 2), road ? cell(r.tfi3Usd(), 2) : "");
        }
        out.println();
        out.println("mean h: transit time (links, sections), crossing time (border crossings), dwell (ports, terminals);");
        out.println("median, p95: percentiles of the single times (within 1%); BI: buffer index (p95 - mean) / mean;");
        out.println("PTI: planning time index p95 / mean moving time; TFI3: cost per 500 km per 20 t of cargo;");
        out.println("SWOD/SWD: speed without/with delay, km/h (roads only); unknown: no data for that figure.");
        out.println("Definitions: monitor/INDICATORS.md.");
    }

    private static String cell(Double value, int decimals) {
        return value == null ? "unknown" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static void csv(PrintWriter out, List<Indicator> rows) {
        out.println("subject,id,month,count,mean_hours,min_hours,max_hours,mean_distance_km,swod_kmh,swd_kmh,"
                + "mean_cost_usd,cost_count,p50_hours,p80_hours,p95_hours,buffer_index,planning_time_index,tfi3_usd");
        for (Indicator r : rows) {
            out.println(String.join(",", r.key().subject().label(), quoted(r.key().id()), r.key().month(),
                    Long.toString(r.count()), plain(r.meanHours()), plain(r.minHours()), plain(r.maxHours()),
                    plain(r.meanDistanceKm()), plain(r.swodKmh()), plain(r.swdKmh()), plain(r.meanCostUsd()),
                    Long.toString(r.costCount()), plain(r.p50Hours()), plain(r.p80Hours()), plain(r.p95Hours()),
                    plain(r.bufferIndex()), plain(r.planningTimeIndex()), plain(r.tfi3Usd())));
        }
    }

    private static String quoted(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static String plain(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String json(Aggregates a, List<Indicator> rows) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("pings_accepted", a.acceptedPings());
        ObjectNode rejected = root.putObject("pings_rejected");
        a.rejectedPings().forEach((r, n) -> rejected.put(r.label(), n));
        root.put("trips", a.trips());
        ArrayNode list = root.putArray("indicators");
        for (Indicator r : rows) {
            IndicatorJson.put(list.addObject(), r);
        }
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
