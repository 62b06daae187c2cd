package corridor.evidence;

import corridor.model.PublisherType;
import org.junit.jupiter.api.Test;
import java.util.List;
import static corridor.evidence.Fixtures.source;
import static corridor.evidence.Fixtures.value;

class ScratchFixtureTest {
    @Test
    void print() {
        var data = Fixtures.dataset(List.of(source("brecorder", "Business Recorder", PublisherType.INDEPENDENT_MEDIA)), List.of(),
            List.of(value("br-2020-out", "trade.exports.cn_to_pk", "CN-GACC", "2020", 15.36e9, "USD", "brecorder"),
                    value("br-2020-in", "trade.exports.pk_to_cn", "CN-GACC", "2020", 2.12e9, "USD", "brecorder"),
                    value("br-2021", "trade.total", "CN-GACC", "2021", 27.82e9, "USD", "brecorder")));
        for (ClaimCheck c : new ClaimChecker(data).check("bilateral trade rose 59.1% in 2021", "")) {
            System.out.println(c.claim() + "\n" + c.explanation());
        }
    }
}
