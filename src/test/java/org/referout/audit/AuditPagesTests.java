package org.referout.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.referout.support.TestPractices.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.referout.support.DatabaseTest;
import org.referout.support.ReferOutTest;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit log page pages by 50 and filters by client, user, action and date; the export streams every matching
 * entry; bad parameters are a 400 naming the parameter (issue: one 500-row page took 4.6 s, the export 138 s).
 */
@ReferOutTest
@DatabaseTest
class AuditPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPractices practices;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.referout.client.Clients clients;

    /** {@code rows} entries in one statement: client 7 on even ids, the therapist on every third. */
    private void fill(Team team, int rows) {
        for (int i = 0; i < rows; i++) {
            jdbc.sql("""
                    insert into audit_log (practice_id, at, user_id, actor, action, subject_type, subject_id,
                                           client_id, detail, remote_address)
                    values (:p, :at,
                            :user, 'someone', :action, 'client', :i, :client, 'x', '127.0.0.1')""")
                .param("p", team.id().value())
                .param("i", i)
                .param("at", java.time.OffsetDateTime.parse("2026-11-01T10:00:00Z").plusSeconds(i))
                .param("user", i % 3 == 0 ? team.therapist().id().value() : team.owner().id().value())
                .param("action", i % 2 == 0 ? "CLIENT_READ" : "VISIT_RECORDED")
                .param("client", i % 2 == 0 ? 7L : null)
                .update();
        }
    }

    @Test
    void thePageShowsFiftyAtATimeWithFiltersAndPlainWords() throws Exception {
        Team team = practices.newPractice("AuditPages");
        fill(team, 130);
        String first = mvc.perform(get("/audit").with(as(team.owner())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Showing 1–50 of 130, newest first")))
            .andExpect(content().string(containsString("Client read")))
            .andExpect(content().string(containsString("rel=\"next\"")))
            .andReturn().getResponse().getContentAsString();
        assertThat(first.split("<tr>").length - 2).isEqualTo(50);

        mvc.perform(get("/audit").param("page", "2").with(as(team.owner())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Showing 101–130 of 130")))
            .andExpect(content().string(not(containsString("rel=\"next\""))));

        String visits = mvc.perform(get("/audit").param("action", "VISIT_RECORDED").param("client", "7")
                .with(as(team.owner())))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(visits).contains("No entries match.");
        mvc.perform(get("/audit").param("user", String.valueOf(team.therapist().id().value()))
                .param("from", "2026-11-01").param("to", "2026-11-01").with(as(team.owner())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Showing 1–44 of 44")));
        mvc.perform(get("/audit").with(as(team.therapist()))).andExpect(status().isNotFound());
    }

    /** Issue 16 item 5: a bad filter shows the page again, the field named and marked, what was typed kept. */
    @Test
    void badFiltersShowTheirMessageByTheFieldAndKeepWhatWasTyped() throws Exception {
        Team team = practices.newPractice("AuditBad");
        fill(team, 3);
        for (String[] bad : new String[][] { { "client", "abc", "Client: must be a whole number", "filter-client" },
                { "page", "99999999999", "Page number: must be a whole number", "filter-user" },
                { "from", "yesterday", "From: must be a date such as 2026-12-02", "filter-from" },
                { "to", "31/12/2026", "To: must be a date", "filter-to" },
                { "user", "-1", "Person: must be a whole number", "filter-user" },
                { "action", "<script>", "Action: choose an action from the list", "filter-action" } }) {
            String page = mvc.perform(get("/audit").param(bad[0], bad[1]).with(as(team.owner())))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
            assertThat(page).as(bad[0]).contains("class=\"errors\" role=\"alert\"", bad[2],
                    "href=\"#" + bad[3] + "\"").doesNotContain("No entries match", "Showing");
        }
        mvc.perform(get("/audit").param("from", "yesterday").param("to", "2026-11-30").with(as(team.owner())))
            .andExpect(content().string(containsString("value=\"yesterday\"")))
            .andExpect(content().string(containsString("value=\"2026-11-30\"")))
            .andExpect(content().string(containsString("id=\"from-error\"")));
        mvc.perform(get("/audit/export.csv").param("from", "yesterday").with(as(team.owner())))
            .andExpect(status().isBadRequest());
    }

    @Test
    void newerAndOlderKeepTheFiltersAndTheClientIsChosenByName() throws Exception {
        Team team = practices.newPractice("AuditLinks");
        fill(team, 130);
        String filtered = mvc.perform(get("/audit").param("action", "CLIENT_READ").with(as(team.owner())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Showing 1–50 of 65, newest first")))
            .andReturn().getResponse().getContentAsString();
        assertThat(filtered).containsPattern("rel=\"next\"\\s+href=\"/audit\\?[^\"]*action=CLIENT_READ[^\"]*&amp;page=1\">Older")
            .contains("<option value=\"CLIENT_READ\" selected=\"selected\">");
        mvc.perform(get("/audit").param("action", "CLIENT_READ").param("page", "1").with(as(team.owner())))
            .andExpect(content().string(containsString("Showing 51–65 of 65")))
            .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                    "(?s).*rel=\"prev\"\\s+href=\"/audit\\?[^\"]*action=CLIENT_READ[^\"]*&amp;page=0\">Newer.*")))
            .andExpect(content().string(not(containsString("rel=\"next\""))));
        // client 7 is no client of this practice: the list names it by its number; a real client by name
        var named = clients.create(team.therapist().asCurrentPractice(), new org.referout.client.ClientDetails("Nadia",
                "Named", null, null, null, null, null, null, null, null, null, true));
        mvc.perform(get("/audit").with(as(team.owner())))
            .andExpect(content().string(containsString("<option value=\"7\">Client 7</option>")))
            .andExpect(content().string(containsString("<option value=\"" + named.value() + "\">Nadia Named</option>")));
        // tenant isolation: another practice's client is neither named nor counted here
        Team other = practices.newPractice("AuditLinksOther");
        var theirs = clients.create(other.therapist().asCurrentPractice(), new org.referout.client.ClientDetails(
                "Olga", "Otherpractice", null, null, null, null, null, null, null, null, null, true));
        mvc.perform(get("/audit").param("client", String.valueOf(theirs.value())).with(as(team.owner())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("No entries match.")))
            .andExpect(content().string(not(containsString("Otherpractice"))));
        mvc.perform(get("/audit").param("client", String.valueOf(named.value())).with(as(team.owner())))
            .andExpect(content().string(containsString("Showing 1–1 of 1")))
            .andExpect(content().string(containsString("<option value=\"" + named.value()
                    + "\" selected=\"selected\">Nadia Named</option>")));
    }

    @Test
    void theExportStreamsEveryMatchingEntry() throws Exception {
        Team team = practices.newPractice("AuditExport");
        fill(team, 2_000);
        var started = mvc.perform(get("/audit/export.csv").with(as(team.owner()))).andReturn();
        String csv = mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines()).hasSize(2_001).first().asString().startsWith("at,actor,action");
        var onlyClient = mvc.perform(get("/audit/export.csv").param("client", "7").with(as(team.owner()))).andReturn();
        assertThat(mvc.perform(asyncDispatch(onlyClient)).andReturn().getResponse().getContentAsString().lines())
            .hasSize(1_001);
    }
}
