/**
 * The request and response layer shared by the surfaces ({@code cli} and {@code server}): parsers from
 * text parameters to engine queries, with one set of rules and error messages
 * ({@link corridor.model.InputException} naming the parameter), and one JSON writer per result type.
 * Keys are snake_case in every answer, on the command line ({@code --format json}) and in the API alike.
 * May use: model, the engines (routing, evidence, monitor), Jackson. Never HTTP, picocli or files.
 */
package corridor.api;
