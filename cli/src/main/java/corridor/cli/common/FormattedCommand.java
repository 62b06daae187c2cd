package corridor.cli.common;

import picocli.CommandLine.Mixin;

import java.lang.reflect.ParameterizedType;
import java.util.concurrent.Callable;

/**
 * A command that prints its answer in a format the user picks with {@code --format} ({@link OutputFormat}): the
 * format is read, and refused when it is none of the command's, before any other work. Not thread-safe: one
 * instance a run.
 *
 * @param <F> the command's formats, the default first; a command names its enum here, in its {@code extends}
 */
public abstract class FormattedCommand<F extends Enum<F>> extends DataCommand implements Callable<Integer> {

    @Mixin
    private final OutputFormat<?> format; // an F's; picocli takes no type variable in a field's type

    /** A command printing in the first of its formats unless told otherwise. */
    protected FormattedCommand() {
        this("");
    }

    /** As {@link #FormattedCommand()}, with a note after the list of formats in the help ("" for none). */
    protected FormattedCommand(String note) {
        Class<F> formats = formats(getClass());
        this.format = OutputFormat.of(formats, note);
    }

    @Override
    @SuppressWarnings("unchecked")
    public final Integer call() {
        return call((F) format.value());
    }

    /** The enum {@code command} names in {@code extends FormattedCommand<F>}. */
    @SuppressWarnings("unchecked")
    private static <F extends Enum<F>> Class<F> formats(Class<?> command) {
        return (Class<F>) ((ParameterizedType) command.getGenericSuperclass()).getActualTypeArguments()[0];
    }

    /**
     * Runs the command, printing its answer in {@code format}.
     *
     * @return the exit code
     */
    protected abstract int call(F format);
}
