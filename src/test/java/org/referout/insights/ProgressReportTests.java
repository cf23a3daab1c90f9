package org.referout.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.referout.support.TestPractices.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.referout.client.Clients;
import org.referout.episode.EpisodeId;
import org.referout.episode.Episodes;
import org.referout.support.DatabaseTest;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The client progress report PDF, read back with PDFBox. */
@DatabaseTest
class ProgressReportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPractices practices;

    @Autowired
    Clients clients;

    @Autowired
    Episodes episodes;

    @Test
    void theReportCarriesSummaryStatusAndEveryScore() throws Exception {
        Team team = practices.newPractice("Report");
        EpisodeId id = new CaseloadFixture(clients, episodes).episode(team.therapist(), "NECK_PAIN",
                LocalDate.now().minusWeeks(4), List.of("SWEDISH", "MYOFASCIAL_RELEASE"), 8, 6, 1);
        byte[] pdf = mvc.perform(get("/episodes/" + id.value() + "/report.pdf").with(as(team.therapist())))
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.APPLICATION_PDF))
            .andReturn().getResponse().getContentAsByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Progress report", "Report Massage", "Client NECK_PAIN-", "Neck pain",
                "Swedish, Myofascial release", "Visits 3", "Status: Recovered", "Pain (NPRS) 8", "Pain (NPRS) 6",
                "Pain (NPRS) 1", "Progress chart", "It is not a diagnosis.");
    }

    @Test
    void frontDeskAndOtherPracticesGet404() throws Exception {
        Team team = practices.newPractice("Report private");
        EpisodeId id = new CaseloadFixture(clients, episodes).episode(team.therapist(), "HEADACHE",
                LocalDate.now().minusWeeks(1), List.of(), 6, 5);
        mvc.perform(get("/episodes/" + id.value() + "/report.pdf").with(as(team.frontDesk())))
            .andExpect(status().isNotFound());
        Team other = practices.newPractice("Report other");
        mvc.perform(get("/episodes/" + id.value() + "/report.pdf").with(as(other.owner())))
            .andExpect(status().isNotFound());
    }
}
