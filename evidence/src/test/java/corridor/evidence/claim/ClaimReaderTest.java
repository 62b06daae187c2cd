package corridor.evidence.claim;

import corridor.data.BuiltInDataset;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The grammar of figures, periods and subjects, on the built-in dataset's measures. */
class ClaimReaderTest {

    private static final ClaimReader READER = new ClaimReader(BuiltInDataset.load());
    private static final LocalDate AUG_2025 = LocalDate.of(2025, 8, 25);

    private static Claim one(String sentence) {
        List<Claim> claims = READER.read(sentence, AUG_2025);
        assertThat(claims).as(sentence).hasSize(1);
        return claims.get(0);
    }

    @Test
    void amountsInEveryCurrencyAndScale() {
        assertThat(one("China's exports to Pakistan were US$15.36bn in 2020").value()).isCloseTo(15.36e9, within(1.0));
        Claim words = one("China's exports to Pakistan stood at 15.36 billion US dollars in 2020");
        assertThat(words.unit()).isEqualTo("USD");
        assertThat(words.tolerance()).isCloseTo(5e6, within(1.0));
        assertThat(words.figureText()).isEqualTo("15.36 billion US dollars");
        assertThat(one("bilateral trade was $ 25.4 bn in 2021").value()).isCloseTo(25.4e9, within(1.0));
        Claim rupees = one("The Hazara Motorway cost Rs34bn.");
        assertThat(rupees.unit()).isEqualTo("PKR");
        assertThat(rupees.value()).isCloseTo(34e9, within(1.0));
        assertThat(one("The Hazara Motorway cost Rs. 3,400 crore").value()).isCloseTo(34e9, within(1.0));
        assertThat(one("The Hazara Motorway cost PKR 34 billion").unit()).isEqualTo("PKR");
        assertThat(one("The Thakot-Raikot realignment will cost RMB 14.775 billion").unit()).isEqualTo("CNY");
        assertThat(one("The Thakot-Raikot realignment will cost 14.775 billion yuan").unit()).isEqualTo("CNY");
        Claim lakh = one("CPEC has created 2.36 lakh jobs");
        assertThat(lakh.value()).isCloseTo(236_000, within(1e-6));
        assertThat(lakh.tolerance()).isCloseTo(500, within(1e-6));
    }

    @Test
    void numbersInWords() {
        assertThat(one("Some seventy thousand Pakistanis worked on CPEC projects by 2018").value()).isEqualTo(70_000);
        assertThat(one("Twenty-eight projects were completed").value()).isEqualTo(28);
        assertThat(one("a hundred SMEs benefited").value()).isEqualTo(100);
        assertThat(one("two hundred and thirty-six thousand jobs were created").value()).isEqualTo(236_000);
        assertThat(one("trade stood at twenty-seven point eight billion dollars in 2021").value())
                .isCloseTo(27.8e9, within(1.0));
    }

    @Test
    void percentagesAndChanges() {
        Claim rise = one("Trade between the two countries jumped 59 percent in 2021");
        assertThat(rise.kind()).isEqualTo(ClaimKind.CHANGE);
        assertThat(rise.value()).isEqualTo(59);
        assertThat(one("Pakistan's exports to China declined by 5.2 per cent in FY24").value()).isEqualTo(-5.2);
        assertThat(one("Pak-China trade up 59.1pc in 2021").value()).isEqualTo(59.1);
        assertThat(one("trade posted a 3% increase in 2022").value()).isEqualTo(3);
        assertThat(one("trade grew 3% year on year in 2022").kind()).isEqualTo(ClaimKind.CHANGE);
        Claim points = one("China's share of Pakistan's imports rose 2 percentage points in FY24");
        assertThat(points.unit()).isEqualTo("percentage points");
        assertThat(points.kind()).isEqualTo(ClaimKind.CHANGE);
    }

    @Test
    void qualifiers() {
        assertThat(one("trade was about $17.5 billion in 2020").bound()).isEqualTo(Bound.APPROXIMATE);
        assertThat(one("trade was around $17.5 billion in 2020").bound()).isEqualTo(Bound.APPROXIMATE);
        assertThat(one("trade was nearly $28 billion in 2021").bound()).isEqualTo(Bound.NEARLY);
        assertThat(one("trade was almost $28 billion in 2021").bound()).isEqualTo(Bound.NEARLY);
        assertThat(one("trade was over $27 billion in 2021").bound()).isEqualTo(Bound.MORE_THAN);
        assertThat(one("trade was more than $27 billion in 2021").bound()).isEqualTo(Bound.MORE_THAN);
        assertThat(one("at least 100 SMEs benefited").bound()).isEqualTo(Bound.AT_LEAST);
        assertThat(one("up to 100 SMEs benefited").bound()).isEqualTo(Bound.AT_MOST);
        assertThat(one("less than 100 SMEs benefited").bound()).isEqualTo(Bound.LESS_THAN);
        assertThat(one("100+ SMEs benefited").bound()).isEqualTo(Bound.MORE_THAN);
    }

    @Test
    void periods() {
        assertThat(period("bilateral trade was $14.1 billion in FY23")).isEqualTo("FY2023");
        assertThat(period("bilateral trade was $14.1 billion in FY2022-23")).isEqualTo("FY2023");
        assertThat(period("bilateral trade was $14.1 billion in fiscal year 2022-23")).isEqualTo("FY2023");
        assertThat(period("bilateral trade was $14.1 billion in 2022-23")).isEqualTo("FY2023");
        assertThat(period("bilateral trade was $14.1 billion in FY 2023")).isEqualTo("FY2023");
        assertThat(period("trade was $12.56 billion in H1 2021")).isEqualTo("2021-01/2021-06");
        assertThat(period("The first half of 2021 saw trade of 12.56 bn dollars")).isEqualTo("2021-01/2021-06");
        assertThat(period("trade was $7 billion in the third quarter of 2022")).isEqualTo("2022-07/2022-09");
        assertThat(period("trade was $7 billion in Q3 2022")).isEqualTo("2022-07/2022-09");
        assertThat(period("trade in the first nine months of 2022 was $20.19 billion")).isEqualTo("2022-01/2022-09");
        assertThat(period("cargo of 40,900 tonnes crossed Khunjerab from January to October 2024"))
                .isEqualTo("2024-01/2024-10");
        assertThat(period("cargo of 40,900 tonnes crossed Khunjerab in Jan-Oct 2024")).isEqualTo("2024-01/2024-10");
        assertThat(period("bilateral trade rose 11.1 percent last year")).isEqualTo("2024");
        assertThat(period("bilateral trade rose 11.1 percent this year")).isEqualTo("2025");
        assertThat(period("bilateral trade rose 11.1 percent last fiscal year")).isEqualTo("FY2025");
        assertThat(period("236,000 jobs were created between 2013 and 2022")).isEqualTo("2013/2022");
        Claim decade = one("CPEC created 236,000 jobs over the past decade");
        assertThat(decade.period().kind()).isEqualTo(ClaimPeriod.Kind.RUNNING_TOTAL);
        assertThat(decade.period().lastYearFrom()).isEqualTo(2023);
        assertThat(decade.period().lastYearTo()).isEqualTo(2025);
        Claim since = one("CPEC has created 236,000 jobs since 2015");
        assertThat(since.period().sinceYear()).isEqualTo(2015);
        assertThat(one("CPEC had created 70,000 jobs by 2018").period().lastYearTo()).isEqualTo(2018);
        // without the article's date, "last year" cannot be resolved
        assertThat(READER.read("trade rose 11.1 percent last year", null).get(0).period().kind())
                .isEqualTo(ClaimPeriod.Kind.UNRESOLVED);
    }

    private static String period(String sentence) {
        return one(sentence).periodLabel();
    }

    @Test
    void subjectsComeFromTheDatasMeasuresAndNames() {
        assertThat(one("China's exports to Pakistan were $24.23 billion in 2021").measures())
                .containsExactly("trade.exports.cn_to_pk");
        assertThat(one("Pakistan's imports from China were $24.23 billion in 2021").measures())
                .containsExactly("trade.exports.cn_to_pk");
        assertThat(one("exports to China were $3.58 billion in 2021").measures())
                .containsExactly("trade.exports.pk_to_cn");
        assertThat(one("CPEC created 155,000 direct jobs").measures()).containsExactly("jobs.direct");
        assertThat(one("CPEC created 236,000 jobs").measures()).containsExactly("jobs.total");
        assertThat(one("40,900 tonnes of cargo crossed the Khunjerab border").measures())
                .containsExactly("border.khunjerab.cargo");
        Claim length = one("The Tashkurgan–Khunjerab road is 146 km long");
        assertThat(length.subjects()).containsExactly("g314-tashkurgan-khunjerab");
        assertThat(length.measures()).containsExactly("length");
        // the subject whose name is written most fully wins
        assertThat(one("ML-1 stretches 1,872 km from Peshawar to Karachi").subjects()).containsExactly("ml1-upgrade");
        assertThat(one("The Karot plant has a capacity of 720 megawatts").subjects())
                .containsExactly("karot-hydropower-project");
    }

    @Test
    void severalClaimsInOneSentenceEachWithItsOwnPeriod() {
        List<Claim> claims = READER.read("Pakistan's exports to China fell to $2.73 billion in FY23 while imports "
                + "from China were $11.39 billion, and trade was 59 percent higher in 2021", AUG_2025);
        assertThat(claims).extracting(Claim::figureText).containsExactly("$2.73 billion", "$11.39 billion",
                "59 percent");
        assertThat(claims).extracting(c -> c.measures().get(0)).containsExactly("trade.exports.pk_to_cn",
                "trade.exports.cn_to_pk", "trade.total");
        assertThat(claims).extracting(Claim::periodLabel).containsExactly("FY2023", "FY2023", "2021");
    }

    @Test
    void datesYearsOrdinalsNamesAndUncountedNumbersAreNotFigures() {
        assertThat(READER.read("BEIJING, Aug 25 — At the sixth Strategic Dialogue in 2024, the two sides "
                + "pledged to build CPEC 2.0 and upgrade ML-1 on 12 June", AUG_2025)).isEmpty();
        // a bare number counts nothing unless what follows is something the data count
        assertThat(READER.read("The two nations signed 23 agreements", AUG_2025)).isEmpty();
    }

    @Test
    void offsetsPointAtTheFigureInTheSentence() {
        String sentence = "He said the CPEC created 236,000 direct jobs over the past decade.";
        Claim claim = one(sentence);
        assertThat(sentence.substring(claim.start(), claim.end())).isEqualTo("236,000");
    }
}
