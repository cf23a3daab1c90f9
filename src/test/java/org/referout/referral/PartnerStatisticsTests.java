package org.referout.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.referout.support.TestPractices.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.referout.directory.PartnerForm;
import org.referout.directory.PartnerReferrals;
import org.referout.directory.Partners;
import org.referout.practice.CurrentPractice;
import org.referout.support.ReferOutTest;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Partner pages show what happened to the referrals sent to that partner (issue 16 item 5e): counted by the
 * referral module for a recipient linked to the partner or carrying its NPI, shown by the directory's pages.
 */
@ReferOutTest
@Import(ReferralFixtures.class)
class PartnerStatisticsTests {

    @Autowired
    Referrals referrals;
    @Autowired
    Partners partners;
    @Autowired
    PartnerReferrals statistics;
    @Autowired
    TestPractices practices;
    @Autowired
    ReferralFixtures fixtures;
    @Autowired
    MockMvc mvc;

    @Test
    void sentAcceptedDeclinedMediansAndWhatClientsReported() throws Exception {
        Team team = practices.newPractice("Partner statistics");
        CurrentPractice therapist = team.therapist().asCurrentPractice();
        long npi = 1_234_567_893L;
        long partner = partners.create(therapist, form(npi, "Hudson Chiropractic"));
        long unreferred = partners.create(therapist, form(null, "Quiet Acupuncture"));
        // one recipient found by the partner's NPI, one linked to the partner by hand
        RecipientId byNpi = referrals.addRecipient(therapist, new RecipientDetails("Dr Hudson", null, "Chiropractor",
                "111N00000X", npi, "hudson@chiro.test", null, null, null));
        RecipientId linked = referrals.addRecipient(therapist, new RecipientDetails("Hudson front desk", null,
                "Chiropractor", null, null, "desk@chiro.test", null, null, partner));
        fixtures.referAndAnswer(therapist, "One", byNpi, "YES");
        fixtures.referAndAnswer(therapist, "Two", linked, null);
        fixtures.referAndAnswer(therapist, "Three", byNpi, "A_LITTLE");

        var all = statistics.statistics(therapist, partners.list(team.id()));
        assertThat(all).containsOnlyKeys(partner);
        var s = all.get(partner);
        assertThat(s.sent()).isEqualTo(3);
        assertThat(s.accepted()).isEqualTo(2);
        assertThat(s.declined()).isEqualTo(1);
        assertThat(s.medianDaysToAnswer()).isEqualTo(2.0);
        assertThat(s.medianDaysToSeen()).isEqualTo(6.0);
        assertThat(s.clientAnswers()).isEqualTo(2);
        assertThat(s.reported()).isEqualTo("2 of 2 clients said it helped (1 a little)");

        mvc.perform(get("/directory/partners/" + partner).with(as(team.therapist())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Referrals to this partner")))
            .andExpect(content().string(containsString("<dt>Sent</dt><dd>3</dd>")))
            .andExpect(content().string(containsString("<dt>Accepted</dt><dd>2</dd>")))
            .andExpect(content().string(containsString("<dt>Declined</dt><dd>1</dd>")))
            .andExpect(content().string(containsString("<dd>2 days</dd>")))
            .andExpect(content().string(containsString("<dd>6 days</dd>")))
            .andExpect(content().string(containsString("2 of 2 clients said it helped (1 a little)")));
        mvc.perform(get("/directory/partners/" + unreferred).with(as(team.therapist())))
            .andExpect(content().string(containsString("None yet, because no referral has been sent to this partner")));
        mvc.perform(get("/directory/partners").with(as(team.owner())))
            .andExpect(content().string(containsString("3 referrals: 2 accepted, 1 declined; median 2 days to answer, 6 days to be seen")))
            .andExpect(content().string(containsString("None yet")));
        // a save that fails re-shows the form (without the numbers) rather than failing itself
        mvc.perform(post("/directory/partners/" + partner).with(as(team.therapist())).with(csrf())
                .param("name", "").param("version", "0"))
            .andExpect(content().string(containsString("Nothing was saved yet. Please check:")));
        // front desk manages partners but does not see referrals, so not their numbers either
        mvc.perform(get("/directory/partners/" + partner).with(as(team.frontDesk())))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("Referrals to this partner"))));
        mvc.perform(get("/directory/partners").with(as(team.frontDesk())))
            .andExpect(content().string(not(containsString("3 referrals"))));
        // another practice sees neither the partner nor its numbers
        Team other = practices.newPractice("Partner statistics other");
        mvc.perform(get("/directory/partners/" + partner).with(as(other.owner()))).andExpect(status().isNotFound());
        assertThat(statistics.statistics(other.owner().asCurrentPractice(), partners.list(team.id()))).isEmpty();
    }

    static PartnerForm form(Long npi, String name) {
        return new PartnerForm(npi, name, "111N00000X", "LOW_BACK_PAIN", null, "English", null, true, null, null, null,
                null, null, null, "10011", null, null, null);
    }
}
