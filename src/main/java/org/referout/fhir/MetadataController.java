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

    /** Resource type → its search parameters (name, type); every listed type supports read and search. */
    record Supported(String type, List<Param> search) {
    }

    record Param(String name, String type) {
    }

    static final List<Supported> SUPPORTED = List.of(
            new Supported("Patient", List.of(new Param("name", "string"))),
            new Supported("Observation", List.of(new Param("patient", "reference"),
                    new Param("code", "token"))),
            new Supported("Encounter", List.of(new Param("patient", "reference"))),
            new Supported("EpisodeOfCare", List.of(new Param("patient", "reference"))),
            new Supported("Practitioner", List.of()),
            new Supported("Organization", List.of()),
            new Supported("ServiceRequest", List.of()),
            new Supported("Task", List.of()));

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
            if (!supported.type().equals("ServiceRequest") && !supported.type().equals("Task")) {
                resource.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE);
            }
            for (Param parameter : supported.search()) {
                resource.addSearchParam().setName(parameter.name())
                    .setType(Enumerations.SearchParamType.fromCode(parameter.type()));
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
