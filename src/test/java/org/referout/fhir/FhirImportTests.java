package org.referout.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.referout.support.TestPractices.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.referout.support.DatabaseTest;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** C8 import: export → import into an empty practice → export gives the same scores and dates; bad input stores nothing. */
@DatabaseTest
@Import(FhirFixture.class)
class FhirImportTests {

    static final FhirContext FHIR = FhirContext.forR4Cached();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPractices practices;

    @Autowired
    FhirFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anExportedRecordImportedIntoAnEmptyPracticeExportsTheSameScoresAndDates() throws Exception {
        Team from = practices.newPractice("From");
        Team to = practices.newPractice("To");
        var built = fixture.client(from.therapist(), "Rosa", "Delacroix", "rosa@example.test", "541-555-0104");
        String exported = get("/fhir/Patient/" + built.client() + "/$everything", practices.token(from.therapist()));
        String importer = practices.token(to.therapist());
        String response = mvc.perform(post("/fhir").with(bearer(importer)).contentType(Codes.FHIR_JSON)
            .content(exported)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Bundle result = FHIR.newJsonParser().parseResource(Bundle.class, response);
        String patient = result.getEntry().stream().map(e -> e.getResponse().getLocation())
            .filter(location -> location != null && location.startsWith("Patient/")).findFirst().orElseThrow();
        String reimported = get("/fhir/" + patient + "/$everything", importer);
        assertThat(scores(reimported)).isEqualTo(scores(exported)).hasSize(11);
        assertThat(visits(reimported)).isEqualTo(visits(exported));
        Patient again = resource(reimported, Patient.class).get(0);
        assertThat(again.getNameFirstRep().getFamily()).isEqualTo("Delacroix");
        assertThat(again.getBirthDateElement().getValueAsString()).isEqualTo("1979-11-03");
    }

    @Test
    void oneInvalidObservationRejectsTheWholeBundleNamingEntryAndField() throws Exception {
        Team team = practices.newPractice("Reject");
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        Patient patient = new Patient();
        patient.addName().setFamily("Novak").addGiven("Pia");
        bundle.addEntry().setFullUrl("urn:uuid:0d4c4a4e-0000-4000-8000-000000000001").setResource(patient)
            .getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Patient");
        for (int value : new int[] { 6, 5, 11 }) {
            bundle.addEntry().setFullUrl("urn:uuid:0d4c4a4e-0000-4000-8000-00000000001" + value)
                .setResource(nprs(value, "2026-01-0" + (value % 9 + 1))).getRequest()
                .setMethod(Bundle.HTTPVerb.POST).setUrl("Observation");
        }
        String token = practices.token(team.therapist());
        mvc.perform(post("/fhir").with(bearer(token)).contentType(Codes.FHIR_JSON)
            .content(FHIR.newJsonParser().encodeResourceToString(bundle)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.resourceType").value("OperationOutcome"))
            .andExpect(jsonPath("$.issue[0].expression[0]").value("Bundle.entry[3].resource.value"));
        assertThat(clientsOf(team)).isZero();

        // A Patient the clients module refuses (no family name) is named the same way, after earlier entries
        // were already stored in the transaction: they are rolled back.
        bundle.getEntry().remove(3);
        Patient nameless = new Patient();
        nameless.addName().addGiven("Nobody");
        bundle.addEntry().setResource(nameless).getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Patient");
        mvc.perform(post("/fhir").with(bearer(token)).contentType(Codes.FHIR_JSON)
            .content(FHIR.newJsonParser().encodeResourceToString(bundle)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.issue[0].expression[0]").value("Bundle.entry[3].resource.name[0].family"));
        assertThat(clientsOf(team)).isZero();
        assertThat(jdbc.sql("select count(*) from visit_score where practice_id = ?").param(team.id().value())
            .query(Long.class).single()).isZero();

        bundle.getEntry().remove(3);
        mvc.perform(post("/fhir").with(bearer(token)).contentType(Codes.FHIR_JSON)
            .content(FHIR.newJsonParser().encodeResourceToString(bundle)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.type").value("transaction-response"));
        assertThat(clientsOf(team)).isEqualTo(1);
    }

    @Test
    void unreadableJsonAndOtherResourcesAreRefused() throws Exception {
        Team team = practices.newPractice("Garbage");
        String token = practices.token(team.therapist());
        mvc.perform(post("/fhir").with(bearer(token)).contentType(Codes.FHIR_JSON).content("{not json"))
            .andExpect(status().isBadRequest()).andExpect(jsonPath("$.resourceType").value("OperationOutcome"));
        mvc.perform(post("/fhir").with(bearer(token)).contentType(Codes.FHIR_JSON)
            .content("{\"resourceType\":\"Patient\"}")).andExpect(status().isBadRequest());
        mvc.perform(post("/fhir").contentType(Codes.FHIR_JSON).content("{}")).andExpect(status().isUnauthorized());
    }

    static Observation nprs(int value, String date) {
        Observation observation = new Observation();
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.setCode(ObservationMapper.code(org.referout.clinical.Measure.NPRS));
        observation.setSubject(new Reference("urn:uuid:0d4c4a4e-0000-4000-8000-000000000001"));
        observation.setEffective(new org.hl7.fhir.r4.model.DateTimeType(date));
        observation.setValue(new Quantity(value));
        return observation;
    }

    private long clientsOf(Team team) {
        return jdbc.sql("select count(*) from client where practice_id = ?").param(team.id().value())
            .query(Long.class).single();
    }

    private String get(String url, String token) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url)
            .with(bearer(token))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static <T> List<T> resource(String bundle, Class<T> type) {
        return FHIR.newJsonParser().parseResource(Bundle.class, bundle).getEntry().stream()
            .map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance).map(type::cast).toList();
    }

    /** Each score as "code date value [items]", sorted: ids differ between practices, the content must not. */
    private static List<String> scores(String bundle) {
        return resource(bundle, Observation.class).stream()
            .map(o -> o.getCode().getCodingFirstRep().getCode() + " " + o.getEffectiveDateTimeType().getValueAsString()
                    + " " + (o.hasValueQuantity() ? o.getValueQuantity().getValue().toPlainString() : "-") + " "
                    + o.getComponent().stream().map(c -> c.getCode().getText() + "="
                            + c.getValueQuantity().getValue().toPlainString()).toList())
            .sorted().toList();
    }

    private static List<String> visits(String bundle) {
        return resource(bundle, Encounter.class).stream()
            .map(e -> e.getPeriod().getStartElement().getValueAsString() + " " + e.getLength().getValue())
            .sorted().toList();
    }
}
