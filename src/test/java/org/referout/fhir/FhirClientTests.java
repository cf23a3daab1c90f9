package org.referout.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.rest.gclient.TokenClientParam;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.referout.client.ClientDetails;
import org.referout.client.Clients;
import org.referout.support.PostgresqlAvailable;
import org.referout.support.TestClockConfiguration;
import org.referout.support.TestDatabase;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * /fhir as an independent client sees it: HAPI's generic client over real HTTP against the running server, over
 * every declared interaction and parameter (R4 http.html and search.html), plus raw HTTP for what a client library
 * would not send (an unencoded bar, XML, no body).
 */
@Tag("db")
@ExtendWith(PostgresqlAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
@Import({ TestPractices.class, TestClockConfiguration.class, FhirFixture.class })
class FhirClientTests {

    static final FhirContext FHIR = FhirContext.forR4Cached();

    @LocalServerPort
    int port;

    @Autowired
    TestPractices practices;

    @Autowired
    FhirFixture fixture;

    @Autowired
    Clients clients;

    @Autowired
    JdbcClient jdbc;

    String base;

    @BeforeEach
    void base() {
        base = "http://localhost:" + port + "/fhir";
        FHIR.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
    }

    IGenericClient client(String token) {
        IGenericClient client = FHIR.newRestfulGenericClient(base);
        client.setEncoding(EncodingEnum.JSON);
        if (token != null) {
            client.registerInterceptor(new BearerTokenAuthInterceptor(token));
        }
        return client;
    }

    @Test
    void metadataIsPublicAndDeclaresTheParametersServed() {
        CapabilityStatement statement = client(null).capabilities().ofType(CapabilityStatement.class).execute();
        assertThat(FhirValidation.errors(statement)).isEmpty();
        var patient = statement.getRestFirstRep().getResource().stream().filter(r -> r.getType().equals("Patient"))
            .findFirst().orElseThrow();
        assertThat(patient.getSearchParam()).extracting(p -> p.getName())
            .contains("_id", "identifier", "name", "family", "given", "birthdate");
        assertThat(statement.getRestFirstRep().getDocumentation()).contains("at most " + Search.MAX_COUNT)
            .contains("If-Match is not applicable");
        // read-only: no update (so no If-Match); versioned where the record has a version, said where not
        for (var resource : statement.getRestFirstRep().getResource()) {
            assertThat(resource.getInteraction()).extracting(i -> i.getCode())
                .as(resource.getType()).doesNotContain(CapabilityStatement.TypeRestfulInteraction.UPDATE,
                        CapabilityStatement.TypeRestfulInteraction.PATCH,
                        CapabilityStatement.TypeRestfulInteraction.DELETE,
                        CapabilityStatement.TypeRestfulInteraction.VREAD);
            boolean unversioned = Set.of("Practitioner", "PractitionerRole", "Location", "Questionnaire")
                .contains(resource.getType());
            assertThat(resource.getVersioning()).as(resource.getType()).isEqualTo(unversioned
                    ? CapabilityStatement.ResourceVersionPolicy.NOVERSION
                    : CapabilityStatement.ResourceVersionPolicy.VERSIONED);
            assertThat(resource.getDocumentation()).as(resource.getType())
                .contains(unversioned ? "No meta.versionId, meta.lastUpdated or ETag" : "If-Match does not apply");
        }
        assertThatThrownBy(() -> client(null).read().resource(Patient.class).withId("1").execute())
            .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void pagingReachesEveryPatientOfAPracticeWithMoreThan250Clients() {
        Team team = practices.newPractice("Large");
        var by = team.therapist().asCurrentPractice();
        for (int i = 0; i < 260; i++) {
            clients.create(by, new ClientDetails("Given" + i, String.format("Family%03d", i), null, null, null, null,
                    null, null, null, null, null, false));
        }
        IGenericClient fhir = client(practices.token(team.therapist()));
        Bundle page = fhir.search().forResource(Patient.class).count(100).returnBundle(Bundle.class).execute();
        assertThat(page.getTotal()).isEqualTo(260);
        assertThat(page.getLink("self").getUrl()).contains("_count=100");
        Set<String> ids = new HashSet<>();
        int pages = 0;
        while (true) {
            pages++;
            assertThat(FhirValidation.errors(page)).isEmpty();
            page.getEntry().forEach(e -> assertThat(ids.add(e.getResource().getIdPart())).isTrue());
            if (page.getLink("next") == null) {
                break;
            }
            page = fhir.loadPage().next(page).execute();
        }
        assertThat(ids).hasSize(260);
        assertThat(pages).isEqualTo(3);
        Bundle back = fhir.loadPage().previous(page).execute();
        assertThat(back.getEntry()).hasSize(100);
        // _count above the maximum is served at the maximum; _count=0 gives the total only
        Bundle most = fhir.search().forResource(Patient.class).count(1000).returnBundle(Bundle.class).execute();
        assertThat(most.getEntry()).hasSize(Search.MAX_COUNT);
        assertThat(most.getLink("self").getUrl()).contains("_count=" + Search.MAX_COUNT);
        Bundle none = fhir.search().byUrl("Patient?_count=0").returnBundle(Bundle.class).execute();
        assertThat(none.getTotal()).isEqualTo(260);
        assertThat(none.getEntry()).isEmpty();
        Bundle five = fhir.search().forResource(Patient.class).count(5).returnBundle(Bundle.class).execute();
        assertThat(five.getEntry()).hasSize(5);
        assertThat(five.getTotal()).isEqualTo(260);
    }

    @Test
    void patientSearchParametersFollowR4() {
        Team team = practices.newPractice("Params");
        var by = team.therapist().asCurrentPractice();
        var alvarez = clients.create(by, new ClientDetails("Maria", "Alvarez-Ruiz", LocalDate.of(1999, 10, 15),
                "varez@example.test", "541-555-0155", null, null, null, null, null, null, false));
        var lee = clients.create(by, new ClientDetails("Ann", "Lee", LocalDate.of(1980, 1, 2), "ann@example.test",
                "541-555-0166", null, null, null, null, null, null, false));
        IGenericClient fhir = client(practices.token(team.therapist()));
        assertThat(ids(fhir, "Patient?name=alv")).containsExactly(alvarez.toString());
        assertThat(ids(fhir, "Patient?name=ruiz")).containsExactly(alvarez.toString());
        assertThat(ids(fhir, "Patient?name=varez")).isEmpty();
        assertThat(ids(fhir, "Patient?name=555")).isEmpty();
        assertThat(ids(fhir, "Patient?name:contains=varez")).containsExactly(alvarez.toString());
        assertThat(ids(fhir, "Patient?name:exact=Lee")).containsExactly(lee.toString());
        assertThat(ids(fhir, "Patient?name:exact=lee")).isEmpty();
        assertThat(ids(fhir, "Patient?name=lee,alv")).containsExactlyInAnyOrder(lee.toString(), alvarez.toString());
        assertThat(ids(fhir, "Patient?family=lee&given=ann")).containsExactly(lee.toString());
        assertThat(ids(fhir, "Patient?given=lee")).isEmpty();
        assertThat(ids(fhir, "Patient?birthdate=1999-10-15")).containsExactly(alvarez.toString());
        assertThat(ids(fhir, "Patient?birthdate=1999")).containsExactly(alvarez.toString());
        assertThat(ids(fhir, "Patient?birthdate=lt1990-01-01")).containsExactly(lee.toString());
        assertThat(ids(fhir, "Patient?birthdate=ge1980-01-02&birthdate=le1999-10-15"))
            .containsExactlyInAnyOrder(lee.toString(), alvarez.toString());
        assertThat(ids(fhir, "Patient?birthdate=ne1980-01-02")).containsExactly(alvarez.toString());
        assertThat(ids(fhir, "Patient?_id=" + lee)).containsExactly(lee.toString());
        assertThat(ids(fhir, "Patient?identifier=" + Codes.CLIENT_ID + "|" + alvarez))
            .containsExactly(alvarez.toString());
        assertThat(ids(fhir, "Patient?identifier=http://other.example|" + alvarez)).isEmpty();
        String yesterday = LocalDate.now().minusDays(1).toString();
        assertThat(ids(fhir, "Patient?_lastUpdated=ge" + yesterday)).hasSize(2);
        assertThat(ids(fhir, "Patient?_lastUpdated=lt" + yesterday)).isEmpty();
        assertThat(ids(fhir, "Patient?_lastUpdated=gt2000-01-01T00:00:00%2B05:00&family=lee")).containsExactly(lee.toString());
        assertThat(ids(fhir, "Patient?_sort=-birthdate")).containsExactly(alvarez.toString(), lee.toString());
        assertThat(ids(fhir, "Patient?_sort=birthdate")).containsExactly(lee.toString(), alvarez.toString());
        // an unknown parameter: left out of link[self], or a 400 under Prefer: handling=strict
        Bundle lenient = fhir.search().byUrl("Patient?gender=female&name=lee").returnBundle(Bundle.class).execute();
        assertThat(lenient.getLink("self").getUrl()).contains("name=lee").doesNotContain("gender");
        assertThatThrownBy(() -> fhir.search().byUrl("Patient?gender=female").withAdditionalHeader("Prefer",
                "handling=strict").returnBundle(Bundle.class).execute()).isInstanceOf(InvalidRequestException.class);
        // the client library's own fluent search
        Bundle fluent = fhir.search().forResource(Patient.class).where(Patient.FAMILY.matches().value("lee"))
            .and(Patient.BIRTHDATE.afterOrEquals().day("1980-01-01")).returnBundle(Bundle.class).execute();
        assertThat(fluent.getEntry()).extracting(e -> e.getResource().getIdPart()).containsExactly(lee.toString());
        // read: versionId, lastUpdated and an ETag
        Patient read = fhir.read().resource(Patient.class).withId(lee.toString()).execute();
        assertThat(read.getMeta().getVersionId()).isEqualTo("1");
        assertThat(read.getMeta().getLastUpdated()).isNotNull();
        assertThatThrownBy(() -> fhir.read().resource(Patient.class).withId("999999999").execute())
            .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void observationSearchHonoursTokensDatesReferencesIncludesAndPaging() {
        Team team = practices.newPractice("Tokens");
        var built = fixture.client(team.therapist(), "Ines", "Okafor", "ines@example.test", "541-555-0101");
        IGenericClient fhir = client(practices.token(team.therapist()));
        String p = "Observation?patient=Patient/" + built.client();
        assertThat(ids(fhir, p)).hasSize(11);
        assertThat(ids(fhir, p + "&code=http://loinc.org|72514-3")).hasSize(3);
        assertThat(ids(fhir, p + "&code=http://snomed.info/sct|72514-3")).isEmpty();
        assertThat(ids(fhir, p + "&code=http://loinc.org|")).hasSize(6); // NPRS and PEG
        assertThat(ids(fhir, p + "&code=|72514-3")).isEmpty(); // R4: |code is a code without a system
        assertThat(ids(fhir, p + "&code=72514-3,91148-7")).hasSize(6);
        assertThat(ids(fhir, p + "&code=" + Codes.MEASURES + "|PSFS")).hasSize(2);
        assertThat(ids(fhir, p + "&category=survey&status=final")).hasSize(11);
        assertThat(ids(fhir, p + "&status=entered-in-error")).isEmpty();
        String absolute = "Observation?patient=" + base + "/Patient/" + built.client();
        assertThat(ids(fhir, absolute)).hasSize(11);
        assertThat(ids(fhir, "Observation?subject=" + built.client())).hasSize(11);
        LocalDate last = LocalDate.parse(((Observation) fhir.search().byUrl(p + "&code=PSFS")
            .returnBundle(Bundle.class).execute().getEntry().get(1).getResource()).getEffectiveDateTimeType()
            .getValueAsString());
        assertThat(ids(fhir, p + "&date=" + last)).hasSize(2); // PSFS and GROC of the last visit
        assertThat(ids(fhir, p + "&date=ge" + last)).hasSize(2);
        assertThat(ids(fhir, p + "&date=lt" + last)).hasSize(9);
        assertThat(ids(fhir, "Encounter?patient=" + built.client() + "&date=ge" + last)).hasSize(1);
        Bundle included = fhir.search().byUrl(p + "&code=72514-3&_include=Observation:patient")
            .returnBundle(Bundle.class).execute();
        assertThat(included.getEntry()).filteredOn(e -> e.getSearch().getMode() == Bundle.SearchEntryMode.INCLUDE)
            .extracting(e -> e.getResource().fhirType()).containsExactly("Patient");
        assertThat(FhirValidation.errors(included)).isEmpty();
        // paging through a patient's scores and through $everything
        List<String> paged = new ArrayList<>();
        Bundle page = fhir.search().byUrl(p).count(4).returnBundle(Bundle.class).execute();
        assertThat(page.getTotal()).isEqualTo(11);
        while (true) {
            page.getEntry().forEach(e -> paged.add(e.getResource().getIdPart()));
            if (page.getLink("next") == null) {
                break;
            }
            page = fhir.loadPage().next(page).execute();
        }
        assertThat(paged).hasSize(11).doesNotHaveDuplicates();
        Bundle everything = fhir.operation().onInstance("Patient/" + built.client()).named("$everything")
            .withNoParameters(org.hl7.fhir.r4.model.Parameters.class).useHttpGet().returnResourceType(Bundle.class)
            .execute();
        Bundle posted = fhir.operation().onInstance("Patient/" + built.client()).named("$everything")
            .withNoParameters(org.hl7.fhir.r4.model.Parameters.class).returnResourceType(Bundle.class).execute();
        assertThat(posted.getTotal()).isEqualTo(everything.getTotal());
        int total = everything.getTotal();
        Set<String> all = new HashSet<>();
        Bundle small = fhir.search().byUrl(base + "/Patient/" + built.client() + "/$everything?_count=5")
            .returnBundle(Bundle.class).execute();
        while (true) {
            assertThat(small.getEntry().size()).isLessThanOrEqualTo(5);
            small.getEntry().forEach(e -> all.add(e.getFullUrl()));
            if (small.getLink("next") == null) {
                break;
            }
            small = fhir.loadPage().next(small).execute();
        }
        assertThat(all).hasSize(total).hasSize(everything.getEntry().size());
        // ServiceRequest status: comma for OR
        assertThat(fhir.search().byUrl("ServiceRequest?status=active,draft").returnBundle(Bundle.class).execute()
            .getTotal()).isZero();
    }

    @Test
    void everyErrorIsAnOperationOutcomeInFhirJson() throws Exception {
        Team team = practices.newPractice("Errors");
        String token = practices.token(team.therapist());
        HttpClient http = HttpClient.newHttpClient();
        record Case(String method, String path, String contentType, String body, String accept, int status) {
        }
        List<Case> cases = List.of(new Case("GET", "/Patient", null, null, null, 401),
                new Case("GET", "/Unknown/1", null, null, null, 404),
                new Case("GET", "/Patient/1/$nothing", null, null, null, 404),
                new Case("DELETE", "/Patient/1", null, null, null, 405),
                new Case("PUT", "/Observation/1-nprs", Codes.FHIR_JSON, "{}", null, 405),
                new Case("GET", "/Patient?_format=xml", null, null, null, 406),
                new Case("GET", "/Patient", null, null, "application/fhir+xml", 406),
                new Case("POST", "", "application/fhir+xml", "<Bundle xmlns=\"http://hl7.org/fhir\"/>", null, 415),
                new Case("POST", "", Codes.FHIR_JSON, "", null, 400),
                new Case("GET", "/Patient?_count=many", null, null, null, 400),
                new Case("GET", "/Patient?birthdate=yesterday", null, null, null, 400));
        for (Case c : cases) {
            var request = HttpRequest.newBuilder(URI.create(base + c.path()))
                .method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(c.body()));
            if (c.status() != 401) {
                request.header("Authorization", "Bearer " + token);
            }
            if (c.contentType() != null) {
                request.header("Content-Type", c.contentType());
            }
            if (c.accept() != null) {
                request.header("Accept", c.accept());
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String what = c.method() + " " + c.path();
            assertThat(response.statusCode()).as(what).isEqualTo(c.status());
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(what).startsWith(Codes.FHIR_JSON);
            OperationOutcome outcome = FHIR.newJsonParser().parseResource(OperationOutcome.class, response.body());
            assertThat(outcome.getIssue()).as(what).isNotEmpty();
        }
        // an unencoded bar, as in R4's own examples (a client library would encode it)
        String raw = rawGet("/fhir/Observation?patient=1&code=http://loinc.org|72514-3", token);
        assertThat(raw).startsWith("HTTP/1.1 200").contains("\"resourceType\": \"Bundle\"");
    }

    @Test
    void transactionsHonourRequestIfNoneExistAndReferencesToExistingPatients() {
        Team team = practices.newPractice("Transact");
        IGenericClient fhir = client(practices.token(team.therapist()));
        LocalDate day = LocalDate.now().minusDays(3);
        Bundle first = transaction();
        Patient patient = new Patient();
        patient.addName().setFamily("Novak").addGiven("Pia");
        first.addEntry().setFullUrl("urn:uuid:7b0e7a36-0000-4000-8000-000000000001").setResource(patient)
            .getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Patient");
        first.addEntry().setResource(nprs(6, day.toString(), "urn:uuid:7b0e7a36-0000-4000-8000-000000000001"))
            .getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Observation");
        Bundle response = fhir.transaction().withBundle(first).execute();
        String location = response.getEntry().get(0).getResponse().getLocation();
        assertThat(response.getEntry().get(0).getResponse().getStatus()).startsWith("201");
        String id = location.replace("Patient/", "");

        // ifNoneExist finds the patient instead of making a duplicate; a reference to an existing Patient resolves
        Bundle again = transaction();
        again.addEntry().setFullUrl("urn:uuid:7b0e7a36-0000-4000-8000-000000000002").setResource(patient.copy())
            .getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Patient")
            .setIfNoneExist("identifier=" + Codes.CLIENT_ID + "|" + id);
        again.addEntry().setResource(nprs(5, day.plusDays(1).toString(), "Patient/" + id)).getRequest()
            .setMethod(Bundle.HTTPVerb.POST).setUrl("Observation");
        again.addEntry().setResource(nprs(4, day.plusDays(2).toString(), "Patient?identifier=" + Codes.CLIENT_ID
                + "|" + id)).getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Observation");
        Bundle answered = fhir.transaction().withBundle(again).execute();
        assertThat(answered.getEntry().get(0).getResponse().getStatus()).startsWith("200");
        assertThat(answered.getEntry().get(0).getResponse().getLocation()).isEqualTo("Patient/" + id);
        assertThat(clientsOf(team)).isEqualTo(1);
        assertThat(ids(fhir, "Observation?patient=" + id)).hasSize(3);

        // PUT, DELETE and entries without request are refused, naming the entry; nothing is stored
        for (Bundle.HTTPVerb verb : List.of(Bundle.HTTPVerb.PUT, Bundle.HTTPVerb.DELETE)) {
            Bundle refused = transaction();
            refused.addEntry().setResource(nprs(3, day.toString(), "Patient/" + id)).getRequest()
                .setMethod(Bundle.HTTPVerb.POST).setUrl("Observation");
            refused.addEntry().setResource(patient.copy().setId(id)).getRequest().setMethod(verb)
                .setUrl("Patient/" + id);
            assertThat(outcome(() -> fhir.transaction().withBundle(refused).execute()))
                .contains("Bundle.entry[1].request.method");
        }
        Bundle bare = transaction();
        bare.addEntry().setResource(nprs(3, day.toString(), "Patient/" + id));
        assertThat(outcome(() -> fhir.transaction().withBundle(bare).execute())).contains("Bundle.entry[0].request");
        Bundle stranger = transaction();
        stranger.addEntry().setResource(nprs(3, day.toString(), "Patient/999999999")).getRequest()
            .setMethod(Bundle.HTTPVerb.POST).setUrl("Observation");
        assertThat(outcome(() -> fhir.transaction().withBundle(stranger).execute()))
            .contains("Bundle.entry[0].resource.subject");
        assertThat(ids(fhir, "Observation?patient=" + id)).hasSize(3);
    }

    @Test
    void aRichSyntheaStyleBundleRoundTripsAndWhatIsNotKeptIsListed() {
        Team team = practices.newPractice("Synthea");
        IGenericClient fhir = client(practices.token(team.therapist()));
        String pat = "urn:uuid:5a1c0000-0000-4000-8000-000000000001";
        String epi = "urn:uuid:5a1c0000-0000-4000-8000-000000000002";
        String enc = "urn:uuid:5a1c0000-0000-4000-8000-000000000003";
        Patient patient = new Patient();
        patient.addIdentifier().setSystem("http://hospital.smarthealthit.org").setValue("a7c4-11");
        patient.addName().setUse(HumanName.NameUse.NICKNAME).addGiven("Tess");
        patient.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily("Moreau").addGiven("Therese")
            .addGiven("Anne").addPrefix("Mrs.");
        patient.setGender(Enumerations.AdministrativeGender.FEMALE);
        patient.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1971-06-30"));
        patient.addAddress().addLine("12 Rue Haute").setCity("Eugene").setState("OR").setPostalCode("97401")
            .setCountry("US").setUse(Address.AddressUse.HOME);
        patient.addExtension("http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex",
                new org.hl7.fhir.r4.model.CodeType("F"));
        EpisodeOfCare episode = new EpisodeOfCare().setStatus(EpisodeOfCare.EpisodeOfCareStatus.ACTIVE)
            .setPatient(new Reference(pat));
        episode.setPeriod(new Period().setStartElement(new DateTimeType("2024-03")));
        Encounter encounter = new Encounter().setStatus(Encounter.EncounterStatus.FINISHED)
            .setClass_(new Coding(Codes.ACT_CODE, "AMB", "ambulatory")).setSubject(new Reference(pat))
            .addEpisodeOfCare(new Reference(epi));
        encounter.setPeriod(new Period().setStartElement(new DateTimeType("2024-04-08T09:00:00-05:00"))
            .setEndElement(new DateTimeType("2024-04-08T09:30:00-05:00")));
        Observation pain = nprs(4, "2024-04-08T09:15:00-05:00", pat);
        pain.setEncounter(new Reference(enc));
        pain.setIssuedElement(new InstantType("2024-04-08T09:20:00-05:00"));
        pain.addCategory(new CodeableConcept(new Coding(Codes.OBSERVATION_CATEGORY, "vital-signs", "Vital Signs")));
        pain.addNote().setText("Said the pain moved to the left");
        Bundle bundle = transaction();
        bundle.addEntry().setFullUrl(pat).setResource(patient).getRequest().setMethod(Bundle.HTTPVerb.POST)
            .setUrl("Patient");
        bundle.addEntry().setFullUrl(epi).setResource(episode).getRequest().setMethod(Bundle.HTTPVerb.POST)
            .setUrl("EpisodeOfCare");
        bundle.addEntry().setFullUrl(enc).setResource(encounter).getRequest().setMethod(Bundle.HTTPVerb.POST)
            .setUrl("Encounter");
        bundle.addEntry().setFullUrl("urn:uuid:5a1c0000-0000-4000-8000-000000000004").setResource(pain).getRequest()
            .setMethod(Bundle.HTTPVerb.POST).setUrl("Observation");
        assertThat(FhirValidation.errors(bundle)).isEmpty();

        // entered-in-error is no score: refused by its path, nothing stored
        Bundle wrong = bundle.copy();
        ((Observation) wrong.getEntry().get(3).getResource()).setStatus(Observation.ObservationStatus.ENTEREDINERROR);
        assertThat(outcome(() -> fhir.transaction().withBundle(wrong).execute()))
            .contains("Bundle.entry[3].resource.status");
        assertThat(clientsOf(team)).isZero();

        Bundle response = fhir.transaction().withBundle(bundle).execute();
        assertThat(response.getEntry()).extracting(e -> e.getResponse().getStatus()).allMatch(s -> s.startsWith("201"));
        List<String> warned = new ArrayList<>();
        response.getEntry().forEach(e -> {
            if (e.getResponse().getOutcome() instanceof OperationOutcome outcome) {
                outcome.getIssue().forEach(issue -> {
                    assertThat(issue.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.WARNING);
                    warned.add(issue.getExpression().get(0).getValue());
                });
            }
        });
        assertThat(warned).doesNotContain("Bundle.entry[0].resource.identifier[0]");
        assertThat(warned).doesNotContain("Bundle.entry[0].resource.name[1].given[1]",
                "Bundle.entry[0].resource.name[1].prefix", "Bundle.entry[0].resource.address[0].country");
        assertThat(warned).contains("Bundle.entry[0].resource.name[0]", "Bundle.entry[0].resource.extension",
                "Bundle.entry[3].resource.category[0]", "Bundle.entry[3].resource.note");
        assertThat(warned).doesNotContain("Bundle.entry[3].resource.effective", "Bundle.entry[3].resource.issued");
        String id = response.getEntry().get(0).getResponse().getLocation().replace("Patient/", "");
        Bundle everything = fhir.search().byUrl(base + "/Patient/" + id + "/$everything").returnBundle(Bundle.class)
            .execute();
        assertThat(FhirValidation.errors(everything)).isEmpty();
        Patient back = (Patient) everything.getEntry().get(0).getResource();
        assertThat(back.getNameFirstRep().getFamily()).isEqualTo("Moreau");
        assertThat(back.getNameFirstRep().getGiven()).extracting(StringType::getValue)
            .containsExactly("Therese", "Anne");
        assertThat(back.getNameFirstRep().getPrefixAsSingleString()).isEqualTo("Mrs.");
        assertThat(back.getAddressFirstRep().getCountry()).isEqualTo("US");
        assertThat(back.getGender()).isEqualTo(Enumerations.AdministrativeGender.FEMALE);
        assertThat(back.getIdentifier()).extracting(i -> i.getSystem() + "|" + i.getValue())
            .containsExactly(Codes.CLIENT_ID + "|" + id, "http://hospital.smarthealthit.org|a7c4-11");
        assertThat(ids(fhir, "Patient?identifier=http://hospital.smarthealthit.org|a7c4-11")).containsExactly(id);
        assertThat(ids(fhir, "Patient?identifier=a7c4-11")).containsExactly(id);
        // the same Bundle again, with ifNoneExist on the hospital's identifier: no duplicate patient
        Bundle twice = bundle.copy();
        twice.getEntry().get(0).getRequest().setIfNoneExist("identifier=http://hospital.smarthealthit.org|a7c4-11");
        Bundle second = fhir.transaction().withBundle(twice).execute();
        assertThat(second.getEntry().get(0).getResponse().getStatus()).startsWith("200");
        assertThat(second.getEntry().get(0).getResponse().getLocation()).isEqualTo("Patient/" + id);
        assertThat(clientsOf(team)).isEqualTo(1);
        // a conditional reference naming two patients is 412 Precondition Failed, and stores nothing
        Patient namesake = new Patient();
        namesake.addIdentifier().setSystem("http://hospital.smarthealthit.org").setValue("a7c4-11");
        namesake.addName().setFamily("Moreau").addGiven("Odile");
        Bundle other = transaction();
        other.addEntry().setFullUrl("urn:uuid:5a1c0000-0000-4000-8000-000000000009").setResource(namesake)
            .getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Patient");
        fhir.transaction().withBundle(other).execute();
        Bundle ambiguous = transaction();
        ambiguous.addEntry().setFullUrl("urn:uuid:5a1c0000-0000-4000-8000-000000000010")
            .setResource(nprs(5, "2024-04-09", "Patient?identifier=http://hospital.smarthealthit.org|a7c4-11"))
            .getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Observation");
        assertThatThrownBy(() -> fhir.transaction().withBundle(ambiguous).execute())
            .isInstanceOf(ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException.class);
        assertThat(clientsOf(team)).isEqualTo(2);
        assertThat(warned).doesNotContain("Bundle.entry[0].resource.gender");
        Encounter visit = everything.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
            .filter(Encounter.class::isInstance).map(Encounter.class::cast).findFirst().orElseThrow();
        assertThat(visit.getLength().getValue()).isEqualByComparingTo(new BigDecimal(30));
        EpisodeOfCare care = everything.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
            .filter(EpisodeOfCare.class::isInstance).map(EpisodeOfCare.class::cast).findFirst().orElseThrow();
        assertThat(care.getPeriod().getStartElement().getValueAsString()).isEqualTo("2024-03-01");
        // the Observation's time of day, zone and issued come back exactly: in $everything, read and search
        Observation score = everything.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
            .filter(Observation.class::isInstance).map(Observation.class::cast).findFirst().orElseThrow();
        assertThat(score.getEffectiveDateTimeType().getValueAsString()).isEqualTo("2024-04-08T09:15:00-05:00");
        assertThat(score.getIssuedElement().getValueAsString()).isEqualTo("2024-04-08T09:20:00-05:00");
        Observation read = fhir.read().resource(Observation.class).withId(score.getIdElement().getIdPart())
            .execute();
        assertThat(read.getEffectiveDateTimeType().getValueAsString()).isEqualTo("2024-04-08T09:15:00-05:00");
        assertThat(read.getIssuedElement().getValueAsString()).isEqualTo("2024-04-08T09:20:00-05:00");
        Bundle found = fhir.search().byUrl("Observation?patient=Patient/" + id + "&date=2024-04-08")
            .returnBundle(Bundle.class).execute();
        // (the Bundle was sent twice above: the patient is the same, the visit is recorded twice)
        assertThat(found.getEntry()).isNotEmpty().extracting(e -> ((Observation) e.getResource())
            .getEffectiveDateTimeType().getValueAsString()).containsOnly("2024-04-08T09:15:00-05:00");
        assertThat(FhirValidation.errors(read)).isEmpty();
        // every versioned read: meta.versionId, meta.lastUpdated, and the version as a weak ETag
        String token = practices.token(team.therapist());
        String visitId = score.getEncounter().getReferenceElement().getIdPart();
        String episodeId = visit.getEpisodeOfCareFirstRep().getReferenceElement().getIdPart();
        for (String path : List.of("Patient/" + id, "Observation/" + score.getIdElement().getIdPart(),
                "Encounter/" + visitId, "EpisodeOfCare/" + episodeId)) {
            HttpResponse<String> got = get(token, path);
            assertThat(got.statusCode()).as(path).isEqualTo(200);
            var resource = (org.hl7.fhir.r4.model.Resource) FHIR.newJsonParser().parseResource(got.body());
            assertThat(resource.getMeta().getVersionId()).as(path).isEqualTo("1");
            assertThat(resource.getMeta().getLastUpdated()).as(path).isNotNull();
            assertThat(got.headers().firstValue("ETag")).as(path).hasValue("W/\"1\"");
            assertThat(got.headers().firstValue("Last-Modified")).as(path).isPresent();
        }
        assertThat(score.getMeta().getVersionId()).isEqualTo("1");
    }

    private HttpResponse<String> get(String token, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/" + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/fhir+json").build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static Bundle transaction() {
        return new Bundle().setType(Bundle.BundleType.TRANSACTION);
    }

    static Observation nprs(int value, String when, String subject) {
        Observation observation = new Observation();
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.setCode(ObservationMapper.code(org.referout.clinical.Measure.NPRS));
        observation.setSubject(new Reference(subject));
        observation.setEffective(new DateTimeType(when));
        observation.setValue(new Quantity().setValue(value).setUnit("score").setSystem(Codes.UCUM).setCode("{score}"));
        return observation;
    }

    /** The OperationOutcome of a refused request, as text. */
    private static String outcome(Runnable call) {
        try {
            call.run();
        }
        catch (ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException e) {
            assertThat(e.getStatusCode()).isBetween(400, 499);
            return FHIR.newJsonParser().encodeResourceToString(e.getOperationOutcome());
        }
        throw new AssertionError("the request was accepted");
    }

    private static List<String> ids(IGenericClient fhir, String search) {
        Bundle bundle = fhir.search().byUrl(search).returnBundle(Bundle.class).execute();
        assertThat(bundle.getTotal()).as(search).isEqualTo(bundle.getEntry().stream()
            .filter(e -> e.getSearch().getMode() != Bundle.SearchEntryMode.INCLUDE).count());
        return bundle.getEntry().stream().map(e -> e.getResource().getIdPart()).toList();
    }

    private long clientsOf(Team team) {
        return jdbc.sql("select count(*) from client where practice_id = ?").param(team.id().value())
            .query(Long.class).single();
    }

    private String rawGet(String target, String token) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
