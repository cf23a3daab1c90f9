package org.referout.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.referout.support.TestPractices.as;
import static org.referout.support.TestPractices.bearer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.referout.support.ReferOutTest;
import org.referout.support.TestPractices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/** The sender's pages, the PDFs and the API, including tenant isolation (404 for another practice's ids). */
@ReferOutTest
@Import(ReferralFixtures.class)
class ReferralPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Referrals referrals;
    @Autowired
    TestPractices practices;
    @Autowired
    ReferralFixtures fixtures;

    TestPractices.Team team;
    ReferralFixtures.Plateau plateau;
    RecipientId chiropractor;
    ReferralId referral;

    @BeforeEach
    void setUp() {
        team = practices.newPractice("Pages");
        var therapist = team.therapist().asCurrentPractice();
        plateau = fixtures.plateau(therapist, "Carla", "Chen");
        chiropractor = referrals.addRecipient(therapist, RecipientDetails.byHand("Dr Quentin Spine", "Chiropractor",
                null, "555-0111"));
        referral = referrals.create(therapist, plateau.episode(), new NewReferral(Urgency.ROUTINE,
                "No important change after five visits", "Please assess the lumbar spine.", "HAND",
                List.of(chiropractor)));
        referrals.recordConsent(therapist, referral, chiropractor, new ConsentGiven("Carla Chen",
                ConsentMethod.IN_PERSON, DataShared.all()));
        referrals.send(therapist, referral, List.of(chiropractor));
    }

    @Test
    void theLetterIsARealPdfWithClientRecipientReasonLinkAndChartButNotTheCode() throws Exception {
        byte[] pdf = mvc.perform(get("/referrals/" + referral + "/letter/" + chiropractor + ".pdf")
            .with(as(team.therapist())))
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.APPLICATION_PDF))
            .andReturn().getResponse().getContentAsByteArray();
        String code = referrals.credentials(team.therapist().asCurrentPractice(), referral, chiropractor)
            .orElseThrow().code();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Carla Chen", "Dr Quentin Spine", "No important change after five visits",
                    "/r/", "separately from the link");
            // the code travels in its own e-mail: the letter alone must not open the referral
            assertThat(text).doesNotContain(code);
            assertThat(drawings(document)).as("the chart").isGreaterThan(0);
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);
            assertThat(page.getWidth()).isGreaterThan(100);
            // to look at, beside the browser screenshots
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                javax.imageio.ImageIO.write(new PDFRenderer(document).renderImageWithDPI(i, 96), "png",
                        java.nio.file.Path.of("target", "screenshots", "referral-letter-page-" + (i + 1) + ".png").toFile());
            }
        }
    }

    @Test
    void theHandoutSaysWhoWhyWhatToBringAndHowToBook() throws Exception {
        byte[] pdf = mvc.perform(get("/referrals/" + referral + "/handout.pdf").with(as(team.therapist())))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Carla", "Dr Quentin Spine", "555-0111", "What to bring", "How to book",
                    "No important change after five visits");
            new PDFRenderer(document).renderImageWithDPI(0, 72);
        }
    }

    @Test
    void anotherPracticeAndFrontDeskGet404Everywhere() throws Exception {
        var stranger = practices.newPractice("Stranger");
        String token = practices.token(stranger.therapist());
        for (var user : List.of(stranger.therapist(), stranger.owner(), team.frontDesk())) {
            mvc.perform(get("/referrals/" + referral).with(as(user))).andExpect(status().isNotFound());
            mvc.perform(get("/referrals/" + referral + "/letter/" + chiropractor + ".pdf").with(as(user)))
                .andExpect(status().isNotFound());
            mvc.perform(get("/referrals/" + referral + "/handout.pdf").with(as(user)))
                .andExpect(status().isNotFound());
            mvc.perform(post("/referrals/" + referral + "/send").with(as(user)).with(csrf()))
                .andExpect(status().isNotFound());
            mvc.perform(get("/episodes/" + plateau.episode() + "/referrals/new").with(as(user)))
                .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/referrals/" + referral).with(bearer(token))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/referrals/" + referral + "/send").with(bearer(token)))
            .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/referrals").with(bearer(token)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void theNewReferralPageProposesProviderTypesAndCreatesADraft() throws Exception {
        mvc.perform(get("/episodes/" + plateau.episode() + "/referrals/new").with(as(team.therapist())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Physical therapist")))
            .andExpect(content().string(Matchers.containsString("Chiropractor")))
            .andExpect(content().string(Matchers.containsString("Low back pain")));

        mvc.perform(post("/episodes/" + plateau.episode() + "/referrals").with(as(team.therapist())).with(csrf())
            .param("urgency", "ROUTINE").param("reason", "").param("recipients", chiropractor.toString()))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("this is required")));

        mvc.perform(post("/episodes/" + plateau.episode() + "/referrals").with(as(team.therapist())).with(csrf())
            .param("urgency", "URGENT").param("reason", "Worse at night").param("recipients", chiropractor.toString()))
            .andExpect(status().is3xxRedirection());
    }

    @Test
    void theDetailPageShowsTheLinkCodeAndTimelineAndRecordsConsentFromTheForm() throws Exception {
        var therapist = team.therapist().asCurrentPractice();
        RecipientId second = referrals.addRecipient(therapist, RecipientDetails.byHand("Dr Pat Physio",
                "Physical therapist", "pat@physio.test", null));
        referrals.addAddressee(therapist, referral, second);

        mvc.perform(post("/referrals/" + referral + "/consent").with(as(team.therapist())).with(csrf())
            .param("recipient", second.toString()).param("givenBy", "Carla Chen").param("method", "IN_PERSON")
            .param("summary", "true"))
            .andExpect(status().is3xxRedirection());
        var consent = referrals.addressees(therapist, referral).stream()
            .filter(a -> a.recipient().id().equals(second)).findFirst().orElseThrow().consent();
        assertThat(consent.shares()).isEqualTo(new DataShared(true, false, false, false, false));

        String code = referrals.credentials(therapist, referral, chiropractor).orElseThrow().code();
        mvc.perform(get("/referrals/" + referral).with(as(team.therapist())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString(code)))
            // the timeline's steps in words (issue 16); the stored kind stays in data-kind for scripts and tests
            .andExpect(content().string(Matchers.containsString("<strong>Consent recorded</strong>")))
            .andExpect(content().string(Matchers.containsString("<strong>Sent to</strong>")))
            .andExpect(content().string(Matchers.containsString("data-kind=\"SENT_TO\"")));
        mvc.perform(get("/referrals").with(as(team.therapist())))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("Carla Chen")));
    }

    /**
     * Issue 16 item 4: a step of the referral page that fails shows the page again with the summary linking to the
     * step's own control, the message by it and what was typed, not a bare error page; nothing is recorded.
     */
    @Test
    void aFailedConsentComesBackOnTheReferralPageWithWhatWasTyped() throws Exception {
        var therapist = team.therapist().asCurrentPractice();
        RecipientId second = referrals.addRecipient(therapist, RecipientDetails.byHand("Dr Pat Physio",
                "Physical therapist", "pat@physio.test", null));
        referrals.addAddressee(therapist, referral, second);
        String tooLong = "Carla " + "C".repeat(200);

        mvc.perform(post("/referrals/" + referral + "/consent").with(as(team.therapist())).with(csrf())
            .param("recipient", second.toString()).param("givenBy", tooLong).param("method", "IN_PERSON")
            .param("summary", "true"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(Matchers.containsString("That step was not done yet. Please check:")))
            .andExpect(content().string(Matchers.containsString("href=\"#given-by-" + second + "\"")))
            .andExpect(content().string(Matchers.containsString("value=\"" + tooLong + "\"")))
            .andExpect(content().string(Matchers.containsString("id=\"given-by-" + second + "-error\"")));
        assertThat(referrals.addressees(therapist, referral).stream()
            .filter(a -> a.recipient().id().equals(second)).findFirst().orElseThrow().consented()).isFalse();

        mvc.perform(post("/referrals/" + referral + "/close").with(as(team.therapist())).with(csrf())
            .param("note", "x".repeat(5000)))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(Matchers.containsString("<h1>Referral for")));
    }

    /** Issue 16 item 4: a referral to nobody is refused on the form and by the API, and nothing is stored. */
    @Test
    void aReferralWithoutARecipientIsRefusedKeepingWhatWasTyped() throws Exception {
        int before = referrals.list(team.therapist().asCurrentPractice()).size();
        String page = mvc.perform(post("/episodes/" + plateau.episode() + "/referrals").with(as(team.therapist()))
                .with(csrf()).param("urgency", "URGENT").param("reason", "Typed reason, kept")
                .param("question", "Typed question, kept"))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("class=\"errors\" role=\"alert\"", "href=\"#recipients\"",
                "id=\"recipients-error\"", "choose at least one recipient", "Typed reason, kept</textarea>",
                "Typed question, kept</textarea>");
        assertThat(page).containsPattern("<option value=\"URGENT\" selected");

        String token = practices.token(team.therapist());
        mvc.perform(post("/api/v1/referrals").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"episodeId\":" + plateau.episode() + ",\"urgency\":\"ROUTINE\",\"reason\":\"API\","
                        + "\"recipients\":[]}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("recipients"));
        mvc.perform(post("/api/v1/referrals").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"episodeId\":" + plateau.episode() + ",\"urgency\":\"ROUTINE\",\"reason\":\"API\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("recipients"));
        assertThat(referrals.list(team.therapist().asCurrentPractice())).hasSize(before);
    }

    @Test
    void theApiCreatesSendsAndRefusesWithoutConsent() throws Exception {
        String token = practices.token(team.therapist());
        String body = mvc.perform(post("/api/v1/referrals").with(bearer(token)).contentType(MediaType.APPLICATION_JSON)
            .content("{\"episodeId\":" + plateau.episode() + ",\"urgency\":\"ROUTINE\",\"reason\":\"API reason\","
                    + "\"recipients\":[" + chiropractor + "]}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.referral.status").value("DRAFT"))
            // identifiers are plain numbers, as everywhere in the API
            .andExpect(jsonPath("$.referral.id").isNumber())
            .andExpect(jsonPath("$.referral.episodeId").value(plateau.episode().value()))
            .andExpect(jsonPath("$.referral.clientId").isNumber())
            .andExpect(jsonPath("$.recipients[0].recipient.id").value(chiropractor.value()))
            .andExpect(jsonPath("$.timeline[0].referralId").isNumber())
            .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.referral.id")).longValue();
        mvc.perform(get("/api/v1/referrals").with(bearer(token))).andExpect(status().isOk())
            .andExpect(jsonPath("$[?(@.id == " + id + ")].episodeId", Matchers.contains((int) plateau.episode().value())));
        mvc.perform(get("/api/v1/recipients").with(bearer(token))).andExpect(status().isOk())
            .andExpect(jsonPath("$[?(@.id == " + chiropractor.value() + ")].name").isNotEmpty());

        mvc.perform(post("/api/v1/referrals/" + id + "/send").with(bearer(token)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("consent"));
        mvc.perform(post("/api/v1/referrals/" + id + "/consent").with(bearer(token))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"recipient\":" + chiropractor + ",\"givenBy\":\"Carla Chen\",\"method\":\"IN_PERSON\","
                    + "\"shares\":{\"summary\":true,\"scores\":true,\"notes\":false,\"redFlags\":true}}"))
            .andExpect(status().isOk());
        mvc.perform(post("/api/v1/referrals/" + id + "/send").with(bearer(token)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.referral.status").value("SENT"));
        mvc.perform(post("/api/v1/referrals/" + id + "/close").with(bearer(token)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("from SENT to CLOSED")));
    }

    /** Pictures and vector drawings (the chart is drawn as a form XObject) on the document's pages. */
    private static int drawings(PDDocument document) throws Exception {
        int count = 0;
        for (var page : document.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject
                        || page.getResources().getXObject(name) instanceof PDFormXObject) {
                    count++;
                }
            }
        }
        return count;
    }
}
