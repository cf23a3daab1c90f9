package org.referout.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleCaseTests {

    @Test
    void capitalsFromNppesReadAsAName() {
        assertThat(TitleCase.of("RODRIGUEZ CLINIC INC")).isEqualTo("Rodriguez Clinic Inc");
        assertThat(TitleCase.of("O'BRIEN")).isEqualTo("O'Brien");
        assertThat(TitleCase.of("MCDONALD")).isEqualTo("McDonald");
        assertThat(TitleCase.of("SMITH-JONES")).isEqualTo("Smith-Jones");
        assertThat(TitleCase.of("CENTER OF EXCELLENCE FOR THE SPINE")).isEqualTo("Center of Excellence for the Spine");
        assertThat(TitleCase.of("THE HUDSON CHIROPRACTIC PLLC")).isEqualTo("The Hudson Chiropractic PLLC");
        assertThat(TitleCase.of("123 MAIN ST NW, SUITE 4B")).isEqualTo("123 Main St NW, Suite 4B");
    }

    @Test
    void textSomeoneTypedInMixedCaseIsKept() {
        assertThat(TitleCase.of("Hudson Chiropractic, DC")).isEqualTo("Hudson Chiropractic, DC");
        assertThat(TitleCase.of("deVries Wellness")).isEqualTo("deVries Wellness");
        assertThat(TitleCase.of(null)).isNull();
    }
}
