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
            .andExpect(content().string(containsString("Entries 1 to 50, newest first")))
            .andExpect(content().string(containsString("Client read")))
            .andExpect(content().string(containsString("rel=\"next\"")))
            .andReturn().getResponse().getContentAsString();
        assertThat(first.split("<tr>").length - 2).isEqualTo(50);

        mvc.perform(get("/audit").param("page", "2").with(as(team.owner())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Entries 101 to 130")))
            .andExpect(content().string(not(containsString("rel=\"next\""))));

        String visits = mvc.perform(get("/audit").param("action", "VISIT_RECORDED").param("client", "7")
                .with(as(team.owner())))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(visits).contains("No entries match.");
        mvc.perform(get("/audit").param("user", String.valueOf(team.therapist().id().value()))
                .param("from", "2026-11-01").param("to", "2026-11-01").with(as(team.owner())))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("Entries 1 to 44")));
        mvc.perform(get("/audit").with(as(team.therapist()))).andExpect(status().isNotFound());
    }

    @Test
    void badParametersAreA400NamingTheParameter() throws Exception {
        Team team = practices.newPractice("AuditBad");
        for (String[] bad : new String[][] { { "client", "abc" }, { "page", "99999999999" }, { "from", "yesterday" },
                { "user", "-1" }, { "action", "<script>" } }) {
            mvc.perform(get("/audit").param(bad[0], bad[1]).with(as(team.owner())))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<strong>" + bad[0] + "</strong>")));
        }
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
