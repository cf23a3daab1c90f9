package org.referout.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaxonomyTests {

    final Taxonomy taxonomy = new Taxonomy();

    @Test
    void readsAllNuccCodesWithTheirDisplayNames() {
        assertThat(taxonomy.size()).isEqualTo(883);
        assertThat(taxonomy.displayName("225700000X")).isEqualTo("Massage Therapist");
        assertThat(taxonomy.displayName("111NR0200X")).isEqualTo("Radiology Chiropractor");
    }

    @Test
    void everyCodeOfClinicalR6ExistsAndMapsToAFriendlyType() {
        for (String code : new String[] { "207P00000X", "207Q00000X", "207R00000X", "207QS0010X", "2081P2900X",
                "208100000X", "225100000X", "111N00000X", "225700000X", "2084N0400X", "171100000X", "207RR0500X",
                "208VP0000X", "103T00000X", "101YM0800X", "122300000X", "207V00000X", "367A00000X", "163WM1400X" }) {
            assertThat(taxonomy.isKnown(code)).as(code).isTrue();
            assertThat(Taxonomy.typeOf(code)).as(code).isPresent();
        }
        for (ProviderType type : ProviderType.values()) {
            assertThat(taxonomy.codesOf(type)).as(type.name()).isNotEmpty();
        }
    }

    @Test
    void theMostSpecificTypeWinsAndUnknownCodesKeepNuccsName() {
        assertThat(Taxonomy.typeOf("207RR0500X")).contains(ProviderType.RHEUMATOLOGIST);
        assertThat(Taxonomy.typeOf("207X00000X")).contains(ProviderType.PHYSICIAN);
        assertThat(Taxonomy.typesOf(java.util.List.of("207QS0010X")))
            .contains(ProviderType.SPORTS_SPINE_PHYSICIAN, ProviderType.PHYSICIAN);
        assertThat(taxonomy.label("183500000X")).isEqualTo(taxonomy.displayName("183500000X"));
        assertThat(taxonomy.label("ZZZZZZZZZX")).isEqualTo("ZZZZZZZZZX");
    }

    @Test
    void zipCentroidsAreReadByColumnName() {
        ZipCentroids zips = new ZipCentroids();
        assertThat(zips.size()).isEqualTo(33_120);
        var boston = zips.find("02134").orElseThrow();
        assertThat(boston.lat()).isCloseTo(42.358016, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(boston.lon()).isCloseTo(-71.128608, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(zips.find("00501")).isEmpty();
        double nyToBoston = ZipCentroids.distanceKm(zips.find("10001").orElseThrow(), boston);
        assertThat(nyToBoston).isBetween(280.0, 300.0);
    }
}
