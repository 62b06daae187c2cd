package corridor.store;

import corridor.model.Dataset;
import corridor.model.network.Place;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContentHashTest {

    @Test
    void equalDatasetsHashAlike() {
        assertThat(ContentHash.of(SmallDataset.dataset())).isEqualTo(ContentHash.of(SmallDataset.dataset()))
                .hasSize(64).matches("[0-9a-f]+");
    }

    @Property(tries = 50)
    void movingOnePlaceChangesTheHash(@ForAll @DoubleRange(min = -89, max = 89) double latitude) {
        Dataset dataset = SmallDataset.dataset();
        List<Place> places = new ArrayList<>(dataset.places());
        Place gwadar = places.remove(2);
        if (gwadar.location().latitude() == latitude) {
            return;
        }
        places.add(new Place(gwadar.id(), gwadar.name(), gwadar.aliases(), gwadar.kind(),
                new corridor.model.geo.GeoPoint(latitude, gwadar.location().longitude()), gwadar.country(),
                gwadar.province(), gwadar.hub(), gwadar.border(), gwadar.provenance()));

        assertThat(ContentHash.of(dataset.withPlaces(places))).isNotEqualTo(ContentHash.of(dataset));
    }
}
