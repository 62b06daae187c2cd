package corridor.data.imports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GcdfSectorsTest {

    @Test
    void codesAreFiledUnderTheirCorridorSectorAndTheRestUnderOther() {
        assertThat(GcdfSectors.sector("110")).isEqualTo("social");
        assertThat(GcdfSectors.sector(" 160 ")).isEqualTo("social");
        assertThat(GcdfSectors.sector("210")).isEqualTo("transport");
        assertThat(GcdfSectors.sector("230")).isEqualTo("energy");
        assertThat(GcdfSectors.sector("310")).isEqualTo("agriculture");
        assertThat(GcdfSectors.sector("320")).isEqualTo("industry_sez");
        assertThat(GcdfSectors.sector("220")).isEqualTo("other");
        assertThat(GcdfSectors.sector("999")).isEqualTo("other");
        assertThat(GcdfSectors.sector(null)).isEqualTo("other");
    }

    @Test
    void theNoteTakesTheCrsNameWhenAidDataGivesNone() {
        assertThat(GcdfSectors.describe("130", "")).isEqualTo("130 Population policies/programmes and reproductive health");
        assertThat(GcdfSectors.describe("310", null)).isEqualTo("310 Agriculture, forestry, fishing");
        assertThat(GcdfSectors.describe("998", " ")).isEqualTo("998 Unallocated/unspecified (no Corridor sector of its own, "
                + "filed as other)");
        assertThat(GcdfSectors.describe("997", "")).isEqualTo("997 (a code outside the OECD CRS list, filed as other)");
    }
}
