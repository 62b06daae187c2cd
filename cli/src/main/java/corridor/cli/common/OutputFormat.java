package corridor.cli.common;

import corridor.model.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Locale;

/**
 * The {@code --format FORMAT} option: one of the constants of the enum the command prints in, any case, the first
 * constant by default. Use through {@link FormattedCommand}, or as
 * {@code @Mixin OutputFormat<RouteFormat> format = OutputFormat.of(RouteFormat.class);} and read it with
 * {@link #value()}. The help lists the enum's constants, in lower case, and the default; a value that is none of
 * them is refused naming {@code --format} and each format the command accepts.
 *
 * <p>Picocli only collects the text (the option is the same for every enum); {@link Choices} gives the help the
 * command's formats and default. Not thread-safe: one instance a command run.
 *
 * @param <F> the formats of the command
 */
@Command(modelTransformer = OutputFormat.Choices.class)
public final class OutputFormat<F extends Enum<F>> {

    private static final String OPTION = "--format";

    private final List<F> formats;
    private final String note;
    private String text;

    private OutputFormat(Class<F> formats, String note) {
        this.formats = List.of(formats.getEnumConstants());
        this.note = note;
    }

    /** {@code --format}, one of the constants of {@code formats}, the first when not given. */
    public static <F extends Enum<F>> OutputFormat<F> of(Class<F> formats) {
        return new OutputFormat<>(formats, "");
    }

    /**
     * As {@link #of(Class)}, with a note after the list of formats in the help ("directions: turn by turn"); an
     * empty note adds nothing.
     */
    public static <F extends Enum<F>> OutputFormat<F> of(Class<F> formats, String note) {
        return new OutputFormat<>(formats, note.isEmpty() ? "" : "; " + note);
    }

    @Option(names = OPTION, paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    void text(String value) {
        text = value;
    }

    /**
     * The format asked for.
     *
     * @throws InputException naming {@code --format} and the formats accepted when the text is none of them
     */
    public F value() {
        if (text == null) {
            return formats.get(0);
        }
        String asked = text.trim();
        for (F format : formats) {
            if (format.name().equalsIgnoreCase(asked)) {
                return format;
            }
        }
        List<String> names = names();
        throw InputException.ofParameter(OPTION, "expected " + String.join(", ", names.subList(0, names.size() - 1))
                + (names.size() > 1 ? " or " : "") + names.get(names.size() - 1) + ", got '" + text + "'");
    }

    /** The formats as the user writes them: the constants' names in lower case. */
    private List<String> names() {
        return formats.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * Gives a command's {@code --format} option its formats (for {@code ${COMPLETION-CANDIDATES}}), default and note,
     * from the {@link OutputFormat} the command holds; picocli applies it when it builds the command.
     */
    static final class Choices implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec command) {
            for (CommandSpec mixin : command.mixins().values()) {
                if (mixin.userObject() instanceof OutputFormat<?> format) {
                    OptionSpec option = command.findOption(OPTION);
                    OptionSpec.Builder choices = OptionSpec.builder(option); // the text as written, variables and all
                    command.remove(option);
                    command.addOption(choices.completionCandidates(format.names())
                            .defaultValue(format.names().get(0))
                            .description(choices.description()[0] + format.note).build());
                }
            }
            return command;
        }
    }
}
