package corridor.api.project;

import corridor.model.InputException;

/**
 * The phase filter of the project commands and endpoints ({@code corridor projects --phase},
 * {@code /api/projects?phase=}, {@code /api/project-summary?phase=}), read with one rule and one
 * message: {@code 1} or {@code 2.0} ({@code 2} is read as {@code 2.0}). Stateless and thread-safe.
 */
public final class ProjectPhase {

    private ProjectPhase() {
    }

    /**
     * The phase {@code text} names: "1" or "2.0"; null when {@code text} is null or blank (every phase).
     *
     * @param parameter the parameter as the surface spells it ({@code phase}, {@code --phase}), for the error
     * @throws InputException naming {@code parameter} for any other value
     */
    public static String read(String text, String parameter) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip()) {
            case "1" -> "1";
            case "2", "2.0" -> "2.0";
            default -> throw InputException.ofParameter(parameter, "unknown phase '" + text.strip()
                    + "'; expected 1 or 2.0");
        };
    }
}
