package corridor.cli.common;

import corridor.model.InputException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code --format} of {@link OutputFormat} and {@link FormattedCommand}: the help, the default, the refusal. */
class OutputFormatTest {

    enum Shape { TABLE, JSON, GEOJSON }

    @Command(name = "plain")
    static final class Plain implements Runnable {
        @Mixin
        OutputFormat<Shape> format = OutputFormat.of(Shape.class);

        @Override
        public void run() {
        }
    }

    @Command(name = "noted")
    static final class Noted extends FormattedCommand<Shape> {
        Shape printed;

        Noted() {
            super("geojson: a map");
        }

        @Override
        protected int call(Shape format) {
            printed = format;
            return 0;
        }
    }

    @Test
    void theHelpListsTheFormatsOfTheEnumAndTheDefaultTheFirst() {
        assertThat(new CommandLine(new Plain()).getUsageMessage())
                .contains("--format=FORMAT", "table, json, geojson (default: table)");
        assertThat(new CommandLine(new Noted()).getUsageMessage())
                .contains("table, json, geojson (default: table); geojson: a map");
    }

    @Test
    void aFormatIsReadInAnyCaseAndTheFirstWhenNoneIsGiven() {
        Plain given = new Plain();
        new CommandLine(given).parseArgs("--format", " GeoJSON ");
        assertThat(given.format.value()).isEqualTo(Shape.GEOJSON);
        Plain none = new Plain();
        new CommandLine(none).parseArgs();
        assertThat(none.format.value()).isEqualTo(Shape.TABLE);
    }

    @Test
    void aFormattedCommandIsCalledWithTheFormatAsked() {
        Noted command = new Noted();
        assertThat(new CommandLine(command).execute("--format", "json")).isZero();
        assertThat(command.printed).isEqualTo(Shape.JSON);
    }

    @Test
    void anotherFormatIsRefusedNamingTheOptionAndEveryFormat() {
        Plain command = new Plain();
        new CommandLine(command).parseArgs("--format", "kml");
        assertThatThrownBy(() -> command.format.value()).isInstanceOf(InputException.class)
                .hasMessageContaining("--format").hasMessageContaining("expected table, json or geojson, got 'kml'");
    }
}
