/**
 * The language of claims (English, Chinese and Urdu), below every other stage: a sentence's tokens ({@link corridor.evidence.text.Tokenizer},
 * {@link corridor.evidence.text.Token}, {@link corridor.evidence.text.TokenText}), numbers written in words
 * ({@link corridor.evidence.text.NumberWords}) and in Chinese numerals ({@link corridor.evidence.text.ChineseNumbers}), where a clause ends ({@link corridor.evidence.text.Clauses}), and
 * the way back to words for explanations: periods ({@link corridor.evidence.text.PeriodText}) and a text cut
 * short for a message ({@link corridor.evidence.text.ShortQuote}). Knows nothing of the data's measures.
 * May use: corridor.model.
 */
package corridor.evidence.text;
