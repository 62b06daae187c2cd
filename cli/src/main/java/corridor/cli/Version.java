package corridor.cli;

import picocli.CommandLine;

/** The version printed by {@code corridor --version}: the one Maven put in the jar's manifest. */
public final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[]{"corridor " + (version == null ? "(development build)" : version)};
    }
}
