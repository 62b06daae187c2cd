/**
 * Where a record comes from: {@link corridor.model.source.Source} (a publication, its publisher and
 * type), {@link corridor.model.source.Provenance} (the sources a record cites, its confidence and
 * note) and {@link corridor.model.source.Confidence}. Every built-in record carries one.
 *
 * <p>May use: nothing else of the model.
 */
package corridor.model.source;
