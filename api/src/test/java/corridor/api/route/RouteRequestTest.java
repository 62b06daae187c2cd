package corridor.api.route;

import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.model.InputException;
import corridor.routing.route.Objective;
import corridor.routing.route.RouteQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The shared table of route requests, read in both styles: the same query, or the same refusal. */
class RouteRequestTest {

    private static final Dataset DATASET = BuiltInDataset.load();

    /** Everything a route request says, read as {@code corridor route} or {@code /api/route} does. */
    private static RouteQuery read(RouteRequest request) {
        RouteQuery query = request.query(DATASET);
        request.goal();
        request.network();
        request.routingParameters();
        return query;
    }

    private static RouteRequest request(Map<String, String> parameters, ParameterStyle style) {
        return new RouteRequest(TextParameters.ofSingle(parameters), style);
    }

    @Test
    void theDefaultVehicleIsTheRigidTruckThatCarriesTwentyTonnesAndAnIdPicksAnother() {
        RouteQuery plain = read(request(Map.of("from", "kashgar", "to", "gwadar"), ParameterStyle.API));
        RouteQuery car = read(request(Map.of("from", "kashgar", "to", "gwadar", "vehicle", "car"), ParameterStyle.API));

        assertThat(plain.vehicle().id()).isEqualTo("rigid-truck");
        assertThat(plain.vehicle().payloadTonnes()).isEqualTo(20.0);
        assertThat(plain.vehicle().vehicleClass()).isEqualTo(corridor.model.vehicle.VehicleClass.HEAVY_TRANSPORT);
        assertThat(car.vehicle().vehicleClass()).isEqualTo(corridor.model.vehicle.VehicleClass.CAR);
    }

    @ParameterizedTest
    @EnumSource(ParameterStyle.class)
    void everyCaseIsAcceptedWithItsMeaningOrRefusedWithItsReason(ParameterStyle style) {
        for (RouteRequestCases.Case c : RouteRequestCases.all()) {
            RouteRequest request = request(c.parameters(), style);
            if (c.accepted() != null) {
                RouteRequestCases.Accepted meaning = c.accepted();
                RouteQuery query = read(request);
                assertThat(query.fromId()).as(c.name()).isEqualTo(meaning.fromId());
                assertThat(query.toId()).as(c.name()).isEqualTo(meaning.toId());
                assertThat(query.departure()).as(c.name()).isEqualTo(RouteRequestCases.JULY);
                assertThat(query.cargo().tonnes()).as(c.name()).isEqualTo(meaning.cargoTonnes());
                assertThat(query.modes()).as(c.name()).isEqualTo(meaning.modes());
                assertThat(query.avoidPlaces()).as(c.name()).isEqualTo(meaning.avoidPlaces());
                assertThat(query.avoidLinks()).as(c.name()).isEqualTo(meaning.avoidLinks());
                assertThat(query.riskCeiling()).as(c.name()).isEqualTo(meaning.riskCeiling());
                assertThat(request.network()).as(c.name()).isEqualTo(meaning.network());
                assertThat(request.goal().name()).as(c.name()).isEqualTo(meaning.objective());
            } else {
                InputException e = catchThrowableOfType(InputException.class, () -> read(request));
                assertThat(e).as(c.name()).isNotNull();
                assertThat(e.getMessage()).as(c.name()).isEqualTo(c.refused().message(style));
                assertThat(e.field()).as(c.name()).isEqualTo(style.spell(c.refused().parameter()));
            }
        }
    }

    @Test
    void namesAreSnakeCaseInTheApiAndDashedOptionsOnTheCommandLine() {
        assertThat(ParameterStyle.API.spell(RouteRequest.AVOID_LINK)).isEqualTo("avoid_link");
        assertThat(ParameterStyle.OPTION.spell(RouteRequest.AVOID_LINK)).isEqualTo("--avoid-link");
        assertThat(ParameterStyle.OPTION.spell(RouteRequest.RISK_CEILING)).isEqualTo("--risk-ceiling");
    }

    @Test
    void listsMayBeRepeatedOrCommaSeparatedAndSingleValuesMayNotBeRepeated() {
        RouteRequest repeated = new RouteRequest(TextParameters.of(Map.of("from", List.of("Kashgar"), "to", List.of("Gwadar"),
                "avoid", List.of("Sost", "Gilgit, Chilas"))), ParameterStyle.OPTION);
        assertThat(repeated.query(DATASET).avoidPlaces()).containsExactlyInAnyOrder("sost", "gilgit", "chilas");

        RouteRequest twice = new RouteRequest(TextParameters.of(Map.of("cargo", List.of("20t", "30t"))), ParameterStyle.API);
        assertThatThrownBy(twice::cargo).isInstanceOf(InputException.class).hasMessage("cargo: given 2 times; give it once");
    }

    @Test
    void absentOptionsTakeTheirDefaults() {
        RouteRequest request = request(Map.of(), ParameterStyle.API);
        assertThat(request.departure()).isEqualTo(LocalDate.now(ZoneOffset.UTC));
        assertThat(request.cargo().tonnes()).isEqualTo(20.0);
        assertThat(request.tonnesPerTeu()).isEqualTo(10.0);
        assertThat(request.modes()).isEqualTo(EnumSet.allOf(corridor.model.network.Mode.class));
        assertThat(request.riskCeiling()).isNull();
        assertThat(request.objective(Objective.COST)).isEqualTo(Objective.COST);
        assertThat(request.goal()).isEqualTo(RouteGoal.of(Objective.TIME));
        assertThat(request.routingParameters().riskReferenceDate()).isEqualTo(request.departure());
    }

    @Test
    void aTemplateKeepsItsPlaceAtBothEndsAndMayAvoidAnyOther() {
        RouteRequest request = request(Map.of("avoid", "Sost", "objective", "cost"), ParameterStyle.OPTION);
        RouteQuery template = request.template(DATASET, "kashgar");
        assertThat(template.fromId()).isEqualTo("kashgar");
        assertThat(template.toId()).isEqualTo("kashgar");
        assertThat(template.avoidPlaces()).containsExactly("sost");
        assertThat(request.objective(Objective.TIME)).isEqualTo(Objective.COST);
    }
}
