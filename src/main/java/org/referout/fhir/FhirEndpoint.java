package org.referout.fhir;

import java.util.Optional;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;
import org.referout.web.BadRequestException;
import org.referout.web.FieldProblem;
import org.referout.web.NotFoundException;
import org.slf4j.LoggerFactory;
import org.referout.web.ConflictException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
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

    /** A read (with ETag and Last-Modified from its meta, see {@link #versioned}) or a search's Bundle. */
    ResponseEntity<String> ok(IBaseResource resource) {
        if (resource instanceof Resource read && !(read instanceof org.hl7.fhir.r4.model.Bundle)
                && !(read instanceof org.hl7.fhir.r4.model.CapabilityStatement)) {
            return versioned(read);
        }
        return respond(HttpStatus.OK, resource);
    }

    /** A read: meta.versionId as a weak ETag and meta.lastUpdated as Last-Modified (R4 http.html, read). */
    ResponseEntity<String> versioned(Resource resource) {
        var response = ResponseEntity.ok().contentType(FHIR_JSON);
        if (resource.getMeta().hasVersionId()) {
            response.eTag("W/\"" + resource.getMeta().getVersionId() + "\"");
        }
        if (resource.getMeta().hasLastUpdated()) {
            response.lastModified(resource.getMeta().getLastUpdated().toInstant());
        }
        return response.body(fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource));
    }

    ResponseEntity<String> respond(HttpStatus status, IBaseResource resource) {
        return ResponseEntity.status(status).contentType(FHIR_JSON)
            .body(fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource));
    }

    /** The absolute base of this server's FHIR endpoints, for Bundle fullUrls. */
    static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/fhir").toUriString();
    }

    static String fullUrl(String base, Resource resource) {
        return base + "/" + resource.fhirType() + "/" + resource.getIdElement().getIdPart();
    }

    /** A FHIR id of a numeric record; anything else names no record (404, as a stranger's id does). */
    static long numericId(String id) {
        return parse(id).orElseThrow(NotFoundException::new);
    }

    /**
     * A reference search value or a reference as sent: "Patient/12", "12", "http://host/fhir/Patient/12" or
     * "Patient/12/_history/3" → 12. Another type's reference names nothing here (empty).
     */
    static Optional<Long> reference(String reference, String type) {
        String id = referenceId(reference, type);
        return id == null ? Optional.empty() : parse(id);
    }

    /** The id part of a reference to {@code type} ("partner-7" too), or null when it names another type. */
    static String referenceId(String reference, String type) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        String text = reference.strip();
        int history = text.indexOf("/_history/");
        if (history >= 0) {
            text = text.substring(0, history);
        }
        if (!text.contains("/")) {
            return text;
        }
        int at = text.lastIndexOf(type + "/");
        if (at < 0 || (at > 0 && text.charAt(at - 1) != '/')) {
            return null;
        }
        String id = text.substring(at + type.length() + 1);
        return id.isEmpty() || id.contains("/") ? null : id;
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

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<String> noBody(HttpMessageNotReadableException e) {
        return respond(HttpStatus.BAD_REQUEST, outcome(IssueType.STRUCTURE,
                "Send a FHIR resource in JSON as the request body", null));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<String> missing(MissingServletRequestParameterException e) {
        return respond(HttpStatus.BAD_REQUEST, outcome(IssueType.REQUIRED, e.getParameterName() + " is required",
                null));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<String> unsupportedType(HttpMediaTypeNotSupportedException e) {
        return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, outcome(IssueType.NOTSUPPORTED,
                "Send application/fhir+json", null));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<String> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return respond(HttpStatus.NOT_ACCEPTABLE, outcome(IssueType.NOTSUPPORTED,
                "This server answers in application/fhir+json only", null));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<String> forbidden(AccessDeniedException e) {
        return respond(HttpStatus.FORBIDDEN, outcome(IssueType.FORBIDDEN, "This token may not do that", null));
    }

    @ExceptionHandler(MultipleMatchesException.class)
    ResponseEntity<String> multipleMatches(MultipleMatchesException e) {
        return respond(HttpStatus.PRECONDITION_FAILED, outcome(IssueType.MULTIPLEMATCHES, e.getMessage(),
                e.expression()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<String> conflict(ConflictException e) {
        return respond(HttpStatus.CONFLICT, outcome(IssueType.CONFLICT, e.getMessage(), null));
    }

    /** A bug, never bad input: still an OperationOutcome, so a FHIR client can read it. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<String> failed(Exception e) {
        if (e instanceof org.springframework.web.ErrorResponse error && error.getStatusCode().is4xxClientError()) {
            return respond(HttpStatus.valueOf(error.getStatusCode().value()), outcome(IssueType.INVALID,
                    error.getBody().getDetail() == null ? "Bad request" : error.getBody().getDetail(), null));
        }
        if (e instanceof org.springframework.beans.TypeMismatchException mismatch) {
            return respond(HttpStatus.BAD_REQUEST, outcome(IssueType.INVALID, mismatch.getPropertyName()
                    + " has the wrong type or format", mismatch.getPropertyName()));
        }
        LoggerFactory.getLogger(getClass()).error("FHIR request failed", e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, outcome(IssueType.EXCEPTION,
                "The server failed to answer; the failure is logged", null));
    }

    @ExceptionHandler(DataFormatException.class)
    ResponseEntity<String> unreadable(DataFormatException e) {
        return respond(HttpStatus.BAD_REQUEST, outcome(IssueType.STRUCTURE, "Not a readable FHIR JSON resource: "
                + e.getMessage(), null));
    }

    static OperationOutcome outcome(IssueType type, String message, String expression) {
        return new OperationOutcome().addIssue(issue(type, message, expression));
    }

    static OperationOutcome.OperationOutcomeIssueComponent issue(IssueType type, String message,
            String expression) {
        var issue = new OperationOutcome.OperationOutcomeIssueComponent().setSeverity(IssueSeverity.ERROR)
            .setCode(type).setDiagnostics(message);
        if (expression != null) {
            issue.addExpression(expression);
        }
        return issue;
    }
}
