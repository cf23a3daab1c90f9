package org.referout.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.referout.clinical.ProviderType;

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
    void theDirectoryKeysInUrlsTheApiAndTheIndexStayAsTheyWere() {
        assertThat(ProviderType.directoryTypes().stream().map(ProviderType::key)).containsExactly("massage-therapist",
                "chiropractor", "acupuncturist", "physical-therapist", "occupational-therapist", "family-physician",
                "internal-medicine-physician", "emergency-physician", "neurologist", "rheumatologist",
                "pain-medicine-physician", "sports-spine-physician", "obstetrician", "nurse-midwife",
                "nurse-practitioner", "physician", "psychologist", "counsellor", "dentist");
        assertThat(ProviderType.parse("Family physician")).contains(ProviderType.FAMILY_PHYSICIAN);
        assertThat(ProviderType.parse("NURSE_MIDWIFE")).contains(ProviderType.NURSE_MIDWIFE);
        // R6's narrower doctors are filed under the sports or spine physician, never a directory type of their own
        assertThat(ProviderType.parse("sports-medicine")).isEmpty();
        assertThat(Taxonomy.typeOf("2081P2900X")).contains(ProviderType.SPORTS_SPINE_PHYSICIAN);
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
