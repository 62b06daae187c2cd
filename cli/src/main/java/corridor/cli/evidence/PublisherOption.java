package corridor.cli.evidence;

import picocli.CommandLine.Option;

/**
 * {@code --publisher NAME} of {@code check-claim} and {@code check-article}: who published the text checked. Use as
 * {@code @Mixin PublisherOption publisher;}; the requests of {@code corridor.api.claim} read the name.
 */
final class PublisherOption {

    @Option(names = "--publisher", paramLabel = "NAME",
            description = "who published the text: a publisher as in sources.csv (\"China Daily\") or a source id; "
                    + "a figure whose only source is that publisher is unverifiable")
    String name;
}
