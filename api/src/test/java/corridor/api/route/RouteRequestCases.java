package corridor.api.route;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.data.BuiltInDataset;
import corridor.model.InputException;
import corridor.model.network.Mode;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.route.PlaceMatcher;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Route requests on the built-in dataset that both surfaces must treat alike: each is accepted by
 * {@code corridor route} and {@code GET /api/route} with the same meaning, or refused by both with
 * the same reason, naming the parameter as each spells it ({@code avoid_link}, {@code --avoid-link}).
 * Read by {@code RouteRequestTest} here, and through the test jar by the server's and the command
 * line's tests, which send each case over HTTP and through the command.
 */
public final class RouteRequestCases {

    /** The departure of every case that gives one: July, when Khunjerab is open. */
    public static final LocalDate JULY = LocalDate.of(2025, 7, 1);

    /**
     * One request.
     *
     * @param name       what it shows
     * @param parameters the parameters by snake_case name; lists comma-separated as both surfaces take them
     * @param accepted   what it means when both surfaces accept it, else null
     * @param refused    why both refuse it, else null
     */
    public record Case(String name, Map<String, String> parameters, Accepted accepted, Refused refused) {

        @Override
        public String toString() {
            return name + " " + parameters;
        }
    }

    /**
     * The meaning of an accepted request: the query both surfaces build, and what their answers show.
     *
     * @param fromId      origin place id
     * @param toId        destination place id
     * @param cargoTonnes cargo, in tonnes
     * @param objective   the answer's {@code objective}
     * @param modes       the modes allowed (transfers are always allowed too)
     * @param avoidPlaces places the route must not pass
     * @param avoidLinks  links the route must not use
     * @param riskCeiling the highest total risk accepted, or null
     * @param network     the network searched
     */
    public record Accepted(String fromId, String toId, double cargoTonnes, String objective, Set<Mode> modes,
                           Set<String> avoidPlaces, Set<String> avoidLinks, Double riskCeiling, NetworkFilter network) {
    }

    /**
     * Why a request is refused.
     *
     * @param parameter the parameter at fault, snake_case
     * @param reason    the reason, word for word
     */
    public record Refused(String parameter, String reason) {

        /** The message a surface of {@code style} gives: the parameter as it spells it, then the reason. */
        public String message(ParameterStyle style) {
            return style.spell(parameter) + ": " + reason;
        }
    }

    private RouteRequestCases() {
    }

    private static final Set<Mode> ALL = EnumSet.allOf(Mode.class);

    /** Every case. */
    public static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        Accepted plain = new Accepted("kashgar", "gwadar", 20, "time", ALL, Set.of(), Set.of(), null, NetworkFilter.EXISTING);
        cases.add(accepted("names forgive case and accents", plain, "from", "KASHGAR", "to", "gwádar"));
        cases.add(accepted("cargo in TEU with its tonnes", new Accepted("kashgar", "gwadar", 24, "cost", ALL, Set.of(),
                Set.of(), null, NetworkFilter.EXISTING), "cargo", "2teu", "tonnes_per_teu", "12", "objective", "cost"));
        cases.add(accepted("modes, a list", new Accepted("kashgar", "gwadar", 20, "time", EnumSet.of(Mode.ROAD, Mode.RAIL),
                Set.of(), Set.of(), null, NetworkFilter.EXISTING), "modes", "road, RAIL"));
        cases.add(accepted("avoiding a place and a link", new Accepted("kashgar", "gwadar", 20, "time", ALL, Set.of("sost"),
                Set.of("kkh-sost-gilgit"), null, NetworkFilter.EXISTING), "avoid", "Sost", "avoid_link", "kkh-sost-gilgit"));
        cases.add(accepted("a risk ceiling and the planned network", new Accepted("kashgar", "gwadar", 20, "time", ALL,
                Set.of(), Set.of(), 1000.0, NetworkFilter.WITH_PLANNED), "risk_ceiling", "1000", "network", "with_planned"));
        cases.add(accepted("planned says with_planned", new Accepted("kashgar", "gwadar", 20, "time", ALL, Set.of(),
                Set.of(), null, NetworkFilter.WITH_PLANNED), "network", "planned"));
        cases.add(accepted("weights instead of an objective", new Accepted("kashgar", "gwadar", 20, "weighted", ALL,
                Set.of(), Set.of(), null, NetworkFilter.EXISTING), "weights", "time=1,cost=0.02"));
        cases.add(accepted("the Pareto set", new Accepted("kashgar", "gwadar", 20, "pareto", ALL, Set.of(), Set.of(),
                null, NetworkFilter.EXISTING), "objective", "pareto"));

        cases.add(refused("from is required", "from", "required: a place id, name or alias, such as Kashgar",
                "from", null));
        cases.add(refused("to is required", "to", "required: a place id, name or alias, such as Gwadar", "to", null));
        cases.add(refused("the same place twice", "to", "from and to are the same place (Kashgar); pick two places",
                "to", "kashgar"));
        cases.add(refused("an unknown place", "from", closestTo("Atlantis"), "from", "Atlantis"));
        cases.add(refused("a cargo that is no amount", "cargo",
                "expected a positive amount in tonnes or TEU, like 20t or 1teu; got 'heavy'", "cargo", "heavy"));
        cases.add(refused("a cargo too large to count", "cargo", "too large to count in tonnes; got '2teu'",
                "cargo", "2teu", "tonnes_per_teu", "1e308"));
        cases.add(refused("no tonnes per TEU", "tonnes_per_teu", "expected a positive number of tonnes, like 10; got '0'",
                "tonnes_per_teu", "0"));
        cases.add(refused("an unknown objective", "objective",
                "unknown objective 'fun'; expected one of [time, cost, co2, risk], or pareto", "objective", "fun"));
        cases.add(refused("an unknown mode", "modes", "unknown mode 'air'; expected road, rail or sea", "modes", "road,air"));
        cases.add(refused("transfers are not a mode to pick", "modes", "unknown mode 'transfer'; expected road, rail or sea",
                "modes", "transfer"));
        cases.add(refused("a date that is none", "date", "not a date: '2025-13-01'; expected YYYY-MM-DD such as 2025-07-01",
                "date", "2025-13-01"));
        cases.add(refused("a date out of range", "date", "date 0001-01-01 is out of range; give a day from 1900-01-01 "
                + "to 2199-12-31", "date", "0001-01-01"));
        cases.add(refused("an unknown network", "network", "expected existing (links in service today) or with_planned "
                + "(with links planned or under construction); got 'future'", "network", "future"));
        cases.add(refused("a negative risk ceiling", "risk_ceiling", "expected a number of risk points, 0 or more; got '-1'",
                "risk_ceiling", "-1"));
        cases.add(refused("a risk ceiling that is no number", "risk_ceiling",
                "expected a number of risk points, 0 or more; got 'low'", "risk_ceiling", "low"));
        cases.add(refused("avoiding an end", "avoid", "Kashgar is an end of the route and cannot be avoided",
                "avoid", "Kashgar"));
        cases.add(refused("avoiding an unknown link", "avoid_link", "no link with id 'no-such-link'",
                "avoid_link", "no-such-link"));
        cases.add(accepted("a vehicle by its id", plain, "vehicle", "articulated-40ft"));
        cases.add(refused("an unknown vehicle", "vehicle", "no vehicle 'bus'; known: car, light-transport, rigid-truck, "
                + "articulated-40ft, articulated-2x20ft, tanker", "vehicle", "bus"));
        cases.add(refused("weights of an unknown criterion", "weights",
                "unknown criterion 'speed'; expected time, cost, co2 or risk", "weights", "time=1,speed=2"));
        cases.add(refused("weights all zero", "weights", "at least one weight must be positive", "weights", "time=0"));
        cases.add(refused("weights with the Pareto set", "weights", "a Pareto set has no weights; leave them out",
                "objective", "pareto", "weights", "time=1"));
        return cases;
    }

    /**
     * Checks an answer of {@code corridor route --format json} or {@code GET /api/route} (the same JSON)
     * against an accepted case's meaning: its objective, and for every route its ends, departure, cargo,
     * the modes of its moves, the places and links it avoids, and its risk within the ceiling.
     */
    public static void assertMeaning(Case c, JsonNode answer) {
        Accepted meaning = c.accepted();
        assertThat(answer.get("objective").asText()).as(c.name()).isEqualTo(meaning.objective());
        assertThat(answer.get("found").asBoolean()).as(c.name()).isTrue();
        List<JsonNode> routes = new ArrayList<>();
        if (meaning.objective().equals("pareto")) {
            answer.get("routes").forEach(routes::add);
        } else {
            routes.add(answer.get("route"));
        }
        assertThat(routes).as(c.name()).isNotEmpty();
        for (JsonNode route : routes) {
            assertThat(route.get("from").asText()).as(c.name()).isEqualTo(meaning.fromId());
            assertThat(route.get("to").asText()).as(c.name()).isEqualTo(meaning.toId());
            assertThat(route.get("departure").asText()).as(c.name()).isEqualTo(JULY.toString());
            assertThat(route.get("cargo_tonnes").asDouble()).as(c.name()).isEqualTo(meaning.cargoTonnes());
            for (JsonNode leg : route.get("legs")) {
                if (leg.get("kind").asText().equals("move")) {
                    Mode mode = Mode.valueOf(leg.get("mode").asText().toUpperCase(Locale.ROOT));
                    assertThat(mode == Mode.TRANSFER || meaning.modes().contains(mode)).as(c.name() + ": " + leg).isTrue();
                    assertThat(meaning.avoidLinks()).as(c.name()).doesNotContain(leg.get("link").asText());
                    assertThat(meaning.avoidPlaces()).as(c.name()).doesNotContain(leg.get("to").asText());
                } else {
                    assertThat(meaning.avoidPlaces()).as(c.name()).doesNotContain(leg.get("place").asText());
                }
            }
            if (meaning.riskCeiling() != null) {
                assertThat(route.get("totals").get("risk").asDouble()).as(c.name()).isLessThanOrEqualTo(meaning.riskCeiling());
            }
        }
    }

    /**
     * The reason for a place the built-in dataset lacks: "no place named 'Atlantis'; closest: " and the
     * five nearest names, which change as the dataset grows (so they are read from the matcher).
     */
    private static String closestTo(String typed) {
        try {
            new PlaceMatcher(BuiltInDataset.load().places()).match(typed, "from");
        } catch (InputException e) {
            if (e.reason().startsWith("no place named '" + typed + "'; closest: ")) {
                return e.reason();
            }
        }
        throw new IllegalStateException("the built-in dataset has a place named " + typed);
    }

    /** A request from Kashgar to Gwadar in July with {@code more} (name, value pairs; a null value removes one). */
    private static Map<String, String> parameters(String... more) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("from", "Kashgar");
        parameters.put("to", "Gwadar");
        parameters.put("date", JULY.toString());
        for (int i = 0; i + 1 < more.length; i += 2) {
            if (more[i + 1] == null) {
                parameters.remove(more[i]);
            } else {
                parameters.put(more[i], more[i + 1]);
            }
        }
        return parameters;
    }

    private static Case accepted(String name, Accepted meaning, String... more) {
        return new Case(name, parameters(more), meaning, null);
    }

    private static Case refused(String name, String parameter, String reason, String... more) {
        return new Case(name, parameters(more), null, new Refused(parameter, reason));
    }
}
