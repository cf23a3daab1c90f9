package org.referout.fhir;

import java.util.Date;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Enumerations;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /fhir/metadata}: what this server does, kept next to the controllers it describes. */
@RestController
class MetadataController extends FhirEndpoint {

    /** Resource type → whether it can be searched and its search parameters; every listed type can be read. */
    record Supported(String type, boolean searchable, List<Param> search) {

        Supported(String type, Param... search) {
            this(type, true, List.of(search));
        }
    }

    record Param(String name, String type, String documentation) {

        Param(String name, String type) {
            this(name, type, null);
        }
    }

    static final Param PATIENT = new Param("patient", "reference");

    static final List<Supported> SUPPORTED = List.of(
            new Supported("Patient", new Param("name", "string")),
            new Supported("Observation", PATIENT, new Param("code", "token")),
            new Supported("Encounter", PATIENT),
            new Supported("EpisodeOfCare", PATIENT),
            new Supported("DocumentReference", PATIENT),
            new Supported("Questionnaire", new Param("url", "uri"), new Param("_id", "token")),
            new Supported("QuestionnaireResponse", PATIENT, new Param("subject", "reference")),
            new Supported("Flag", PATIENT),
            new Supported("Practitioner"),
            new Supported("PractitionerRole", new Param("specialty", "token", "A NUCC code (" + Codes.NUCC + ")"),
                    new Param("location", "reference", "Chained: location.near=LATITUDE|LONGITUDE|DISTANCE|km "
                            + "searches the national directory (distance defaults to 25, at most 500 km); without it,"
                            + " only the practice's referral partners")),
            new Supported("Organization"),
            new Supported("Location", false, List.of()),
            new Supported("ServiceRequest", PATIENT, new Param("status", "token")),
            new Supported("Task", PATIENT, new Param("status", "token"), new Param("focus", "reference")));

    MetadataController(FhirContext fhir) {
        super(fhir);
    }

    @GetMapping("/fhir/metadata")
    ResponseEntity<String> metadata() {
        return ok(capabilities(base()));
    }

    static CapabilityStatement capabilities(String base) {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(Enumerations.PublicationStatus.ACTIVE);
        statement.setDate(new Date());
        statement.setPublisher("ReferOut");
        statement.setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE);
        statement.getSoftware().setName("ReferOut");
        statement.getImplementation().setDescription("ReferOut FHIR R4 API").setUrl(base);
        statement.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        statement.addFormat("application/fhir+json");
        CapabilityStatementRestComponent rest = statement.addRest()
            .setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        rest.getSecurity().setDescription("Send an API token (Settings, API tokens) as 'Authorization: Bearer TOKEN'. "
                + "Every read is limited to the token's practice and audited.");
        for (Supported supported : SUPPORTED) {
            CapabilityStatementRestResourceComponent resource = rest.addResource().setType(supported.type());
            resource.addInteraction().setCode(TypeRestfulInteraction.READ);
            if (supported.searchable()) {
                resource.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
            }
            for (Param parameter : supported.search()) {
                resource.addSearchParam().setName(parameter.name())
                    .setType(Enumerations.SearchParamType.fromCode(parameter.type()))
                    .setDocumentation(parameter.documentation());
            }
            if (supported.type().equals("Patient")) {
                resource.addOperation().setName("everything")
                    .setDefinition("http://hl7.org/fhir/OperationDefinition/Patient-everything");
            }
        }
        rest.addInteraction().setCode(CapabilityStatement.SystemRestfulInteraction.TRANSACTION)
            .setDocumentation("A transaction Bundle of Patients and Observations, imported all or nothing");
        return statement;
    }
}
