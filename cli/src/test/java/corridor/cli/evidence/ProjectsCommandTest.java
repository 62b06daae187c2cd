package corridor.cli.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corridor.cli.Main;
import corridor.cli.testing.CliRun;
import corridor.data.BuiltInDataset;
import corridor.model.record.Project;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ProjectsCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void listsTheRegistryAsATable() {
        CliRun run = CliRun.of("projects");
        assertThat(run.exitCode()).as(run.err()).isZero();
        int count = BuiltInDataset.load().projects().size();
        assertThat(run.out()).contains("id", "sector", "status", "jobs").contains(count + " projects");
    }

    @Test
    void filtersAgreeWithTheDataset() throws Exception {
        CliRun run = CliRun.of("projects", "--sector", "energy", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode projects = JSON.readTree(run.out());
        long energy = BuiltInDataset.load().projects().stream().filter(p -> p.sector().name().equals("ENERGY")).count();
        assertThat(projects.size()).isEqualTo((int) energy).isPositive();
        projects.forEach(p -> assertThat(p.get("sector").asText()).isEqualTo("energy"));
    }

    /**
     * The tables "The CPEC Authority's list by sector" in data/FACTS.md against the registry: each row's
     * project count is {@code projects --summary sector} (with {@code --status} for a row such as
     * "transport, completed"), and each named item of a list is in the dataset under that sector.
     */
    @Test
    void sectorSummaryMatchesTheAuthoritysListAsRecordedInTheFactBase() throws Exception {
        List<String> facts = Files.readAllLines(Path.of("..", "data", "FACTS.md"));
        int heading = facts.indexOf("### The CPEC Authority's list by sector (issue #15)");
        assertThat(heading).as("the table's heading in data/FACTS.md").isNotNegative();
        Map<String, List<String>> counts = new LinkedHashMap<>();
        Map<String, List<List<String>>> items = new LinkedHashMap<>();
        String table = "";
        for (String line : facts.subList(heading + 1, facts.size())) {
            if (line.startsWith("### ")) {
                break;
            }
            if (!line.startsWith("|") || line.startsWith("|---")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.split("\\|")).skip(1).map(String::strip).toList();
            if (cells.get(0).equals("sector")) {
                table = cells.get(1);
            } else if (table.equals("on the published list")) {
                counts.put(cells.get(0), cells.subList(1, 4));
            } else if (table.equals("item on the published list")) {
                items.computeIfAbsent(cells.get(0), k -> new java.util.ArrayList<>())
                        .add(Arrays.stream(cells.get(2).split(";")).map(String::strip).toList());
            }
        }
        assertThat(counts).containsKeys("energy", "gwadar", "industry_sez", "social", "transport, completed");
        List<String> sourceIds = BuiltInDataset.load().sources().stream().map(corridor.model.source.Source::id).toList();
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        JSON.readTree(CliRun.of("projects", "--format", "json").out()).forEach(p -> byId.put(p.get("id").asText(), p));
        assertThat(items.keySet()).as("every item table belongs to a row").isSubsetOf(counts.keySet());
        counts.forEach((key, row) -> {
            String sector = key.split(",")[0].strip();
            String status = key.contains(",") ? key.split(",")[1].strip() : null;
            int published = Integer.parseInt(row.get(0));
            int projects = Integer.parseInt(row.get(2));
            JsonNode group = summaryGroup(sector, status);
            assertThat(projects).as(key + ": projects of the sector in the dataset").isEqualTo(group.get("projects").asInt());
            // the published count is data (indicators.csv), shown by the CLI: it must be the table's
            JsonNode list = group.get("published_list");
            assertThat(list.isObject()).as(key + ": the CLI's published list").isTrue();
            assertThat(list.get("count").asInt()).as(key + ": on the published list").isEqualTo(published);
            assertThat(group.get("gap").asInt()).as(key + ": gap").isEqualTo(projects - published);
            assertThat(list.get("status").isNull()).as(key + ": status-qualified").isEqualTo(status == null);
            assertThat(list.get("sources")).as(key + ": the count's sources").isNotEmpty();
            list.get("sources").forEach(source -> assertThat(sourceIds).as(key + ": source").contains(source.get("id").asText()));
            if (row.get(1).equals("—")) {
                assertThat(items).as(key + ": no items listed when the list was not read").doesNotContainKey(key);
                return;
            }
            int found = Integer.parseInt(row.get(1));
            assertThat(found).as(key + ": items found").isLessThanOrEqualTo(published);
            assertThat(items.getOrDefault(key, List.of())).as(key + ": the items named below").hasSize(found);
            for (List<String> ids : items.getOrDefault(key, List.of())) {
                for (String id : ids) {
                    assertThat(byId).as(key + ": project " + id).containsKey(id);
                    assertThat(byId.get(id).get("sector").asText()).as(id).isEqualTo(sector);
                    if (status != null) {
                        assertThat(byId.get(id).get("status").asText()).as(id).isEqualTo(status);
                    }
                }
            }
        });
        // the lists whose every item is in the dataset
        assertThat(counts.get("industry_sez").get(1)).isEqualTo(counts.get("industry_sez").get(0));
        assertThat(counts.get("energy").get(1)).isEqualTo(counts.get("energy").get(0));
    }

    /** The group of one sector (of one status, when not null) in {@code projects --summary sector}'s JSON. */
    private static JsonNode summaryGroup(String sector, String status) {
        List<String> args = new java.util.ArrayList<>(List.of("projects", "--summary", "sector", "--format", "json"));
        if (status != null) {
            args.addAll(List.of("--status", status));
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        try {
            for (JsonNode group : JSON.readTree(run.out()).get("groups")) {
                if (group.get("key").asText().equals(sector)) {
                    return group;
                }
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no group " + sector + " in projects --summary sector");
    }

    @Test
    void sectorSummaryShowsThePublishedListBesideTheDatasetAndSaysWhatItIs() {
        CliRun table = CliRun.of("projects", "--summary", "sector");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("published_list", "gap", "list_reporter", "list_period")
                .containsPattern("(?m)^social\\s+15\\s.*\\s27\\s+-12\\s+Daily Pakistan\\s+2019-12\\s+proj-dailypakistan-2019-12-31-27-social")
                // no list counts transport projects of every status: unknown, never zero
                .containsPattern("(?m)^transport\\s.*\\sunknown\\s*$")
                .contains("named in no source it has (data/FACTS.md");
        CliRun completed = CliRun.of("projects", "--summary", "sector", "--status", "completed", "--format", "csv");
        assertThat(completed.exitCode()).as(completed.err()).isZero();
        assertThat(completed.out()).contains(",published_list,gap,list_reporter,list_period,list_sources")
                .containsPattern("(?m)^transport,13,.*,8,\\+5,PK-MOF,FY2025,proj-thedailycpec-pes-2024-25$")
                // the latest count of completed power projects (October 2022) wins over February 2021's nine
                .containsPattern("(?m)^energy,15,.*,11,\\+4,PK-MOPDSI,2022-10,proj-nation-2022-10-24-power$")
                .containsPattern("(?m)^social,[^\\n]*,,,,,$");
        // other dimensions and a summary narrowed by phase have no list column
        assertThat(CliRun.of("projects", "--summary", "status").out()).doesNotContain("published_list");
        assertThat(CliRun.of("projects", "--summary", "sector", "--phase", "1").out()).doesNotContain("PK-CPECA");
    }

    @Test
    void aiddataRecordIdsAreListed() throws Exception {
        JsonNode sahiwal = null;
        for (JsonNode p : JSON.readTree(CliRun.of("projects", "--sector", "energy", "--format", "json").out())) {
            if (p.get("id").asText().equals("sahiwal-coal-project")) {
                sahiwal = p;
            }
        }
        assertThat(sahiwal).isNotNull();
        assertThat(sahiwal.get("aiddata_ids")).extracting(JsonNode::asText).startsWith("92303", "92304");
        CliRun csv = CliRun.of("projects", "--sector", "energy", "--format", "csv");
        assertThat(csv.out()).contains(",aiddata,").containsPattern("sahiwal-coal-project,.*,92303;92304;");
    }

    @Test
    void summariesAgreeWithTheRegistryListing() throws Exception {
        for (String dimension : List.of("pillar", "sector", "status")) {
            JsonNode summary = JSON.readTree(CliRun.of("projects", "--summary", dimension, "--format", "json").out());
            JsonNode listing = JSON.readTree(CliRun.of("projects", "--format", "json").out());
            assertThat(summary.get("by").asText()).isEqualTo(dimension);
            JsonNode groups = summary.get("groups");
            JsonNode total = summary.get("total");
            assertThat(total.get("key").asText()).isEqualTo("total");
            int sumOfGroups = 0;
            double usdOfGroups = 0;
            long jobsOfGroups = 0;
            int unknownJobs = 0;
            for (int i = 0; i < groups.size(); i++) {
                JsonNode group = groups.get(i);
                sumOfGroups += group.get("projects").asInt();
                usdOfGroups += group.get("cost_usd").asDouble();
                jobsOfGroups += group.get("jobs").asLong();
                unknownJobs += group.get("projects_with_unknown_jobs").asInt();
                // each group's count is the listing filtered by the group's key
                String key = group.get("key").asText();
                long listed = 0;
                for (JsonNode p : listing) {
                    String value = p.get(dimension).asText();
                    if (value.equals(key) || (value.isEmpty() && key.equals("none"))) {
                        listed++;
                    }
                }
                assertThat(group.get("projects").asLong()).as(dimension + " " + key).isEqualTo(listed);
            }
            assertThat(sumOfGroups).isEqualTo(listing.size()).isEqualTo(total.get("projects").asInt());
            double usdListed = 0;
            long jobsListed = 0;
            int unknownListed = 0;
            for (JsonNode p : listing) {
                if ("USD".equals(p.get("cost_currency").asText())) {
                    usdListed += p.get("cost_amount").asDouble();
                }
                if (p.get("jobs").isNull()) {
                    unknownListed++;
                } else {
                    jobsListed += p.get("jobs").asLong();
                }
            }
            assertThat(usdOfGroups).isCloseTo(usdListed, within(1.0));
            assertThat(total.get("cost_usd").asDouble()).isCloseTo(usdListed, within(1.0));
            assertThat(jobsOfGroups).isEqualTo(jobsListed);
            assertThat(unknownJobs).isEqualTo(unknownListed);
        }
    }

    @Test
    void otherCurrenciesAreSummedApart() {
        List<Project> nonUsd = BuiltInDataset.load().projects().stream()
                .filter(p -> p.cost() != null && !p.cost().currency().equals("USD")).toList();
        CliRun run = CliRun.of("projects", "--summary", "status");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("never converted");
        nonUsd.forEach(p -> assertThat(run.out()).contains(p.cost().currency() + " "));
    }

    @Test
    void csvHasAHeaderAndOneRowPerProject() throws Exception {
        CliRun run = CliRun.of("projects", "--phase", "1", "--format", "csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        long phase1 = BuiltInDataset.load().projects().stream().filter(p -> p.phase().equals("1")).count();
        assertThat(run.out()).startsWith("id,name,phase,");
        List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
                .setSkipHeaderRecord(true).get().parse(new java.io.StringReader(run.out())).getRecords();
        assertThat(records).hasSize((int) phase1).allSatisfy(r -> assertThat(r.get("phase")).isEqualTo("1"));
    }

    @Test
    void badOptionsAreInputErrors() {
        CliRun phase = CliRun.of("projects", "--phase", "3");
        assertThat(phase.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(phase.err()).contains("--phase: unknown phase '3'");
        CliRun sector = CliRun.of("projects", "--sector", "mines");
        assertThat(sector.exitCode()).isNotZero();
        assertThat(sector.err()).contains("--sector");
    }
}
