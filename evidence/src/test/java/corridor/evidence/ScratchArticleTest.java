package corridor.evidence;

import corridor.data.BuiltInDataset;
import org.junit.jupiter.api.Test;

class ScratchArticleTest {
    @Test
    void print() throws Exception {
        ArticleChecker c = new ArticleChecker(new ClaimChecker(BuiltInDataset.load()));
        for (String f : new String[] {"cpec-next-stage-china-daily.txt", "xi-zardari-beijing-rare-earths.txt"}) {
            String text = new String(getClass().getResourceAsStream("/articles/" + f).readAllBytes());
            ArticleReport r = c.check(ArticleText.read(text, f), null, null);
            ArticleText.read(text, f).sentences().forEach(s -> System.out.println("   S: " + s.text()));
            System.out.println("## " + f + " " + r.publisher() + " " + r.published() + " sentences " + r.sentences());
            for (ArticleReport.FigureCheck fc : r.figures()) {
                System.out.println("  " + fc.check().verdict() + " [" + r.text().substring(fc.start(), fc.end()) + "] " + fc.check().claim().measures());
            }
        }
    }
}
