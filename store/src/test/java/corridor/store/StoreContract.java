package corridor.store;

import corridor.model.Dataset;
import corridor.model.record.IndicatorValue;
import corridor.model.network.Link;
import corridor.model.network.Place;
import corridor.model.record.Project;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every back end of the store must do; subclasses supply a fresh, empty store. */
abstract class StoreContract {

    /** A fresh store with no dataset; closed by the subclass after each test. */
    abstract Store store();

    @Test
    void anEmptyStoreHoldsNoDataset() {
        assertThat(store().loaded()).isEmpty();
        assertThat(store().readDataset()).isEmpty();
    }

    @Test
    void aDatasetReadsBackExactlyAsItWasStored() {
        Dataset dataset = SmallDataset.dataset();

        SyncResult result = store().sync(dataset);

        assertThat(result.reloaded()).isTrue();
        assertThat(result.dataset().name()).isEqualTo("small");
        assertThat(result.dataset().contentHash()).isEqualTo(ContentHash.of(dataset));
        // 2 sources + 2 modes + 3 places + 3 links + 2 projects + 1 indicator + 1 incident + 2 minerals
        // + 1 corridor section
        assertThat(result.dataset().recordCount()).isEqualTo(17);
        assertThat(store().readDataset()).contains(dataset);
    }

    @Test
    void accessRulesWithClosedHoursAndDatesReadBackExactly() {
        var p = SmallDataset.CITED;
        var heavy = java.util.Set.of(corridor.model.vehicle.VehicleClass.HEAVY_TRANSPORT);
        List<corridor.model.vehicle.AccessRule> rules = List.of(
                new corridor.model.vehicle.AccessRule("gwadar-day", "gwadar", heavy, null, null, null,
                        java.util.Set.of(), p, new corridor.model.vehicle.ClosedHours(java.time.LocalTime.of(6, 0),
                        java.time.LocalTime.of(22, 0), java.time.ZoneId.of("Asia/Karachi")),
                        java.time.LocalDate.of(2025, 12, 23), java.time.LocalDate.of(2026, 2, 22)),
                new corridor.model.vehicle.AccessRule("old-road-heavy", "old-road", heavy, null, null, null,
                        java.util.Set.of(), p));
        Dataset dataset = SmallDataset.dataset().withVehicles(List.of(), rules);

        store().sync(dataset);

        assertThat(store().readDataset()).contains(dataset);
        assertThat(store().readDataset().orElseThrow().accessRules()).isEqualTo(rules);
    }

    @Test
    void theSameContentIsNotWrittenTwice() {
        Instant first = store().sync(SmallDataset.dataset()).dataset().loadedAt();

        SyncResult again = store().sync(SmallDataset.dataset());

        assertThat(again.reloaded()).isFalse();
        assertThat(again.dataset().loadedAt()).isEqualTo(first);
    }

    @Test
    void changedContentReplacesTheOldContent() {
        store().sync(SmallDataset.dataset());
        Dataset fewer = SmallDataset.dataset().withLinks(SmallDataset.dataset().links().subList(0, 1));

        SyncResult result = store().sync(fewer);

        assertThat(result.reloaded()).isTrue();
        assertThat(store().find(Layer.LINKS)).extracting(Link::id).containsExactly("kkh-north");
        assertThat(store().readDataset()).contains(fewer);
    }

    @Test
    void aFailedLoadLeavesThePreviousContentInPlace() {
        Dataset good = SmallDataset.dataset();
        store().sync(good);
        List<Place> duplicated = new ArrayList<>(good.places());
        duplicated.add(SmallDataset.gwadar());
        Dataset broken = good.withPlaces(duplicated);

        assertThatThrownBy(() -> store().sync(broken)).isInstanceOf(StoreException.class)
                .hasMessageContaining("write the dataset");

        assertThat(store().readDataset()).contains(good);
        assertThat(store().loaded().orElseThrow().contentHash()).isEqualTo(ContentHash.of(good));
    }

    @Test
    void aBoundingBoxSelectsTheRecordsItTouches() {
        store().sync(SmallDataset.dataset());
        // Around Sost only: Kashgar (39.47 N) and Gwadar (25.12 N) lie outside.
        BoundingBox aroundSost = new BoundingBox(74.5, 36.5, 75.0, 36.9);

        assertThat(store().find(Layer.PLACES, aroundSost)).extracting(Place::id).containsExactly("sost");
        // Every link ends at Sost.
        assertThat(store().find(Layer.LINKS, aroundSost)).extracting(Link::id)
                .containsExactly("kkh-north", "old-road", "new-road");
        // The polygon of the REE area covers the box's west edge.
        assertThat(store().find(Layer.MINERALS, aroundSost)).extracting(m -> m.id()).containsExactly("ree-area");
    }

    @Test
    void aBoundingBoxLeavesOutProjectsWithoutALocation() {
        store().sync(SmallDataset.dataset());
        BoundingBox world = new BoundingBox(-180, -90, 180, 90);

        assertThat(store().find(Layer.PROJECTS, world)).extracting(Project::id).containsExactly("proj-road");
        assertThat(store().find(Layer.PROJECTS)).extracting(Project::id)
                .containsExactly("proj-road", "proj-unplaced");
    }

    @Test
    void aRecordIsFoundByIdInItsLayerOnly() {
        store().sync(SmallDataset.dataset());

        assertThat(store().find(Layer.PLACES, "sost")).contains(SmallDataset.sost());
        assertThat(store().find(Layer.LINKS, "sost")).isEmpty();
        assertThat(store().find(Layer.SOURCES, "src-b").orElseThrow().publisher()).isEqualTo("Xinhua");
        assertThat(store().find(Layer.PLACES, "nowhere")).isEmpty();
    }

    @Test
    void aLayerWithoutGeometryRefusesABoundingBox() {
        assertThatThrownBy(() -> store().find(Layer.INDICATORS, new BoundingBox(0, 0, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        store().sync(SmallDataset.dataset());
        assertThat(store().find(Layer.INDICATORS)).extracting(IndicatorValue::value).containsExactly(23.1e9);
    }

    @Test
    void scenariosAreSavedReplacedAndListed() {
        Instant at = Instant.parse("2026-11-26T10:00:00Z");
        store().saveScenario(new StoredScenario("b-closure", "Khunjerab closed", "{\"closed\":[\"sost\"]}", at));
        store().saveScenario(new StoredScenario("a-new", "New road", "{}", at));
        store().saveScenario(new StoredScenario("b-closure", "Khunjerab closed all year", "{\"x\":1}", at));

        assertThat(store().scenarios()).extracting(StoredScenario::id).containsExactly("a-new", "b-closure");
        StoredScenario replaced = store().scenario("b-closure").orElseThrow();
        assertThat(replaced.name()).isEqualTo("Khunjerab closed all year");
        assertThat(replaced.body()).isEqualTo("{\"x\":1}");
        assertThat(replaced.uploadedAt()).isEqualTo(at);
        assertThat(store().scenario("missing")).isEmpty();
    }
}
