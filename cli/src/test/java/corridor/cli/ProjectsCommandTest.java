package corridor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corridor.data.BuiltInDataset;
import corridor.model.Project;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
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

    /** The table "The CPEC Authority's list by sector" in data/FACTS.md against {@code projects --summary sector}. */
    @Test
    void sectorSummaryMatchesTheAuthoritysListAsRecordedInTheFactBase() throws Exception {
        List<String> facts = Files.readAllLines(Path.of("..", "data", "FACTS.md"));
        int heading = facts.indexOf("### The CPEC Authority's list by sector (issue #15)");
        assertThat(heading).as("the table's heading in data/FACTS.md").isNotNegative();
        Map<String, int[]> published = new LinkedHashMap<>();
        for (String line : facts.subList(heading + 1, facts.size())) {
            if (line.startsWith("### ")) {
                break;
            }
            String[] cells = line.split("\\|");
            if (cells.length > 4 && cells[2].strip().matches("\\d+")) {
                published.put(cells[1].strip(), new int[] {Integer.parseInt(cells[2].strip()),
                        Integer.parseInt(cells[3].strip()), Integer.parseInt(cells[4].strip())});
            }
        }
        assertThat(published).containsKeys("energy", "gwadar", "industry_sez");
        JsonNode groups = JSON.readTree(CliRun.of("projects", "--summary", "sector", "--format", "json").out());
        Map<String, Integer> inDataset = new LinkedHashMap<>();
        groups.forEach(g -> inDataset.put(g.get("key").asText(), g.get("projects").asInt()));
        published.forEach((sector, counts) -> {
            assertThat(inDataset.get(sector)).as(sector + ": in the dataset").isEqualTo(counts[1]);
            assertThat(counts[0] - counts[1]).as(sector + ": not yet in the dataset").isEqualTo(counts[2]);
        });
        // the one sector whose published list is complete in the dataset
        assertThat(inDataset.get("industry_sez")).isEqualTo(published.get("industry_sez")[0]);
    }

    @Test
    void summariesAgreeWithTheRegistryListing() throws Exception {
        for (String dimension : List.of("pillar", "sector", "status")) {
            JsonNode groups = JSON.readTree(CliRun.of("projects", "--summary", dimension, "--format", "json").out());
            JsonNode listing = JSON.readTree(CliRun.of("projects", "--format", "json").out());
            JsonNode total = groups.get(groups.size() - 1);
            assertThat(total.get("key").asText()).isEqualTo("total");
            int sumOfGroups = 0;
            double usdOfGroups = 0;
            long jobsOfGroups = 0;
            int unknownJobs = 0;
            for (int i = 0; i < groups.size() - 1; i++) {
                JsonNode group = groups.get(i);
                sumOfGroups += group.get("projects").asInt();
                usdOfGroups += group.get("costUsd").asDouble();
                jobsOfGroups += group.get("jobs").asLong();
                unknownJobs += group.get("projectsWithUnknownJobs").asInt();
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
                if ("USD".equals(p.get("costCurrency").asText())) {
                    usdListed += p.get("costAmount").asDouble();
                }
                if (p.get("jobs").isNull()) {
                    unknownListed++;
                } else {
                    jobsListed += p.get("jobs").asLong();
                }
            }
            assertThat(usdOfGroups).isCloseTo(usdListed, within(1.0));
            assertThat(total.get("costUsd").asDouble()).isCloseTo(usdListed, within(1.0));
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
