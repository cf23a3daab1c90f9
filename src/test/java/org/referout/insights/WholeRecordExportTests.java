package org.referout.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.referout.support.TestPractices.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.referout.client.Clients;
import org.referout.episode.Episode;
import org.referout.episode.EpisodeId;
import org.referout.episode.Episodes;
import org.referout.support.DatabaseTest;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ResourceType;

/**
 * "Export the whole record" on the client page (issue 16 item 5a): a readable PDF, read back with PDFBox, and the
 * FHIR Bundle, parsed with HAPI; both audited, both for clinical roles of the client's own practice only.
 */
@DatabaseTest
class WholeRecordExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPractices practices;

    @Autowired
    Clients clients;

    @Autowired
    Episodes episodes;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theClientPageOffersBothExportsToClinicalRolesOnly() throws Exception {
        Team team = practices.newPractice("Export page");
        long client = clientOf(team, new CaseloadFixture(clients, episodes).episode(team.therapist(), "NECK_PAIN",
                LocalDate.now().minusWeeks(3), List.of("SWEDISH"), 7, 5, 3));
        mvc.perform(get("/clients/" + client).with(as(team.therapist())))
            .andExpect(content().string(containsString("Export the whole record")))
            .andExpect(content().string(containsString("href=\"/clients/" + client + "/record.pdf\"")))
            .andExpect(content().string(containsString("href=\"/clients/" + client + "/record.json\"")));
        mvc.perform(get("/clients/" + client).with(as(team.frontDesk())))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Export the whole record"))));
    }

    @Test
    void thePdfReadsAsTheWholeRecordAndIsAudited() throws Exception {
        Team team = practices.newPractice("Export pdf");
        long client = clientOf(team, new CaseloadFixture(clients, episodes).episode(team.therapist(), "NECK_PAIN",
                LocalDate.of(2026, 3, 2), List.of("SWEDISH", "MYOFASCIAL_RELEASE"), 8, 6, 1));
        byte[] pdf = mvc.perform(get("/clients/" + client + "/record.pdf").with(as(team.therapist())))
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.APPLICATION_PDF))
            .andExpect(header().string("Content-Disposition", containsString("attachment")))
            .andReturn().getResponse().getContentAsByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Whole record of Client NECK_PAIN-", "Details", "Date of birth",
                "Neck pain, from 2 Mar 2026", "Therapist", "Referrals None", "Visit 1, 2 Mar 2026",
                "Techniques: Swedish, Myofascial release", "Pain (NPRS) 8", "Visit 3, 16 Mar 2026", "Pain (NPRS) 1");
        // no codes, apart from the test fixture's made-up client name
        assertThat(text.replaceAll("NECK_PAIN-[0-9]+", "")).doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b");
        assertThat(audited(team, client)).containsExactly("whole record, readable PDF");
    }

    @Test
    void theFhirFileIsACollectionBundleOfTheRecordAndIsAudited() throws Exception {
        Team team = practices.newPractice("Export fhir");
        long client = clientOf(team, new CaseloadFixture(clients, episodes).episode(team.therapist(), "HEADACHE",
                LocalDate.now().minusWeeks(2), List.of(), 6, 4));
        String json = mvc.perform(get("/clients/" + client + "/record.json").with(as(team.owner())))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", containsString("client-record-" + client + ".json")))
            .andReturn().getResponse().getContentAsString();
        Bundle bundle = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, json);
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        List<ResourceType> types = bundle.getEntry().stream().map(e -> e.getResource().getResourceType()).toList();
        assertThat(types).contains(ResourceType.Patient, ResourceType.EpisodeOfCare, ResourceType.Encounter,
                ResourceType.Observation);
        assertThat(audited(team, client)).singleElement().asString().startsWith("whole record, FHIR Bundle of ");
    }

    @Test
    void frontDeskAndOtherPracticesGet404() throws Exception {
        Team team = practices.newPractice("Export private");
        long client = clientOf(team, new CaseloadFixture(clients, episodes).episode(team.therapist(), "HEADACHE",
                LocalDate.now().minusWeeks(1), List.of(), 6, 5));
        Team other = practices.newPractice("Export other");
        for (String path : List.of("/record.pdf", "/record.json")) {
            mvc.perform(get("/clients/" + client + path).with(as(team.frontDesk()))).andExpect(status().isNotFound());
            mvc.perform(get("/clients/" + client + path).with(as(other.owner()))).andExpect(status().isNotFound());
        }
        assertThat(audited(team, client)).isEmpty();
    }

    private long clientOf(Team team, EpisodeId episode) {
        return episodes.find(team.therapist().asCurrentPractice(), episode).map(Episode::client).orElseThrow().value();
    }

    private List<String> audited(Team team, long client) {
        return jdbc.sql("select detail from audit_log where practice_id = :p and client_id = :c and action = 'RECORD_EXPORTED'")
            .param("p", team.id().value()).param("c", client).query(String.class).list();
    }
}
