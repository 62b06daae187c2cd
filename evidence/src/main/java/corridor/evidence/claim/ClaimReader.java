package corridor.evidence.claim;

import corridor.evidence.text.ChineseNumbers;
import corridor.evidence.text.Clauses;
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
    private final PlaceNames places;

    /** A reader that resolves subjects against {@code dataset}'s measures and names, and places against its places. */
    public ClaimReader(Dataset dataset) {
        this.vocabulary = new MeasureVocabulary(dataset);
        this.places = new PlaceNames(dataset.places());
    }

    /**
     * Longest stretch of text read as one sentence, in characters. A longer text (a run without full
     * stops, a list) is read in overlapping pieces of at most this many characters, so that reading
     * takes time linear in the text: the grammar's windows and patterns work within a piece, and a
     * figure's period and subject are looked for in its own piece.
     */
    public static final int MAX_SENTENCE_CHARS = 2_000;
    /**
     * How far pieces overlap, in characters: a figure is taken from the piece in which it starts
     * before the next piece does, so it is read with at least this much of the text after it.
     */
    static final int PIECE_OVERLAP_CHARS = 200;

    /**
     * The claims in {@code sentence}, in the order their figures appear. Never throws on any text:
     * what cannot be read is not a figure.
     *
     * @param published the day the text was published, to resolve "last year" and "over the past
     *                  decade"; null when unknown
     */
    public List<Claim> read(String sentence, LocalDate published) {
        return read(sentence, published, Integer.MAX_VALUE);
    }

    /**
     * The first {@code atMost} claims of {@code sentence}; the rest of the text is not read once
     * they are found. Offsets and {@link Claim#text()} refer to the whole of {@code sentence}.
     *
     * @param atMost how many claims to return at most (at least 1)
     * @see #read(String, LocalDate)
     */
    public List<Claim> read(String sentence, LocalDate published, int atMost) {
        List<Claim> claims = new ArrayList<>();
        int from = 0;
        while (from < sentence.length() && claims.size() < atMost) {
            int to = Math.min(sentence.length(), from + MAX_SENTENCE_CHARS);
            if (to < sentence.length() && Character.isHighSurrogate(sentence.charAt(to - 1))) {
                to--; // never half a character
            }
            int next = to == sentence.length() ? to : nextPiece(sentence, from, to);
            int acceptedEnd = claims.isEmpty() ? 0 : claims.get(claims.size() - 1).end();
            for (Claim claim : readPiece(sentence, from, to, published)) {
                // a figure starting in the overlap is left to the next piece, which reads what follows it
                if (claims.size() < atMost && claim.start() >= acceptedEnd && claim.start() < next) {
                    claims.add(claim);
                    acceptedEnd = claim.end();
                }
            }
            from = next;
        }
        return claims;
    }

    /**
     * Where the piece after {@code [from, to)} starts: at least {@link #PIECE_OVERLAP_CHARS} before
     * {@code to}, after a clause mark or a space where there is one, never before half a piece.
     */
    private static int nextPiece(String text, int from, int to) {
        int latest = to - PIECE_OVERLAP_CHARS;
        int space = -1;
        for (int k = latest; k > from + MAX_SENTENCE_CHARS / 2; k--) {
            char c = text.charAt(k - 1);
            if ((c == ',' || c == ';' || c == ':') && Character.isWhitespace(text.charAt(k))) {
                return k;
            }
            if (space < 0 && Character.isWhitespace(c)) {
                space = k;
            }
        }
        if (space > 0) {
            return space;
        }
        return Character.isLowSurrogate(text.charAt(latest)) ? latest + 1 : latest;
    }

    /** The claims of {@code sentence}'s characters {@code [from, to)}, with offsets into the whole sentence. */
    private List<Claim> readPiece(String sentence, int from, int to, LocalDate published) {
        String piece = sentence.substring(from, to);
        List<Token> tokens = Tokenizer.tokens(piece);
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
        List<Figure> figures = FigureReader.read(piece, tokens, inPeriod);
        List<Claim> claims = new ArrayList<>();
        java.util.Map<String, Integer> named = figures.isEmpty() ? java.util.Map.of() : vocabulary.namedSubjects(tokens);
        List<PlaceNames.Mention> placesWritten = null; // looked for once, at the first length
        for (int f = 0; f < figures.size(); f++) {
            Figure figure = figures.get(f);
            int previousEnd = f == 0 ? 0 : figures.get(f - 1).endToken();
            int nextStart = f + 1 < figures.size() ? figures.get(f + 1).firstToken() : tokens.size();
            MeasureVocabulary.Resolution about = perUnit(tokens, figure) ? MeasureVocabulary.Resolution.NONE
                    : vocabulary.resolve(tokens, named, figure, previousEnd, nextStart);
            if (figure.isCount() && about.isEmpty()) {
                continue;
            }
            ClaimKind kind = figure.change() ? ClaimKind.CHANGE : figure.isCount() ? ClaimKind.COUNT : ClaimKind.VALUE;
            PlacePair between = null;
            if (kind == ClaimKind.VALUE && "km".equals(figure.unit())) {
                placesWritten = placesWritten == null ? places.mentions(tokens) : placesWritten;
                between = places.pair(tokens, placesWritten, previousEnd, figure.firstToken(), figure.endToken());
            }
            claims.add(new Claim(sentence, kind, about.subjects(), about.measures(), figure.value(), figure.unit(),
                    figure.bound(), figure.tolerance(), nearest(tokens, periods, figure), figure.text(),
                    from + figure.start(), from + figure.end(), published, between));
        }
        return claims;
    }

    /**
     * Whether an amount is a rate per unit ("每吨 ... 100美元", "$100 per tonne", "فی ٹن"): the data hold totals,
     * so such a figure is about no measure of theirs.
     */
    private static boolean perUnit(List<Token> tokens, Figure figure) {
        if (!List.of("USD", "PKR", "CNY").contains(figure.unit())) {
            return false;
        }
        for (int k = figure.firstToken() - 1; k >= Math.max(0, figure.firstToken() - 12); k--) {
            if (tokens.get(k).is("每") || tokens.get(k).is("فی")) {
                return true;
            }
            if (tokens.get(k).is(",", ";", ".") || Clauses.isBoundary(tokens.get(k))) {
                break;
            }
        }
        int after = figure.endToken();
        return after + 1 < tokens.size() && (tokens.get(after).is("per", "a", "每", "فی") && tokens.get(after + 1)
                .is("tonne", "ton", "tonnes", "tons", "吨", "ٹن", "km", "kilometre", "kilometer", "unit", "kwh"));
    }

    /** Words that make what stands before them the base of a comparison: "کے مقابلے میں" (compared with). */
    private static final java.util.Set<String> COMPARED_WITH = java.util.Set.of("مقابلے", "مقابلہ", "بمقابلہ");

    /** Whether the period {@code m} is followed, within a few words, by "compared with". */
    private static boolean comparisonBase(List<Token> tokens, PeriodReader.Mention m) {
        for (int k = m.endToken(); k < Math.min(tokens.size(), m.endToken() + 8); k++) {
            if (COMPARED_WITH.contains(tokens.get(k).lower())) {
                return true;
            }
            if (tokens.get(k).is(".", ";") || tokens.get(k).text().equals("\u060c")) {
                return false;
            }
        }
        return false;
    }

    private static boolean mayStartNumber(Token t) {
        return t.kind() == Token.Kind.NUMBER || t.kind() == Token.Kind.WORD
                && (NumberWords.startsNumber(t.lower()) || ChineseNumbers.startsNumber(t.lower())
                || t.is("half", "hundred", "thousand", "million", "billion", "ارب", "کروڑ", "لاکھ", "ہزار"));
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
            boolean after = m.firstToken() >= figure.endToken();
            boolean crossesClause = false;
            for (int k = from; k < to; k++) {
                Token t = tokens.get(k);
                boolean commaAnd = t.is("and") && k > 0 && tokens.get(k - 1).is(",");
                // Urdu runs clauses on with commas: a period after "،" is the next clause's (جون 2020ء میں ...)
                boolean urduComma = after && t.text().equals("\u060c");
                crossesClause |= commaAnd || urduComma || Clauses.isBoundary(t) && !(acrossContrasts && Clauses.isContrast(t));
            }
            // "... 211.15 ملین ڈالر رہا جو جون 2020ء کے ... کے مقابلہ میں": a period compared against is the base of
            // the comparison, not the period of a figure before it, nor of the change the comparison gives
            if (crossesClause || comparisonBase(tokens, m) && (after || figure.change())) {
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
