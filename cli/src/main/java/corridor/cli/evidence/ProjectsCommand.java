package corridor.cli.evidence;

import corridor.api.project.ProjectPhase;
import corridor.api.project.ProjectSummaryJson;
import corridor.cli.common.FormattedCommand;
import corridor.evidence.check.Figures;
import corridor.evidence.project.ProjectFilter;
import corridor.evidence.project.ProjectGroup;
import corridor.evidence.project.ProjectRegistry;
import corridor.evidence.project.ProjectSummary;
import corridor.evidence.project.PublishedListCount;
import corridor.evidence.project.PublishedLists;
import corridor.evidence.project.SummaryDimension;
import corridor.model.record.Pillar;
import corridor.model.record.Project;
import corridor.model.record.ProjectStatus;
import corridor.model.record.Sector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code corridor projects}: the registry of projects, filtered by phase, pillar, sector and
 * status, as a table, JSON or CSV (with the AidData GCDF record ids a source gives for a project);
 * or, with {@code --summary}, their counts, costs and jobs by pillar, sector or status; by sector,
 * beside each sector's count, the latest count a published list gives ({@link PublishedLists}).
 */
@Command(name = "projects", mixinStandardHelpOptions = true,
        description = {"The projects of the corridor by phase, pillar, sector and status, with cost, capacity, jobs "
                + "and sources; or a summary by pillar, sector or status.",
                "Costs are never converted between currencies: US dollars are summed as published (each in its own "
                        + "year), other currencies are summed apart. Jobs not published count as unknown, not zero.",
                "By sector, the summary sets the latest count a published list gives (of the --status chosen) beside "
                        + "the dataset's, with who published it, when, its sources and the gap; unknown where none does."})
public final class ProjectsCommand extends FormattedCommand<EvidenceFormat.Output> {

    @Option(names = "--phase", paramLabel = "PHASE", description = "1 or 2.0")
    String phase;

    @Option(names = "--pillar", paramLabel = "PILLAR", description = "one of: ${COMPLETION-CANDIDATES}")
    Pillar pillar;

    @Option(names = "--sector", paramLabel = "SECTOR", description = "one of: ${COMPLETION-CANDIDATES}")
    Sector sector;

    @Option(names = "--status", paramLabel = "STATUS", description = "one of: ${COMPLETION-CANDIDATES}")
    ProjectStatus status;

    @Option(names = "--summary", paramLabel = "BY", description = "summarise by pillar, sector or status")
    SummaryDimension summary;

    @Override
    protected int call(EvidenceFormat.Output output) {
        ProjectFilter filter = new ProjectFilter(ProjectPhase.read(phase, "--phase"), pillar, sector, status);
        ProjectRegistry registry = new ProjectRegistry(data.dataset().projects());
        if (summary != null) {
            printSummary(output, registry.summarize(filter, summary, new PublishedLists(data.dataset().indicators())));
        } else {
            printProjects(output, registry.select(filter));
        }
        return 0;
    }

    private void printProjects(EvidenceFormat.Output output, List<Project> projects) {
        PrintWriter out = out();
        List<String> header = List.of("id", "name", "phase", "pillar", "sector", "status", "cost", "capacity", "jobs",
                "start", "completion", "aiddata", "sources");
        List<List<String>> rows = projects.stream().map(ProjectsCommand::row).toList();
        switch (output) {
            case JSON -> EvidenceFormat.json(out, projects.stream().map(ProjectsCommand::json).toList());
            case CSV -> EvidenceFormat.csv(out, header, rows);
            case TABLE -> {
                EvidenceFormat.table(out, header, rows);
                out.println(projects.size() + " project" + (projects.size() == 1 ? "" : "s") + " (" + data.label() + ")");
            }
        }
    }

    private static List<String> row(Project p) {
        return List.of(p.id(), p.name(), p.phase(), EvidenceFormat.name(p.pillar()), EvidenceFormat.name(p.sector()),
                EvidenceFormat.name(p.status()), EvidenceFormat.money(p.cost()),
                p.capacityValue() == null ? "" : Figures.grouped(p.capacityValue()) + " " + p.capacityUnit(),
                p.jobs() == null ? "unknown" : Figures.grouped(p.jobs()), p.start(), p.completion(),
                String.join(";", p.aiddataIds()), String.join(";", p.provenance().sourceIds()));
    }

    private static Map<String, Object> json(Project p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("phase", p.phase());
        m.put("pillar", EvidenceFormat.name(p.pillar()));
        m.put("sector", EvidenceFormat.name(p.sector()));
        m.put("status", EvidenceFormat.name(p.status()));
        m.put("cost_amount", p.cost() == null ? null : p.cost().amount());
        m.put("cost_currency", p.cost() == null ? null : p.cost().currency());
        m.put("cost_year", p.cost() == null ? null : p.cost().year());
        m.put("capacity_value", p.capacityValue());
        m.put("capacity_unit", p.capacityUnit());
        m.put("jobs", p.jobs());
        m.put("place", p.placeId());
        m.put("latitude", p.location() == null ? null : p.location().latitude());
        m.put("longitude", p.location() == null ? null : p.location().longitude());
        m.put("start", p.start());
        m.put("completion", p.completion());
        m.put("aiddata_ids", p.aiddataIds());
        m.put("sources", p.provenance().sourceIds());
        m.put("confidence", EvidenceFormat.name(p.provenance().confidence()));
        m.put("note", p.provenance().note());
        return m;
    }

    private void printSummary(EvidenceFormat.Output output, ProjectSummary summary) {
        PrintWriter out = out();
        List<ProjectGroup> groups = new ArrayList<>(summary.groups());
        groups.add(summary.total());
        boolean lists = summary.dimension() == SummaryDimension.SECTOR;
        List<String> header = new ArrayList<>(List.of(EvidenceFormat.name(summary.dimension()), "projects", "cost_usd",
                "usd_years", "with_usd_cost", "other_currencies", "cost_unknown", "jobs_published", "with_jobs",
                "jobs_unknown"));
        if (lists) {
            header.addAll(List.of("published_list", "gap", "list_reporter", "list_period", "list_sources"));
        }
        boolean plain = output != EvidenceFormat.Output.TABLE;
        List<List<String>> rows = groups.stream().map(g -> {
            List<String> row = new ArrayList<>(summaryRow(g, plain));
            if (lists) {
                row.addAll(g == summary.total() ? List.of("", "", "", "", "") : listCells(g, plain));
            }
            return row;
        }).toList();
        switch (output) {
            case JSON -> EvidenceFormat.json(out, ProjectSummaryJson.answer(summary, data.dataset().sourcesById()));
            case CSV -> EvidenceFormat.csv(out, header, rows);
            case TABLE -> {
                EvidenceFormat.table(out, header, rows);
                out.println("US dollars are summed as published, each in its own year; other currencies are summed "
                        + "apart, never converted. Jobs not published are unknown, not zero.");
                if (lists) {
                    out.println(listFooter(status));
                }
            }
        }
    }

    /** The published list's cells of a group: unknown (table) or empty (csv) when no list gives a count. */
    private static List<String> listCells(ProjectGroup g, boolean plain) {
        PublishedListCount list = g.publishedList();
        if (list == null) {
            return List.of(plain ? "" : "unknown", "", "", "", "");
        }
        return List.of(Integer.toString(list.count()), gap(g), list.reporter(), list.period(),
                String.join(";", list.sourceIds()));
    }

    /** The dataset's projects less the list's, signed ("+3", "-12", "0"). */
    private static String gap(ProjectGroup g) {
        int gap = g.listGap();
        return gap > 0 ? "+" + gap : Integer.toString(gap);
    }

    /** What the published list column is, and where the items of the lists that are not here were looked for. */
    static String listFooter(ProjectStatus status) {
        return "published_list: the latest count of the sector's "
                + (status == null ? "" : EvidenceFormat.name(status) + " ")
                + "projects a published list gives (the CPEC Authority, the Planning ministry, the Economic Survey; "
                + "measure projects.listed.<sector>.* in indicators.csv), by list_reporter for list_period, cited from "
                + "list_sources; unknown where no stored source gives one. gap = the dataset's projects less the "
                + "list's: the list and the dataset do not cut projects the same way, and the list's items beyond "
                + "those the dataset holds are named in no source it has (data/FACTS.md, \"The CPEC Authority's list "
                + "by sector\", says where they were looked for).";
    }

    private static List<String> summaryRow(ProjectGroup g, boolean plain) {
        String usd = g.projectsWithUsdCost() == 0 ? (plain ? "" : "none")
                : plain ? Figures.plain(g.costUsd(), 2) : Figures.money(g.costUsd());
        String years = g.costYearFrom() == null ? "" : g.costYearFrom().equals(g.costYearTo())
                ? g.costYearFrom().toString() : g.costYearFrom() + "-" + g.costYearTo();
        String other = g.otherCurrencies().entrySet().stream()
                .map(e -> e.getKey() + " " + (plain ? Figures.plain(e.getValue(), 2) : Figures.grouped(e.getValue())))
                .collect(Collectors.joining("; "));
        return List.of(g.key(), Integer.toString(g.projects()), usd, years, Integer.toString(g.projectsWithUsdCost()),
                other, Integer.toString(g.projectsWithUnknownCost()), Long.toString(g.jobs()),
                Integer.toString(g.projectsWithJobs()), Integer.toString(g.projectsWithUnknownJobs()));
    }
}
