package org.referout.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The audit page reads codes in an entry's detail as words (issue 16); the export keeps the detail as recorded. */
class AuditEntryTests {

    @Test
    void codesInTheDetailReadAsWordsAndAbbreviationsStay() {
        AuditEntry entry = new AuditEntry(1, null, 1L, "Maya", "EPISODE_CLOSED", "intake_link", "12", 3L,
                "GOALS_MET after FHIR search, 2 NPRS scores, ROUTINE", "127.0.0.1");
        assertThat(entry.detailText()).isEqualTo("goals met after FHIR search, 2 NPRS scores, routine");
        assertThat(entry.detail()).isEqualTo("GOALS_MET after FHIR search, 2 NPRS scores, ROUTINE");
        assertThat(entry.subject()).isEqualTo("intake link 12");
        assertThat(entry.what()).isEqualTo("Episode closed");
    }
}
