package org.referout.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.referout.support.TestPractices.bearer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.referout.client.ClientDetails;
import org.referout.client.ClientId;
import org.referout.client.Clients;
import org.referout.clinical.RedFlag;
import org.referout.episode.Episode;
import org.referout.episode.EpisodeId;
import org.referout.episode.Episodes;
import org.referout.intake.Intakes;
import org.referout.intake.LinkKind;
import org.referout.practice.CurrentPractice;
import org.referout.practice.PracticeId;
import org.referout.practice.Practices;
import org.referout.practice.User;
import org.referout.support.TestDatabase;
import org.referout.support.TestPractices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;

/**
 * C8 acceptance on the demo practice (C0): every resource type the server produces, fetched over HTTP for every
 * demo client, validates against the R4 base specification with the HAPI validator with zero errors. The demo has no
 * completed questionnaire of its own, so one intake and one before-visit questionnaire are answered through the
 * client's pages first. Not a {@code @DatabaseTest}: the demo is only created on an empty database, and the
 * PostgreSQL run shares one; the configuration is TenantIsolationTests', so both share one application context.
 */
@SpringBootTest(properties = "referout.demo=true")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.class)
@Import(TestPractices.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("slow")
class FhirDemoTests {

    /** Midtown Manhattan, where the demo's partners are. */
    static final String NEAR = "40.7506|-73.9972|50|km";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    TestPractices practices;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Practices practiceService;

    @Autowired
    Clients clients;

    @Autowired
    Episodes episodes;

    @Autowired
    Intakes intakes;

    String token;
    ClientId nora;
    EpisodeId rechecked;

    @BeforeAll
    void demoWithAnsweredQuestionnaires() throws Exception {
        PracticeId demo = new PracticeId(jdbc.sql("select id from practice where name = 'Calm Hands Massage'")
            .query(Long.class).single());
        User owner = practiceService.users(demo).stream().filter(u -> u.email().equals("demo@referout.example"))
            .findFirst().orElseThrow();
        token = practices.token(owner);
        CurrentPractice by = owner.asCurrentPractice();
        nora = clients.create(by, new ClientDetails("Nora", "Quill", null, null, null, null, null, null, null, null,
                null, true));
        answer(intakes.create(by, nora, LinkKind.INTAKE, null).token(), List.of(
                Map.of("firstName", "Nora", "lastName", "Quill", "dateOfBirth", "1971-06-09", "zip", "10011"),
                Map.of("complaint", "NECK_PAIN", "duration", "MONTHS", "goals", "Turn my head when driving"),
                health(RedFlag.NIGHT_PAIN),
                Map.of("nprs", "6", "peg1", "6", "peg2", "5", "peg3", "4", "activity1", "Driving", "rating1", "3"),
                Map.of("consentTreatment", "yes", "consentSharing", "yes")));
        Episode open = jdbc.sql("select id from episode where practice_id = ? and status = 'ACTIVE' order by id")
            .param(demo.value()).query(Long.class).list().stream()
            .map(id -> episodes.find(by, new EpisodeId(id)).orElseThrow())
            .filter(episode -> !episode.client().equals(nora)).findFirst().orElseThrow();
        rechecked = open.id();
        Map<String, String> scores = new LinkedHashMap<>(Map.of("nprs", "4", "peg1", "4", "peg2", "3", "peg3", "3"));
        for (int i = 1; i <= Math.max(1, open.psfsActivities().size()); i++) {
            scores.put("rating" + i, "6");
        }
        if (open.psfsActivities().isEmpty()) {
            scores.put("activity1", "Carry shopping");
        }
        answer(intakes.create(by, open.client(), LinkKind.PRE_VISIT, open.id()).token(), List.of(scores, health()));
    }

    @Test
    void everyResourceTypeTheDemoProducesValidatesWithZeroErrors() throws Exception {
        Set<String> urls = new LinkedHashSet<>(List.of("/fhir/metadata", "/fhir/Questionnaire",
                "/fhir/Questionnaire/intake", "/fhir/Questionnaire/pre-visit", "/fhir/Questionnaire/red-flags",
                "/fhir/Practitioner", "/fhir/Organization", "/fhir/Patient", "/fhir/ServiceRequest", "/fhir/Task",
                "/fhir/PractitionerRole", "/fhir/Task?status=requested", "/fhir/ServiceRequest?status=active"));
        for (Bundle.BundleEntryComponent patient : bundle("/fhir/Patient").getEntry()) {
            String id = patient.getResource().getIdPart();
            String everything = "/fhir/Patient/" + id + "/$everything";
            urls.add(everything);
            bundle(everything).getEntry().forEach(entry -> urls.add(read(entry.getResource())));
            for (String type : List.of("Observation", "Encounter", "EpisodeOfCare", "DocumentReference",
                    "QuestionnaireResponse", "ServiceRequest", "Task")) {
                urls.add("/fhir/" + type + "?patient=Patient/" + id);
            }
        }
        Set<String> specialties = new TreeSet<>();
        for (Bundle.BundleEntryComponent partner : bundle("/fhir/PractitionerRole").getEntry()) {
            PractitionerRole role = (PractitionerRole) partner.getResource();
            urls.addAll(List.of(read(role), "/fhir/Organization/" + role.getIdPart()));
            role.getSpecialty().forEach(specialty -> specialties.add(specialty.getCodingFirstRep().getCode()));
        }
        for (String code : specialties) {
            String search = "/fhir/PractitionerRole?specialty=" + Codes.NUCC + "|" + code + "&location.near=" + NEAR
                    + "&_count=5";
            urls.add(search);
            for (Bundle.BundleEntryComponent entry : bundle(search).getEntry()) {
                PractitionerRole role = (PractitionerRole) entry.getResource();
                urls.add(read(role));
                role.getLocation().forEach(location -> urls.add("/fhir/" + location.getReference()));
                if (role.hasOrganization()) {
                    urls.add("/fhir/" + role.getOrganization().getReference());
                }
            }
        }
        Map<String, List<String>> failures = new LinkedHashMap<>();
        Set<String> types = new TreeSet<>();
        for (String url : urls) {
            String body = mvc.perform(get(url).with(bearer(token))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
            Resource resource = (Resource) FhirContext.forR4Cached().newJsonParser().parseResource(body);
            types.add(resource.fhirType());
            if (resource instanceof Bundle bundle) {
                bundle.getEntry().forEach(entry -> types.add(entry.getResource().fhirType()));
            }
            List<String> errors = FhirValidation.errors(resource);
            if (!errors.isEmpty()) {
                failures.put(url, errors);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(types).containsAll(List.of("Patient", "Observation", "Encounter", "EpisodeOfCare", "Practitioner",
                "PractitionerRole", "Organization", "Location", "Questionnaire", "QuestionnaireResponse",
                "ServiceRequest", "Task", "CapabilityStatement", "DocumentReference", "Bundle"));
    }

    @Test
    void everythingHoldsQuestionnaireResponsesNotesAndReferrals() throws Exception {
        Bundle everything = bundle("/fhir/Patient/" + nora + "/$everything");
        QuestionnaireResponse intake = everything.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
            .filter(QuestionnaireResponse.class::isInstance).map(QuestionnaireResponse.class::cast).findFirst()
            .orElseThrow();
        assertThat(intake.getQuestionnaire()).isEqualTo(Codes.QUESTIONNAIRE + "intake");
        assertThat(intake.getSubject().getReference()).isEqualTo("Patient/" + nora);
        assertThat(intake.getItem()).extracting(QuestionnaireResponse.QuestionnaireResponseItemComponent::getLinkId)
            .containsExactly("about-you", "problem", "health", "measures", "consent");
        var answers = new LinkedHashMap<String, Object>();
        intake.getItem().forEach(page -> page.getItem().forEach(item -> answers.put(item.getLinkId(),
                item.getAnswerFirstRep().getValue().primitiveValue() != null
                        ? item.getAnswerFirstRep().getValue().primitiveValue()
                        : ((Coding) item.getAnswerFirstRep().getValue()).getCode())));
        assertThat(answers).containsEntry("nprs", "6").containsEntry("complaint", "NECK_PAIN")
            .containsEntry("flags.NIGHT_PAIN", "true").containsEntry("flags.SADDLE_NUMBNESS", "false")
            .containsEntry("dateOfBirth", "1971-06-09").containsEntry("consentTreatment", "true");
        assertThat(bundle("/fhir/QuestionnaireResponse?subject=Patient/" + nora).getEntry()).hasSize(1);
        mvc.perform(get("/fhir/QuestionnaireResponse/" + intake.getIdPart()).with(bearer(token)))
            .andExpect(status().isOk()).andExpect(jsonPath("$.questionnaire").value(Codes.QUESTIONNAIRE + "intake"));
        // The baseline visit the intake recorded carries its note, so the notes are in the record too.
        assertThat(everything.getEntry()).extracting(e -> e.getResource().fhirType()).contains("DocumentReference");
        ClientId referred = new ClientId(jdbc.sql("select min(client_id) from referral r join practice p on p.id = "
                + "r.practice_id where p.name = 'Calm Hands Massage' and r.status <> 'DRAFT'").query(Long.class).single());
        assertThat(bundle("/fhir/Patient/" + referred + "/$everything").getEntry())
            .extracting(e -> e.getResource().fhirType()).contains("ServiceRequest", "Task", "DocumentReference");
    }

    @Test
    void referralsAreSearchedByPatientStatusAndFocus() throws Exception {
        List<Task> all = resources(bundle("/fhir/Task"), Task.class);
        assertThat(all).isNotEmpty();
        Task one = all.get(0);
        assertThat(resources(bundle("/fhir/Task?focus=ServiceRequest/" + one.getIdPart()), Task.class))
            .extracting(Task::getIdPart).containsExactly(one.getIdPart());
        assertThat(resources(bundle("/fhir/Task?status=" + one.getStatus().toCode()), Task.class))
            .isNotEmpty().allMatch(task -> task.getStatus() == one.getStatus());
        String patient = one.getFor().getReference();
        assertThat(resources(bundle("/fhir/ServiceRequest?patient=" + patient), ServiceRequest.class))
            .isNotEmpty().allMatch(request -> request.getSubject().getReference().equals(patient));
        assertThat(resources(bundle("/fhir/ServiceRequest?status=revoked&patient=" + patient), ServiceRequest.class))
            .allMatch(request -> request.getStatus() == ServiceRequest.ServiceRequestStatus.REVOKED);
        badRequest("/fhir/Task?status=bogus", "status");
        badRequest("/fhir/ServiceRequest?status=", "status");
    }

    @Test
    void practitionerRolesAreFoundBySpecialtyNearAPointNearestFirst() throws Exception {
        List<PractitionerRole> massage = resources(bundle("/fhir/PractitionerRole?specialty=225700000X&location.near="
                + NEAR + "&_count=200"), PractitionerRole.class);
        assertThat(massage).isNotEmpty().allMatch(role -> role.getSpecialty().stream()
            .anyMatch(s -> s.getCodingFirstRep().getSystem().equals(Codes.NUCC)
                    && s.getCodingFirstRep().getCode().equals("225700000X")));
        // the partner added by hand (no NPI) in Brooklyn is found beside the national providers
        assertThat(massage).extracting(PractitionerRole::getIdPart).anyMatch(id -> id.startsWith("partner-"))
            .anyMatch(id -> id.matches("\\d{10}"));
        assertThat(resources(bundle("/fhir/PractitionerRole?specialty=225700000X&location.near=40.7506|-73.9972|1|km"),
                PractitionerRole.class).size()).isLessThan(massage.size());
        badRequest("/fhir/PractitionerRole?specialty=massage&location.near=" + NEAR, "specialty");
        badRequest("/fhir/PractitionerRole?specialty=999999999X&location.near=" + NEAR, "specialty");
        badRequest("/fhir/PractitionerRole?specialty=http://loinc.org|225700000X", "specialty");
        badRequest("/fhir/PractitionerRole?location.near=" + NEAR, "specialty");
        badRequest("/fhir/PractitionerRole?specialty=225700000X&location.near=abc", "location.near");
        badRequest("/fhir/PractitionerRole?specialty=225700000X&location.near=40|-73|10|mi", "location.near");
        badRequest("/fhir/PractitionerRole?specialty=225700000X&location.near=40|-73|900", "location.near");
        badRequest("/fhir/PractitionerRole?specialty=225700000X&location.near=95|-73", "location.near");
        badRequest("/fhir/PractitionerRole?specialty=225700000X&location.near=" + NEAR + "&_count=-1", "_count");
        // total is every match whatever the page size, and next pages on (issue 18: _count=2 said total 2)
        Bundle two = bundle("/fhir/PractitionerRole?specialty=225700000X&location.near=" + NEAR + "&_count=2");
        Bundle most = bundle("/fhir/PractitionerRole?specialty=225700000X&location.near=" + NEAR + "&_count=200");
        assertThat(two.getEntry()).hasSize(2);
        assertThat(two.getTotal()).isEqualTo(most.getTotal()).isEqualTo(massage.size());
        assertThat(two.getLink("next").getUrl()).contains("_offset=2");
        for (String missing : List.of("/fhir/PractitionerRole/123", "/fhir/PractitionerRole/partner-x",
                "/fhir/Location/0000000000", "/fhir/Organization/partner-99999999", "/fhir/Questionnaire/nope",
                "/fhir/QuestionnaireResponse/abc")) {
            mvc.perform(get(missing).with(bearer(token))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.resourceType").value("OperationOutcome"));
        }
    }

    private void badRequest(String url, String parameter) throws Exception {
        mvc.perform(get(url).with(bearer(token))).andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.resourceType").value("OperationOutcome"))
            .andExpect(jsonPath("$.issue[0].expression[0]").value(parameter));
    }

    private static String read(Resource resource) {
        return "/fhir/" + resource.fhirType() + "/" + resource.getIdPart();
    }

    private Bundle bundle(String url) throws Exception {
        String body = mvc.perform(get(url).with(bearer(token))).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString();
        return FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, body);
    }

    private static <T> List<T> resources(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
            .map(type::cast).toList();
    }

    private static Map<String, String> health(RedFlag... yes) {
        var answers = new LinkedHashMap<String, String>();
        for (RedFlag flag : RedFlag.values()) {
            answers.put("flags." + flag.name(), List.of(yes).contains(flag) ? "yes" : "no");
        }
        return answers;
    }

    /** Answers each page of a link as the client's browser posts it; every page must be accepted. */
    private void answer(String linkToken, List<Map<String, String>> pages) throws Exception {
        String address = "10.77.0." + ADDRESSES.incrementAndGet();
        for (int i = 0; i < pages.size(); i++) {
            var params = new LinkedMultiValueMap<String, String>();
            pages.get(i).forEach(params::add);
            mvc.perform(post("/intake/" + linkToken + "/step/" + (i + 1)).params(params).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })).andExpect(status().is3xxRedirection());
        }
    }
}
