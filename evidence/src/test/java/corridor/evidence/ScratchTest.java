package corridor.evidence;

import corridor.data.BuiltInDataset;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void print() throws Exception {
        ClaimChecker c = new ClaimChecker(BuiltInDataset.load());
        for (String s : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/tmp/claims-scratch.txt"))) {
            if (s.isBlank()) continue;
            String[] p = s.split("\\|");
            System.out.println("## " + p[0]);
            for (Claim claim : c.reader().read(p[0], p.length > 2 ? java.time.LocalDate.parse(p[2]) : null)) {
                ClaimCheck k = c.check(claim, p.length > 1 ? p[1] : "");
                System.out.println("ROW\t" + p[0] + "\t" + (p.length > 1 ? p[1] : "") + "\t" + (p.length > 2 ? p[2] : "") + "\t" + claim.figureText() + "\t" + String.join(" ", claim.measures()) + "\t" + k.verdict() + "\t" + k.compared().stream().map(e -> String.join("+", e.indicatorIds()) + "=" + e.fit() + (e.ownPublisher() ? "(own)" : "")).toList() + k.related().stream().map(e -> String.join("+", e.indicatorIds())).toList());
            }
        }
    }
}
