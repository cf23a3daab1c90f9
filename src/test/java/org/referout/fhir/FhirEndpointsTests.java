package org.referout.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.referout.support.TestPractices.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.referout.support.DatabaseTest;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** C8 over HTTP: what every FHIR route returns validates, is tenant-scoped (404) and needs a token (401). */
@DatabaseTest
@Import(FhirFixture.class)
@Tag("slow")
class FhirEndpointsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPractices practices;

    @Autowired
    FhirFixture fixture;

    @Autowired
    org.referout.intake.RedFlags redFlags;

    @Test
    void everyResourceTheServerProducesValidatesWithZeroErrors() throws Exception {
        Team team = practices.newPractice("Valid");
        var built = fixture.client(team.therapist(), "Marisol", "Quintero", "marisol@example.test", "541-555-0188");
        String token = practices.token(team.therapist());
        List<String> urls = new ArrayList<>(readUrls(team, built));
        urls.addAll(List.of("/fhir/Patient?name=quint", "/fhir/Patient/" + built.client() + "/$everything",
                "/fhir/Observation?patient=Patient/" + built.client(), "/fhir/Encounter?patient=" + built.client(),
                "/fhir/EpisodeOfCare?patient=" + built.client(), "/fhir/Practitioner", "/fhir/Organization",
                "/fhir/metadata"));
        for (String url : urls) {
            String body = mvc.perform(get(url).with(bearer(token))).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(Codes.FHIR_JSON))
                .andReturn().getResponse().getContentAsString();
            assertThat(FhirValidation.errors(body)).as(url).isEmpty();
        }
    }

    @Test
    void everythingHoldsTheWholeRecordAndSearchFiltersByCode() throws Exception {
        Team team = practices.newPractice("Everything");
        var built = fixture.client(team.therapist(), "Ines", "Okafor", "ines@example.test", "541-555-0101");
        String token = practices.token(team.therapist());
        Bundle everything = bundle("/fhir/Patient/" + built.client() + "/$everything", token);
        assertThat(everything.getEntry()).extracting(e -> e.getResource().fhirType())
            .contains("Patient", "Organization", "Practitioner", "EpisodeOfCare", "Encounter", "Observation");
        // 5 visits: NPRS+PEG, NPRS+PEG+GROC twice, PSFS, PSFS+GROC
        assertThat(everything.getEntry()).filteredOn(e -> e.getResource() instanceof Observation).hasSize(11);
        Bundle nprs = bundle("/fhir/Observation?patient=" + built.client() + "&code=http://loinc.org|72514-3", token);
        assertThat(nprs.getEntry()).extracting(e -> ((Observation) e.getResource()).getValueQuantity().getValue()
            .intValue()).containsExactly(7, 5, 3);
        Bundle peg = bundle("/fhir/Observation?patient=" + built.client() + "&code=91148-7", token);
        assertThat(peg.getEntry()).hasSize(3);
        Bundle psfs = bundle("/fhir/Observation?patient=" + built.client() + "&code=PSFS", token);
        assertThat(psfs.getEntry()).hasSize(2);
        Observation first = (Observation) nprs.getEntryFirstRep().getResource();
        assertThat(first.getPerformerFirstRep().getReference()).isEqualTo("Practitioner/" + team.therapist().id());
        assertThat(first.getEncounter().getReference()).startsWith("Encounter/");
    }

    @Test
    void anotherPracticesIdsAre404WithAnOperationOutcomeAndNoTokenIs401() throws Exception {
        Team ours = practices.newPractice("Ours");
        Team theirs = practices.newPractice("Theirs");
        var built = fixture.client(ours.therapist(), "Tomas", "Lindqvist", "tomas@example.test", "541-555-0102");
        String stranger = practices.token(theirs.owner());
        for (String url : readUrls(ours, built)) {
            mvc.perform(get(url).with(bearer(stranger))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.resourceType").value("OperationOutcome"));
            mvc.perform(get(url)).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/fhir/Patient/" + built.client() + "/$everything").with(bearer(stranger)))
            .andExpect(status().isNotFound());
        for (String search : List.of("/fhir/Patient?name=Lindqvist", "/fhir/Observation?patient=" + built.client(),
                "/fhir/Encounter?patient=" + built.client(), "/fhir/EpisodeOfCare?patient=" + built.client())) {
            assertThat(bundle(search, stranger).getEntry()).as(search).isEmpty();
            mvc.perform(get(search)).andExpect(status().isUnauthorized());
        }
        assertThat(bundle("/fhir/Practitioner", stranger).getEntry()).extracting(e -> e.getResource().getIdPart())
            .doesNotContain(ours.therapist().id().toString());
        // the CapabilityStatement is public, as FHIR servers make it; it holds no practice's data
        mvc.perform(get("/fhir/metadata")).andExpect(status().isOk());
    }

    @Test
    void frontDeskSeesPatientsButNoClinicalResources() throws Exception {
        Team team = practices.newPractice("Desk");
        var built = fixture.client(team.therapist(), "Lena", "Brandt", "lena@example.test", "541-555-0103");
        String desk = practices.token(team.frontDesk());
        mvc.perform(get("/fhir/Patient/" + built.client()).with(bearer(desk))).andExpect(status().isOk());
        assertThat(bundle("/fhir/Observation?patient=" + built.client(), desk).getEntry()).isEmpty();
        mvc.perform(get("/fhir/EpisodeOfCare/" + built.nprsEpisode()).with(bearer(desk)))
            .andExpect(status().isNotFound());
    }

    @Test
    void theClientsRedFlagsAreFlagsOfThePatientFromAnyEpisode() throws Exception {
        Team team = practices.newPractice("Flags");
        var built = fixture.client(team.therapist(), "Rosa", "Mendes", "rosa@example.test", "541-555-0104");
        var therapist = team.therapist().asCurrentPractice();
        // answered on the neck episode; cleared on the same client's other flag
        redFlags.review(therapist, built.psfsEpisode(), java.util.Map.of("SADDLE_NUMBNESS", true, "NIGHT_PAIN", true));
        redFlags.clear(therapist, built.psfsEpisode(), "NIGHT_PAIN", "Seen by GP on 3 March");
        String token = practices.token(team.therapist());

        Bundle flags = bundle("/fhir/Flag?patient=Patient/" + built.client(), token);
        assertThat(flags.getEntry()).extracting(e -> ((Flag) e.getResource()).getStatus().toCode() + " "
                + ((Flag) e.getResource()).getCode().getCodingFirstRep().getCode())
            .containsExactly("active SADDLE_NUMBNESS", "inactive NIGHT_PAIN");
        assertThat(((Flag) flags.getEntry().get(0).getResource()).getSubject().getReference())
            .isEqualTo("Patient/" + built.client());
        Bundle everything = bundle("/fhir/Patient/" + built.client() + "/$everything", token);
        assertThat(everything.getEntry()).filteredOn(e -> e.getResource() instanceof Flag).hasSize(2);
        for (String url : readUrls(team, built)) {
            String body = mvc.perform(get(url).with(bearer(token))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
            assertThat(FhirValidation.errors(body)).as(url).isEmpty();
        }
        String desk = practices.token(team.frontDesk());
        assertThat(bundle("/fhir/Flag?patient=Patient/" + built.client(), desk).getEntry()).isEmpty();
        mvc.perform(get("/fhir/Flag/" + built.client() + "-saddle-numbness").with(bearer(desk)))
            .andExpect(status().isNotFound());
        String stranger = practices.token(practices.newPractice("FlagStranger").therapist());
        assertThat(bundle("/fhir/Flag?patient=Patient/" + built.client(), stranger).getEntry()).isEmpty();
    }

    private List<String> readUrls(Team team, FhirFixture.Built built) throws Exception {
        String token = practices.token(team.therapist());
        Bundle everything = bundle("/fhir/Patient/" + built.client() + "/$everything", token);
        return everything.getEntry().stream()
            .map(e -> "/fhir/" + e.getResource().fhirType() + "/" + e.getResource().getIdPart())
            .toList();
    }

    private Bundle bundle(String url, String token) throws Exception {
        String body = mvc.perform(get(url).with(bearer(token))).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString();
        return FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, body);
    }
}
