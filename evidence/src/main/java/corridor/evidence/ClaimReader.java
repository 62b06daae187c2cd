package corridor.evidence;

import corridor.evidence.text.NumberWords;
import corridor.evidence.text.Token;
import corridor.evidence.text.TokenText;
import corridor.evidence.text.Tokenizer;
import corridor.model.Dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the quantitative claims of a sentence: its figures ({@link FigureReader}), the period each
 * is for (the nearest period the sentence names, {@link PeriodReader}) and what each is about
 * (the dataset's own measures and names, {@link MeasureVocabulary}). A bare number counts as a
 * claim only when the words around it name a counted measure of the data ("236,000 direct jobs",
 * "eight key areas"), so "the two sides" is not a claim; an amount, a percentage or a length is
 * always one, tied to no measure when none fits. Immutable; thread-safe.
 */
public final class ClaimReader {

    private final MeasureVocabulary vocabulary;

    /** A reader that resolves subjects against {@code dataset}'s measures and names. */
    public ClaimReader(Dataset dataset) {
        this.vocabulary = new MeasureVocabulary(dataset);
    }

    /**
     * The claims in {@code sentence}, in the order their figures appear.
     *
     * @param published the day the text was published, to resolve "last year" and "over the past
     *                  decade"; null when unknown
     */
    public List<Claim> read(String sentence, LocalDate published) {
        List<Token> tokens = Tokenizer.tokens(sentence);
        if (tokens.stream().noneMatch(ClaimReader::mayStartNumber)) {
            return List.of(); // no digits and no number words: no figure, and no need to look for periods
        }
        TokenText text = new TokenText(tokens);
        List<PeriodReader.Mention> periods = new PeriodReader(published).read(text);
        boolean[] inPeriod = new boolean[tokens.size()];
        for (PeriodReader.Mention m : periods) {
            for (int i = m.firstToken(); i < m.endToken(); i++) {
                inPeriod[i] = true;
            }
        }
        List<Figure> figures = FigureReader.read(sentence, tokens, inPeriod);
        List<Claim> claims = new ArrayList<>();
        java.util.Map<String, Integer> named = figures.isEmpty() ? java.util.Map.of() : vocabulary.namedSubjects(tokens);
        for (int f = 0; f < figures.size(); f++) {
            Figure figure = figures.get(f);
            int previousEnd = f == 0 ? 0 : figures.get(f - 1).endToken();
            int nextStart = f + 1 < figures.size() ? figures.get(f + 1).firstToken() : tokens.size();
            MeasureVocabulary.Resolution about = vocabulary.resolve(tokens, named, figure, previousEnd, nextStart);
            if (figure.isCount() && about.isEmpty()) {
                continue;
            }
            ClaimKind kind = figure.change() ? ClaimKind.CHANGE : figure.isCount() ? ClaimKind.COUNT : ClaimKind.VALUE;
            claims.add(new Claim(sentence, kind, about.subjects(), about.measures(), figure.value(), figure.unit(),
                    figure.bound(), figure.tolerance(), nearest(tokens, periods, figure), figure.text(), figure.start(),
                    figure.end()));
        }
        return claims;
    }

    private static boolean mayStartNumber(Token t) {
        return t.kind() == Token.Kind.NUMBER || t.kind() == Token.Kind.WORD
                && (NumberWords.startsNumber(t.lower()) || t.is("half", "hundred", "thousand", "million", "billion"));
    }

    /** Words that open a new clause: a period on the other side of one belongs to another figure. */
    private static final java.util.Set<String> CLAUSE_WORDS = java.util.Set.of("while", "whereas", "but", "with",
            "as", "although", "though", "which", ";");
    /** Clause words after which a sentence's period still carries over ("... in FY23, while imports were ..."). */
    private static final java.util.Set<String> CONTRASTS = java.util.Set.of("while", "whereas", "but", "although",
            "though");

    static boolean isClauseBoundary(Token token) {
        return CLAUSE_WORDS.contains(token.lower());
    }

    /**
     * The period named nearest the figure in its own clause; else, across a contrast ("while",
     * "but"), the nearest in the sentence; null when none is reachable (a period on the other side
     * of "with", "as", "which" or ", and" belongs to another clause).
     */
    private static ClaimPeriod nearest(List<Token> tokens, List<PeriodReader.Mention> periods, Figure figure) {
        ClaimPeriod own = nearest(tokens, periods, figure, false);
        return own != null ? own : nearest(tokens, periods, figure, true);
    }

    private static ClaimPeriod nearest(List<Token> tokens, List<PeriodReader.Mention> periods, Figure figure,
                                       boolean acrossContrasts) {
        PeriodReader.Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (PeriodReader.Mention m : periods) {
            int from = Math.min(m.endToken(), figure.endToken());
            int to = Math.max(m.firstToken(), figure.firstToken());
            boolean crossesClause = false;
            for (int k = from; k < to; k++) {
                Token t = tokens.get(k);
                boolean commaAnd = t.is("and") && k > 0 && tokens.get(k - 1).is(",");
                crossesClause |= commaAnd || isClauseBoundary(t) && !(acrossContrasts && CONTRASTS.contains(t.lower()));
            }
            if (crossesClause) {
                continue;
            }
            int distance = m.firstToken() >= figure.endToken() ? m.firstToken() - figure.endToken()
                    : figure.firstToken() - m.endToken();
            if (distance < bestDistance || (distance == bestDistance && m.firstToken() >= figure.endToken())) {
                best = m;
                bestDistance = distance;
            }
        }
        return best == null ? null : best.period();
    }
}
