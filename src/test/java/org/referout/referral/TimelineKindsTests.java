package org.referout.referral;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Timeline steps read as words on the page (issue 16); the stored kind stays the code the API reports. */
class TimelineKindsTests {

    @Test
    void stepsStatusesAndUnknownKindsReadAsWords() {
        assertThat(TimelineKinds.label("RECIPIENT_ADDED")).isEqualTo("Recipient added");
        assertThat(TimelineKinds.label("MAILED")).isEqualTo("E-mailed");
        assertThat(TimelineKinds.label("SENT")).isEqualTo("Sent");
        assertThat(TimelineKinds.label("SOMETHING_NEW")).isEqualTo("Something new");
        TimelineEntry entry = new TimelineEntry(1, new ReferralId(1), null, "Maya", "USER", "CONSENT_RECORDED", null);
        assertThat(entry.label()).isEqualTo("Consent recorded");
        assertThat(entry.kind()).isEqualTo("CONSENT_RECORDED");
    }
}
