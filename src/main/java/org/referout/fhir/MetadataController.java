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

    /**
     * Resource type → whether it can be searched, its search parameters, the {@code _include}s and {@code _sort}
     * keys it serves; every listed type can be read. {@link Search} accepts exactly these (and paging).
     */
    record Supported(String type, boolean searchable, List<Param> search, List<String> includes, List<String> sorts) {

        Supported(String type, Param... search) {
            this(type, true, List.of(search), List.of(), List.of());
        }

        Supported with(List<String> includes, List<String> sorts) {
            return new Supported(type, searchable, search, includes, sorts);
        }

        /** The request parameter names this search reads ("name", "name:exact", "_sort"). */
        String[] names() {
            List<String> names = new java.util.ArrayList<>();
            for (Param param : search) {
                names.add(param.name());
                param.modifiers().forEach(modifier -> names.add(param.name() + ":" + modifier));
            }
            if (!includes.isEmpty()) {
                names.add("_include");
            }
            if (!sorts.isEmpty()) {
                names.add("_sort");
            }
            return names.toArray(String[]::new);
        }
    }

    record Param(String name, String type, String documentation, List<String> modifiers) {

        Param(String name, String type) {
            this(name, type, null, List.of());
        }

        Param(String name, String type, String documentation) {
            this(name, type, documentation, List.of());
        }
    }

    static final Param PATIENT = new Param("patient", "reference", "Patient/[id], [id] or an absolute URL");
    static final Param ID = new Param("_id", "token");
    static final String TEXT = "Matches the start of any part of the name, case-insensitive; :exact the whole part "
            + "as written, :contains anywhere in it";

    /** The types whose records keep neither a version nor a time of change, and why. */
    static final java.util.Map<String, String> UNVERSIONED = java.util.Map.of(
            "Practitioner", "a practice's user keeps no version or time of change",
            "PractitionerRole", "the provider directory (NPPES and partners) keeps no version or time of change",
            "Location", "the provider directory (NPPES and partners) keeps no version or time of change",
            "Questionnaire", "the intake questionnaires are fixed definitions of this ReferOut release");

    static final String VERSIONING = "Read answers meta.versionId (edits counted from 1) as a weak ETag, and "
            + "meta.lastUpdated as Last-Modified where ReferOut knows when the record last changed (Patient, "
            + "ServiceRequest and Task always; others while never edited). No history is kept (no vread), and no "
            + "update interaction exists, so If-Match does not apply";

    static final List<Supported> SUPPORTED = List.of(
            new Supported("Patient", ID, new Param("identifier", "token", "ReferOut's client identifier ("
                    + Codes.CLIENT_ID + "|[id]) or one another system gave the client (kept on import), "
                    + "system|value or value"),
                    new Param("name", "string", TEXT, List.of("exact", "contains")),
                    new Param("family", "string", TEXT, List.of("exact", "contains")),
                    new Param("given", "string", TEXT, List.of("exact", "contains")),
                    new Param("birthdate", "date", "All R4 prefixes (eq, ne, gt, lt, ge, le, sa, eb, ap), any precision"),
                    new Param("_lastUpdated", "date", "When the client's record last changed (meta.lastUpdated); "
                            + "all R4 prefixes; without a time zone, UTC"))
                .with(List.of(), List.of("family", "given", "birthdate", "_id")),
            new Supported("Observation", ID, PATIENT, new Param("subject", "reference", "As patient"),
                    new Param("code", "token", "system|code, |code, system| or code; comma for OR"),
                    new Param("category", "token", "Every score is a survey (" + Codes.OBSERVATION_CATEGORY + "|survey)"),
                    new Param("status", "token", "Every stored score is final"),
                    new Param("date", "date", "The visit's day; all R4 prefixes"))
                .with(List.of("Observation:patient", "Observation:subject", "Observation:encounter"), List.of()),
            new Supported("Encounter", ID, PATIENT, new Param("date", "date", "The visit's day; all R4 prefixes")),
            new Supported("EpisodeOfCare", ID, PATIENT),
            new Supported("DocumentReference", ID, PATIENT),
            new Supported("Questionnaire", new Param("url", "uri"), ID),
            new Supported("QuestionnaireResponse", ID, PATIENT, new Param("subject", "reference", "As patient")),
            new Supported("Flag", PATIENT),
            new Supported("Practitioner", ID),
            new Supported("PractitionerRole", new Param("specialty", "token", "A NUCC code (" + Codes.NUCC + ")"),
                    new Param("location", "reference", "Chained: location.near=LATITUDE|LONGITUDE|DISTANCE|km "
                            + "searches the national directory (distance defaults to 25, at most 500 km; at most "
                            + DirectoryController.MAX_NEAR + " nearest providers); without it, only the practice's "
                            + "referral partners")),
            new Supported("Organization", ID),
            new Supported("Location", false, List.of(), List.of(), List.of()),
            new Supported("ServiceRequest", ID, PATIENT, new Param("status", "token", "Comma for OR")),
            new Supported("Task", ID, PATIENT, new Param("status", "token", "Comma for OR"),
                    new Param("focus", "reference", "ServiceRequest/[id]")));

    static Supported supported(String type) {
        return SUPPORTED.stream().filter(s -> s.type().equals(type)).findFirst().orElseThrow();
    }

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
            supported.includes().forEach(resource::addSearchInclude);
            if (!supported.sorts().isEmpty()) {
                resource.setDocumentation("_sort by " + String.join(", ", supported.sorts()) + " (- for descending)");
            }
            // meta.versionId (and an ETag on read) where the record has a version; no history is kept (no vread)
            // and nothing is updated over FHIR (no update interaction, so If-Match does not apply)
            boolean versioned = !UNVERSIONED.containsKey(supported.type());
            resource.setVersioning(versioned ? CapabilityStatement.ResourceVersionPolicy.VERSIONED
                    : CapabilityStatement.ResourceVersionPolicy.NOVERSION);
            String versioning = versioned ? VERSIONING : "No meta.versionId, meta.lastUpdated or ETag: "
                    + UNVERSIONED.get(supported.type()) + ".";
            resource.setDocumentation(resource.hasDocumentation() ? resource.getDocumentation() + ". " + versioning
                    : versioning);
            resource.setReadHistory(false);
            resource.setUpdateCreate(false);
            resource.setConditionalUpdate(false);
            resource.setConditionalDelete(CapabilityStatement.ConditionalDeleteStatus.NOTSUPPORTED);
            if (supported.type().equals("Patient")) {
                resource.addOperation().setName("everything")
                    .setDefinition("http://hl7.org/fhir/OperationDefinition/Patient-everything");
            }
        }
        rest.setDocumentation("Read-only: no update, patch or delete interaction (imported records are changed in "
                + "ReferOut itself), so If-Match is not applicable; reads carry ETag where the record is versioned. "
                + "Searches page with _count (default " + Search.DEFAULT_COUNT + ", at most "
                + Search.MAX_COUNT + "; 0 for the total only) and _offset, following link[next]; Patient/$everything "
                + "pages the same way. Unknown parameters are ignored and left out of link[self], or a 400 under "
                + "'Prefer: handling=strict'.");
        rest.addInteraction().setCode(CapabilityStatement.SystemRestfulInteraction.TRANSACTION)
            .setDocumentation("A transaction Bundle of Patients and Observations (with their Encounters and "
                    + "EpisodeOfCares), imported all or nothing. Each entry needs request: POST creates (a Patient's "
                    + "ifNoneExist with _id or identifier=system|value finds an existing client), PUT, PATCH and "
                    + "DELETE are refused (400): imported records are changed in ReferOut itself. Observations may "
                    + "reference a Patient in the Bundle, an existing Patient/[id] of the practice, or "
                    + "Patient?identifier=system|value. What is not kept is listed as warnings in each entry's "
                    + "response.outcome.");
        return statement;
    }
}
