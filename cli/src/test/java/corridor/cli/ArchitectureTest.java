package corridor.cli;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import corridor.monitor.archfixture.UpwardImport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape of the code, checked on the compiled classes of every module on this test's class path
 * (all but {@code spark} and {@code bench}, which the Maven enforcer and their own poms keep apart):
 * modules point down (surfaces → {@code api} → engines → {@code model}), packages have no cycles, the
 * engines read and write text formats (Jackson, CSV, HTML, files) only in their reading and state
 * packages, and the surfaces do not reach into the engines' inner stages. In the manner of
 * OpenTripPlanner's {@code RaptorArchitectureTest}; {@link #theRulesCatchAnUpwardImport} proves the
 * rules can fail.
 */
class ArchitectureTest {

    /** Which modules' packages each module may use besides its own and the JDK's. */
    static final Map<String, Set<String>> MAY_USE = new LinkedHashMap<>();

    static {
        MAY_USE.put("model", Set.of());
        MAY_USE.put("data", Set.of("model"));
        MAY_USE.put("routing", Set.of("model"));
        MAY_USE.put("evidence", Set.of("model"));
        MAY_USE.put("monitor", Set.of("model"));
        MAY_USE.put("api", Set.of("model", "routing", "evidence", "monitor"));
        MAY_USE.put("store", Set.of("model", "data"));
        MAY_USE.put("osm", Set.of("model", "data", "routing", "monitor"));
        MAY_USE.put("server", Set.of("model", "data", "routing", "evidence", "monitor", "api", "store"));
        MAY_USE.put("cli", Set.of("model", "data", "routing", "evidence", "monitor", "api", "store", "server", "osm"));
    }

    /** Text formats and I/O that the engines keep to their reading, writing and state packages. */
    static final String[] FORMATS_AND_IO = {"com.fasterxml..", "org.apache.commons.csv..", "org.jsoup..",
            "java.nio.file..", "java.net..", "java.sql..", "java.io.File", "java.io.FileInputStream",
            "java.io.FileOutputStream", "java.io.FileReader", "java.io.FileWriter", "java.io.RandomAccessFile"};

    /**
     * The engine packages allowed to use {@link #FORMATS_AND_IO}: routing's readers of scenario and
     * pair files, monitor's ping, cost and cargo readers, its state file and the truth file it scores
     * against, and evidence's article reader (HTML through jsoup).
     */
    static final String[] ENGINE_READERS = {"corridor.routing.io..", "corridor.monitor.ingest..",
            "corridor.monitor.state..", "corridor.monitor.score..", "corridor.evidence.article.."};

    /** Stages of the engines that only the engine itself uses: the surfaces go through its façade. */
    static final String[] ENGINE_INNER_STAGES = {"corridor.monitor.track..", "corridor.evidence.text.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("corridor");
    }

    static List<ArchRule> rules() {
        List<ArchRule> rules = new ArrayList<>();
        for (Map.Entry<String, Set<String>> module : MAY_USE.entrySet()) {
            List<String> others = new ArrayList<>();
            for (String other : MAY_USE.keySet()) {
                if (!other.equals(module.getKey()) && !module.getValue().contains(other)) {
                    others.add("corridor." + other + "..");
                }
            }
            others.add("corridor.spark..");
            others.add("corridor.bench..");
            rules.add(noClasses().that().resideInAPackage("corridor." + module.getKey() + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others.toArray(String[]::new))
                    .as("module " + module.getKey() + " uses only " + module.getValue()).allowEmptyShould(true));
        }
        rules.add(slices().matching("corridor.(**)").should().beFreeOfCycles()
                .as("no cycles between packages").allowEmptyShould(true));
        rules.add(noClasses().that().resideInAnyPackage("corridor.routing..", "corridor.evidence..", "corridor.monitor..")
                .and().resideOutsideOfPackages(ENGINE_READERS)
                .should().dependOnClassesThat().resideInAnyPackage(FORMATS_AND_IO)
                .as("engines use text formats and files only in their reading and state packages").allowEmptyShould(true));
        rules.add(noClasses().that().resideInAnyPackage("corridor.api..", "corridor.server..", "corridor.cli..",
                        "corridor.osm..", "corridor.store..")
                .should().dependOnClassesThat().resideInAnyPackage(ENGINE_INNER_STAGES)
                .as("surfaces do not reach into the engines' inner stages").allowEmptyShould(true));
        return rules;
    }

    @Test
    void theCodeKeepsItsShape() {
        List<String> failures = new ArrayList<>();
        for (ArchRule rule : rules()) {
            EvaluationResult result = rule.evaluate(classes);
            if (result.hasViolation()) {
                List<String> details = result.getFailureReport().getDetails();
                failures.add(rule.getDescription() + " (" + details.size() + " violations):\n  "
                        + String.join("\n  ", details.subList(0, Math.min(20, details.size()))));
            }
        }
        assertThat(failures).as("architecture violations").isEmpty();
        assertThat(classes.containPackage("corridor.routing.search")).as("routing's classes were imported").isTrue();
        assertThat(classes.containPackage("corridor.server")).as("the server's classes were imported").isTrue();
    }

    /** An engine class that imports a surface (a fixture in this test's sources) breaks the rules. */
    @Test
    void theRulesCatchAnUpwardImport() {
        JavaClasses withFixture = new ClassFileImporter().importClasses(UpwardImport.class, Main.class);
        long violated = rules().stream().filter(rule -> rule.evaluate(withFixture).hasViolation()).count();
        assertThat(violated).as("rules that catch monitor importing the command line").isGreaterThanOrEqualTo(1);
    }
}
