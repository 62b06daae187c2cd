package corridor.api.project;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.api.JsonValues;
import corridor.api.SourceJson;
import corridor.evidence.project.ProjectGroup;
import corridor.evidence.project.ProjectSummary;
import corridor.evidence.project.PublishedListCount;
import corridor.evidence.project.SummaryDimension;
import corridor.model.source.Source;

import java.util.Map;

/**
 * A project summary as JSON, the one writer of {@code corridor projects --summary BY --format json}
 * and {@code GET /api/project-summary}. Keys are snake_case; money in US dollars as published (other
 * currencies apart, never converted). Stateless and thread-safe.
 */
public final class ProjectSummaryJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ProjectSummaryJson() {
    }

    /**
     * The summary: {@code by}, {@code groups} and {@code total}. By sector, each group also has
     * {@code published_list} ({@code count}, {@code status}, {@code reporter}, {@code period} and its
     * {@code sources} resolved in {@code sources}; null when no list gives one) and {@code gap} (the
     * group's projects less the list's count; null when unknown).
     */
    public static ObjectNode answer(ProjectSummary summary, Map<String, Source> sources) {
        ObjectNode body = NODES.objectNode();
        body.put("by", JsonValues.lower(summary.dimension()));
        ArrayNode groups = body.putArray("groups");
        boolean lists = summary.dimension() == SummaryDimension.SECTOR;
        for (ProjectGroup g : summary.groups()) {
            ObjectNode node = group(g);
            if (lists) {
                publishedList(node, g, sources);
            }
            groups.add(node);
        }
        body.set("total", group(summary.total()));
        return body;
    }

    private static void publishedList(ObjectNode node, ProjectGroup g, Map<String, Source> sources) {
        PublishedListCount list = g.publishedList();
        if (list == null) {
            node.putNull("published_list");
            node.putNull("gap");
            return;
        }
        node.set("published_list", JsonValues.object(new PublishedList(list.count(), list.status(), list.reporter(),
                list.period(), SourceJson.cited(list.sourceIds(), sources))));
        node.put("gap", g.listGap());
    }

    private record PublishedList(int count, String status, String reporter, String period, ArrayNode sources) {
    }

    private static ObjectNode group(ProjectGroup g) {
        return JsonValues.object(new Group(g.key(), g.projects(), g.costUsd(), g.projectsWithUsdCost(),
                g.costYearFrom(), g.costYearTo(), g.otherCurrencies(), g.projectsWithOtherCost(),
                g.projectsWithUnknownCost(), g.jobs(), g.projectsWithJobs(), g.projectsWithUnknownJobs()));
    }

    /** A group's counts and sums; costs in other currencies by currency code, never converted. */
    private record Group(String key, int projects, double costUsd, int projectsWithUsdCost, Integer costYearFrom,
                         Integer costYearTo, Map<String, Double> costByOtherCurrency, int projectsWithOtherCost,
                         int projectsWithUnknownCost, long jobs, int projectsWithJobs, int projectsWithUnknownJobs) {
    }
}
