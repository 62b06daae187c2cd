package corridor.monitor.ingest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PingCsvLinesTest {

    @Test
    void writesEveryPingAsAppendFormatsItOnceFlushed() {
        StringWriter out = new StringWriter();
        PingCsv.Lines lines = new PingCsv.Lines(out);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            lines.add("truck-" + i % 7, 1_735_689_600L + 60L * i, 24.85 + i * 1e-4, 66.99 - i * 1e-4, i % 90);
            PingCsv.append(expected, "truck-" + i % 7, 1_735_689_600L + 60L * i, 24.85 + i * 1e-4, 66.99 - i * 1e-4,
                    i % 90);
        }
        // 3,000 lines pass 65,536 characters: the first buffers went out already, the rest waits for flush
        assertThat(out.toString()).isNotEmpty();
        assertThat(expected.toString()).startsWith(out.toString()).isNotEqualTo(out.toString());
        lines.flush();
        assertThat(out.toString()).isEqualTo(expected.toString());
    }

    @Test
    void aFailingWriterIsReportedUnchecked() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] text, int offset, int length) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        PingCsv.Lines lines = new PingCsv.Lines(broken);
        lines.add("truck-1", 1_735_689_600L, 24.85, 66.99, 40);
        assertThatThrownBy(lines::flush).isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full");
    }
}
