package corridor.model.record;

/**
 * An amount of money in a currency of a given year.
 *
 * @param amount   the amount, in units of the currency (not millions)
 * @param currency ISO 4217 code (USD, PKR, CNY)
 * @param year     the year the amount is expressed in
 */
public record Money(double amount, String currency, int year) {
}
