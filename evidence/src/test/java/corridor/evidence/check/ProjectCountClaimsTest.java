package corridor.evidence.check;

import corridor.data.BuiltInDataset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claims that count a sector's projects ("22 energy projects", "11 power projects have been completed") are read
 * as the published lists' counts (measures {@code projects.listed.<sector>[.<status>]}), not as the count of every
 * completed project, and judged against the built-in dataset's values.
 */
class ProjectCountClaimsTest {

    private static final ClaimChecker CHECKER = new ClaimChecker(BuiltInDataset.load());

    private static ClaimCheck only(String sentence) {
        List<ClaimCheck> checks = CHECKER.check(sentence, "Dawn");
        assertThat(checks).as(sentence).hasSize(1);
        return checks.get(0);
    }

    @Test
    void completedPowerProjectsAreTheEnergyListsCompletedCount() {
        ClaimCheck check = only("In October 2022, eleven power projects had been completed under CPEC.");
        assertThat(check.claim().measures()).containsExactly("projects.listed.energy.completed");
        assertThat(check.verdict()).as(check.explanation()).isEqualTo(Verdict.SUPPORTED);
        assertThat(check.explanation()).contains("The Nation");

        ClaimCheck wrong = only("In October 2022, twenty power projects had been completed under CPEC.");
        assertThat(wrong.verdict()).as(wrong.explanation()).isEqualTo(Verdict.CONTRADICTED);

        // with no date the count grew between the lists (nine in February 2021, eleven in October 2022)
        ClaimCheck undated = only("Eleven power projects have been completed under CPEC.");
        assertThat(undated.claim().measures()).containsExactly("projects.listed.energy.completed");
        assertThat(undated.verdict()).as(undated.explanation()).isEqualTo(Verdict.DISPUTED);
    }

    @Test
    void aCountWithoutASectorStaysTheCountOfEveryCompletedProject() {
        ClaimCheck check = only("In all, 28 CPEC projects have been completed.");
        assertThat(check.claim().measures()).containsExactly("projects.completed");
        assertThat(check.verdict()).as(check.explanation()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void aSectorsCountOnTheListIsRead() {
        ClaimCheck energy = only("The corridor's portfolio includes 22 energy projects.");
        assertThat(energy.claim().measures()).containsExactly("projects.listed.energy");
        assertThat(energy.verdict()).as(energy.explanation()).isEqualTo(Verdict.SUPPORTED);

        ClaimCheck social = only("China's grant funds 27 social sector projects.");
        assertThat(social.claim().measures()).containsExactly("projects.listed.social");
        assertThat(social.verdict()).as(social.explanation()).isEqualTo(Verdict.SUPPORTED);

        ClaimCheck gwadar = only("The Authority counts 15 projects in Gwadar.");
        assertThat(gwadar.claim().measures()).containsExactly("projects.listed.gwadar");
        assertThat(gwadar.verdict()).as(gwadar.explanation()).isEqualTo(Verdict.CONTRADICTED);
    }
}
