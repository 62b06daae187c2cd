package corridor.routing.io;

import corridor.model.InputException;
import corridor.routing.analysis.OdPair;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OdPairReaderTest {

    @Test
    void readsPairsFromCsvAndRejectsBadOnes() {
        List<OdPair> pairs = OdPairReader.parse("from,to,note\nkashgar,gwadar,\"north, to south\"\na,b,\n", "pairs.csv");

        assertThat(pairs).containsExactly(new OdPair("kashgar", "gwadar", "north, to south"), new OdPair("a", "b", ""));
        assertThatThrownBy(() -> OdPairReader.parse("from,too\na,b\n", "pairs.csv")).isInstanceOf(InputException.class)
                .hasMessageContaining("pairs.csv, too: unknown column");
        assertThatThrownBy(() -> OdPairReader.parse("from,to\na,\n", "pairs.csv")).isInstanceOf(InputException.class)
                .hasMessageContaining("pairs.csv line 2");
    }
}
