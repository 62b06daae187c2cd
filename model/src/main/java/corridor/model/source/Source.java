package corridor.model.source;

import java.util.Optional;

/**
 * Where a fact comes from.
 *
 * @param id            unique key that records cite
 * @param publisher     the organisation that published it
 * @param title         title of the page, report or article
 * @param date          publication date as ISO text, possibly partial ({@code 2024}, {@code 2024-05},
 *                      {@code 2024-05-31}); empty when undated
 * @param url           where it can be read; empty when only a citation exists
 * @param citation      a bibliographic citation where there is no URL, or a note on the copy used
 * @param publisherType who the publisher is
 */
public record Source(String id, String publisher, String title, String date, String url,
                     String citation, PublisherType publisherType) {

    /** A source resolves when a reader can find it: it has a URL or a citation. */
    public boolean resolves() {
        return !url.isBlank() || !citation.isBlank();
    }

    /** The URL, if there is one. */
    public Optional<String> link() {
        return url.isBlank() ? Optional.empty() : Optional.of(url);
    }
}
