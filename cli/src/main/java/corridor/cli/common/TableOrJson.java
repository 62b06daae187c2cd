package corridor.cli.common;

/** The formats of a command that prints a table for people or the API's JSON: {@code @Mixin OutputFormat<TableOrJson>}. */
public enum TableOrJson {
    TABLE, JSON
}
