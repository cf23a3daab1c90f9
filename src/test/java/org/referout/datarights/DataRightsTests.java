package org.referout.datarights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.referout.support.TestPractices.as;
import static org.referout.support.TestPractices.bearer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.referout.client.ClientDetails;
import org.referout.client.ClientId;
import org.referout.client.Clients;
import org.referout.episode.EpisodeId;
import org.referout.episode.EpisodeStart;
import org.referout.episode.Episodes;
import org.referout.episode.ScoreInput;
import org.referout.episode.VisitInput;
import org.referout.episode.VisitNotes;
import org.referout.insights.Insights;
import org.referout.practice.User;
import org.referout.support.DatabaseTest;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** C8 data rights: erasure leaves nothing identifying anywhere and the counts unchanged; the export is de-identified. */
@DatabaseTest
class DataRightsTests {

    static final String FIRST = "Marisol";
    static final String LAST = "Quillfeather";
    static final String EMAIL = "marisol.quillfeather@example.test";
    static final String PHONE = "541-555-0177";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPractices practices;

    @Autowired
    Clients clients;

    @Autowired
    Episodes episodes;

    @Autowired
    Insights insights;

    @Autowired
    DataSource dataSource;

    @Autowired
    Clock clock;

    @Test
    void erasureLeavesNothingIdentifyingAnywhereAndKeepsTheCounts() throws Exception {
        Team team = practices.newPractice("Erase");
        ClientId client = clientWithScores(team.therapist(), FIRST, LAST, EMAIL, PHONE, "97403");
        ClientId other = clientWithScores(team.therapist(), "Ottilie", "Brennan", "ob@example.test", "541-555-0199",
                "97201");
        clients.search(team.owner().asCurrentPractice(), LAST, 0, 10); // a search typed into the log
        LocalDate today = LocalDate.now(clock);
        var before = insights.caseload(team.owner().asCurrentPractice(), today.minusYears(1), today, Optional.empty());
        assertThat(mentions(team.id().value())).isNotEmpty();

        String therapistToken = practices.token(team.therapist());
        mvc.perform(post("/api/v1/clients/" + client + "/erasure").with(bearer(therapistToken)))
            .andExpect(status().isNotFound());
        String ownerToken = practices.token(team.owner());
        mvc.perform(post("/api/v1/clients/" + client + "/erasure").with(bearer(ownerToken)))
            .andExpect(status().isNoContent());

        assertThat(mentions(team.id().value())).isEmpty();
        var after = insights.caseload(team.owner().asCurrentPractice(), today.minusYears(1), today, Optional.empty());
        assertThat(after).isEqualTo(before);
        // Gone from every reader: API, page, search, FHIR; a second erasure finds nothing.
        mvc.perform(get("/api/v1/clients/" + client).with(bearer(ownerToken))).andExpect(status().isNotFound());
        mvc.perform(get("/clients/" + client).with(as(team.owner()))).andExpect(status().isNotFound());
        mvc.perform(get("/fhir/Patient/" + client).with(bearer(ownerToken))).andExpect(status().isNotFound());
        mvc.perform(get("/fhir/Patient/" + client + "/$everything").with(bearer(ownerToken)))
            .andExpect(status().isNotFound());
        assertThat(clients.search(team.owner().asCurrentPractice(), null, 0, 100).clients())
            .extracting(c -> c.id()).containsExactly(other);
        mvc.perform(post("/api/v1/clients/" + client + "/erasure").with(bearer(ownerToken)))
            .andExpect(status().isNotFound());
        String csv = mvc.perform(get("/api/v1/exports/outcomes.csv").with(bearer(ownerToken)))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().skip(1).map(line -> line.split(",")[0]).distinct()).hasSize(1);
        assertThat(audit(team)).contains("CLIENT_ERASED");
    }

    @Test
    void erasureRemovesTheClientFromStoredModuleEventsAndKeepsPendingOnesDeliverable() throws Exception {
        Team team = practices.newPractice("EraseEvents");
        ClientId client = clientWithScores(team.therapist(), FIRST, LAST, EMAIL, PHONE, "97403");
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement("insert into event_publication (id, listener_id, event_type,"
                        + " serialized_event, publication_date, completion_date, status, completion_attempts)"
                        + " values (?, 'test.Listener', 'test.ClientMailed', ?, current_timestamp, ?, ?, 1)")) {
            for (boolean completed : new boolean[] { true, false }) {
                insert.setObject(1, java.util.UUID.randomUUID());
                insert.setString(2, "{\"to\":\"" + EMAIL + "\",\"name\":\"" + FIRST + " " + LAST + "\"}");
                insert.setObject(3, completed ? java.time.OffsetDateTime.now() : null);
                insert.setString(4, completed ? "COMPLETED" : "PUBLISHED");
                insert.executeUpdate();
            }
        }
        assertThat(mentions(team.id().value())).anyMatch(found -> found.startsWith("event_publication"));

        mvc.perform(post("/api/v1/clients/" + client + "/erasure").with(bearer(practices.token(team.owner()))))
            .andExpect(status().isNoContent());

        assertThat(mentions(team.id().value())).isEmpty();
        try (var connection = dataSource.getConnection(); var query = connection.createStatement()) {
            var rs = query.executeQuery("select serialized_event from event_publication where event_type = "
                    + "'test.ClientMailed' and completion_date is null and serialized_event like '%[erased]%'");
            assertThat(rs.next()).as("the pending event is still there to deliver").isTrue();
            query.execute("delete from event_publication where event_type = 'test.ClientMailed'");
        }
    }

    @Test
    void theOwnerErasesFromThePageWithConfirmation() throws Exception {
        Team team = practices.newPractice("ErasePage");
        ClientId client = clientWithScores(team.therapist(), "Page", "Erasable", "pe@example.test", null, null);
        mvc.perform(get("/clients/" + client + "/erasure").with(as(team.therapist()))).andExpect(status().isNotFound());
        // the whole record is offered before erasing, since afterwards it cannot be exported
        mvc.perform(get("/clients/" + client + "/erasure").with(as(team.owner()))).andExpect(status().isOk())
            .andExpect(content().string(containsString("Export the whole record")))
            .andExpect(content().string(containsString("href=\"/clients/" + client + "/record.pdf\"")))
            .andExpect(content().string(containsString("href=\"/clients/" + client + "/record.json\"")));
        mvc.perform(get("/clients/" + client + "/erased").with(as(team.owner()))).andExpect(status().isNotFound());
        var erased = mvc.perform(post("/clients/" + client + "/erasure").with(as(team.owner())).with(csrf()))
            .andExpect(redirectedUrl("/clients/" + client + "/erased"))
            .andReturn();
        assertThat(clients.exists(team.id(), client)).isFalse();
        // the confirmation says what was erased and when, and survives a reload (without the flash)
        String today = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK)
            .format(LocalDate.now(clock));
        mvc.perform(get("/clients/" + client + "/erased").with(as(team.owner()))
                .flashAttrs(erased.getFlashMap()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("personal data is erased")))
            .andExpect(content().string(containsString("Erased on <strong>" + today)))
            .andExpect(content().string(containsString("Name, date of birth, contact details and address")))
            .andExpect(content().string(containsString("further mention")));
        mvc.perform(get("/clients/" + client + "/erased").with(as(team.owner())))
            .andExpect(status().isOk()).andExpect(content().string(containsString("Erased on")));
        mvc.perform(get("/clients/" + client + "/erased").with(as(team.therapist()))).andExpect(status().isNotFound());
        mvc.perform(get("/clients/" + client + "/erased").with(as(practices.newPractice("EraseOther").owner())))
            .andExpect(status().isNotFound());
    }

    @Test
    void theOutcomesExportIsDeIdentifiedWithStablePseudonymsAndShiftedDates() throws Exception {
        Team team = practices.newPractice("Export");
        clientWithScores(team.therapist(), "Hedda", "Vantongeren", "hv@example.test", "541-555-0155", "97403-1234");
        String token = practices.token(team.owner());
        String first = mvc.perform(get("/api/v1/exports/outcomes.csv").with(bearer(token)))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String second = mvc.perform(get("/data-rights/outcomes.csv").with(as(team.owner())).accept(MediaType.ALL))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(second).isEqualTo(first);
        List<String> lines = first.lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", OutcomeCsv.HEADER));
        assertThat(lines).hasSize(1 + 5); // NPRS at 3 visits, GROC at 2
        assertThat(first).doesNotContain("Hedda", "Vantongeren", "hv@example.test", "0155", "97403-");
        String[] firstVisit = lines.get(1).split(",");
        assertThat(firstVisit[0]).startsWith("P-");
        assertThat(firstVisit[1]).isEqualTo("974");
        assertThat(firstVisit[3]).isEqualTo("LOW_BACK_PAIN");
        LocalDate start = LocalDate.now(clock).minusDays(30);
        assertThat(LocalDate.parse(firstVisit[5])).isNotEqualTo(start);
        assertThat(LocalDate.parse(firstVisit[7])).isEqualTo(LocalDate.parse(firstVisit[5])); // interval kept
        assertThat(lines.get(lines.size() - 1).split(",")[6]).isEqualTo("3"); // visit number
        mvc.perform(get("/api/v1/exports/outcomes.csv").with(bearer(practices.token(team.therapist()))))
            .andExpect(status().isNotFound());
    }

    private ClientId clientWithScores(User therapist, String first, String last, String email, String phone,
            String zip) {
        var by = therapist.asCurrentPractice();
        LocalDate start = LocalDate.now(clock).minusDays(30);
        ClientId client = clients.create(by, new ClientDetails(first, last, LocalDate.of(1980, 2, 2), email, phone,
                "7 " + last + " Lane", null, "Eugene", "OR", zip, "English", true));
        EpisodeId episode = episodes.start(by, client, new EpisodeStart("LOW_BACK_PAIN", false, List.of("back"),
                first + " wants to run again", "NPRS", List.of(), start));
        for (int i = 0; i < 3; i++) {
            var scores = new ArrayList<ScoreInput>(List.of(new ScoreInput("NPRS", java.math.BigDecimal.valueOf(7 - 2 * i), null)));
            if (i > 0) {
                scores.add(new ScoreInput("GROC", java.math.BigDecimal.valueOf(i + 1), null));
            }
            episodes.recordVisit(by, episode, new VisitInput(start.plusDays(7L * i), 45, List.of("SWEDISH"),
                    new VisitNotes(first + " " + last + " says the pain is less", "Called " + phone, null, null,
                            "Mail " + email), scores));
        }
        return client;
    }

    /**
     * Every text cell that still holds the client's name, e-mail or phone: in this practice's rows of tenant
     * tables, and anywhere in global tables (other tests share the PostgreSQL database, and may reuse the names).
     */
    private List<String> mentions(long practice) throws Exception {
        List<String> found = new ArrayList<>();
        java.util.Set<String> tenantTables = new java.util.HashSet<>();
        try (var connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(connection.getCatalog(), null, "%", "%")) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    String type = rs.getString("TYPE_NAME").toLowerCase();
                    if (rs.getString("COLUMN_NAME").equalsIgnoreCase("practice_id")) {
                        tenantTables.add(rs.getString("TABLE_NAME"));
                    }
                    if ((schema == null || schema.equalsIgnoreCase("public"))
                            && (type.contains("char") || type.contains("text") || type.contains("clob"))) {
                        columns.add(new String[] { rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME") });
                    }
                }
            }
            for (String[] column : columns) {
                for (String needle : List.of(FIRST, LAST, EMAIL, PHONE)) {
                    boolean tenant = tenantTables.contains(column[0]);
                    try (var statement = connection.prepareStatement("select count(*) from " + column[0] + " where "
                            + column[1] + " like ?" + (tenant ? " and practice_id = ?" : ""))) {
                        statement.setString(1, "%" + needle + "%");
                        if (tenant) {
                            statement.setLong(2, practice);
                        }
                        try (ResultSet rs = statement.executeQuery()) {
                            rs.next();
                            if (rs.getLong(1) > 0) {
                                found.add(column[0] + "." + column[1] + " holds " + needle);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private String audit(Team team) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select action from audit_log where practice_id = ?")) {
            statement.setLong(1, team.id().value());
            var actions = new StringBuilder();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    actions.append(rs.getString(1)).append(' ');
                }
            }
            return actions.toString();
        }
    }
}
