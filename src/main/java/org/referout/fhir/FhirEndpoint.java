package org.referout.fhir;

import java.util.List;
import java.util.Optional;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;
import org.referout.web.BadRequestException;
import org.referout.web.FieldProblem;
import org.referout.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What every FHIR controller shares: JSON in {@code application/fhir+json} and errors as OperationOutcomes. The
 * error handlers live here rather than in an advice because the API's JSON error advice is ordered first for
 * every {@code @RestController}; a controller's own handlers always win over any advice.
 */
abstract class FhirEndpoint {

    static final MediaType FHIR_JSON = MediaType.parseMediaType(Codes.FHIR_JSON);

    final FhirContext fhir;

    FhirEndpoint(FhirContext fhir) {
        this.fhir = fhir;
    }

    ResponseEntity<String> ok(IBaseResource resource) {
        return respond(HttpStatus.OK, resource);
    }

    ResponseEntity<String> respond(HttpStatus status, IBaseResource resource) {
        return ResponseEntity.status(status).contentType(FHIR_JSON)
            .body(fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource));
    }

    /** The absolute base of this server's FHIR endpoints, for Bundle fullUrls. */
    static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/fhir").toUriString();
    }

    static Bundle searchset(List<? extends Resource> resources) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET).setTotal(resources.size());
        String base = base();
        for (Resource resource : resources) {
            bundle.addEntry().setFullUrl(fullUrl(base, resource)).setResource(resource).getSearch()
                .setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }

    static String fullUrl(String base, Resource resource) {
        return base + "/" + resource.fhirType() + "/" + resource.getIdElement().getIdPart();
    }

    /** A FHIR id of a numeric record; anything else names no record (404, as a stranger's id does). */
    static long numericId(String id) {
        return parse(id).orElseThrow(NotFoundException::new);
    }

    /** "Patient/12" or "12" → 12. */
    static Optional<Long> reference(String reference, String type) {
        String id = reference.startsWith(type + "/") ? reference.substring(type.length() + 1) : reference;
        return parse(id);
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        }
        catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound(NotFoundException e) {
        return respond(HttpStatus.NOT_FOUND, outcome(IssueType.NOTFOUND, "Resource not found", null));
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<String> badRequest(BadRequestException e) {
        OperationOutcome outcome = new OperationOutcome();
        for (FieldProblem problem : e.problems()) {
            outcome.addIssue(issue(IssueType.INVALID, problem.field() + ": " + problem.message(), problem.field()));
        }
        return respond(HttpStatus.BAD_REQUEST, outcome);
    }

    @ExceptionHandler(DataFormatException.class)
    ResponseEntity<String> unreadable(DataFormatException e) {
        return respond(HttpStatus.BAD_REQUEST, outcome(IssueType.STRUCTURE, "Not a readable FHIR JSON resource: "
                + e.getMessage(), null));
    }

    static OperationOutcome outcome(IssueType type, String message, String expression) {
        return new OperationOutcome().addIssue(issue(type, message, expression));
    }

    private static OperationOutcome.OperationOutcomeIssueComponent issue(IssueType type, String message,
            String expression) {
        var issue = new OperationOutcome.OperationOutcomeIssueComponent().setSeverity(IssueSeverity.ERROR)
            .setCode(type).setDiagnostics(message);
        if (expression != null) {
            issue.addExpression(expression);
        }
        return issue;
    }
}
