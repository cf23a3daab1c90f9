package org.referout.fhir;

import jakarta.servlet.http.HttpServletRequest;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every /fhir request no other controller maps: an unknown type or operation is a 404, a known type asked for an
 * interaction it does not support a 405 with {@code Allow}; both as OperationOutcomes (R4 http.html). More specific
 * mappings always win over {@code /fhir/**}.
 */
@RestController
class FallbackController extends FhirEndpoint {

    FallbackController(FhirContext fhir) {
        super(fhir);
    }

    @RequestMapping("/fhir/**")
    ResponseEntity<String> unmapped(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length() + "/fhir".length());
        String[] parts = path.replaceFirst("^/", "").split("/");
        String method = request.getMethod();
        if (path.isEmpty() || path.equals("/")) {
            return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, "POST")
                .contentType(FHIR_JSON).body(encode(outcome(IssueType.NOTSUPPORTED, method
                        + " on the base is not supported: POST a transaction Bundle", null)));
        }
        var supported = MetadataController.SUPPORTED.stream().filter(s -> s.type().equals(parts[0])).findFirst();
        boolean operation = parts.length > 1 && parts[parts.length - 1].startsWith("$");
        if (supported.isEmpty() || operation || parts.length > 2 || method.equals("GET") || method.equals("HEAD")) {
            return respond(HttpStatus.NOT_FOUND, outcome(IssueType.NOTFOUND, supported.isEmpty()
                    ? "Unknown resource type " + parts[0] + " (see /fhir/metadata)"
                    : operation ? "Unknown operation " + parts[parts.length - 1] + " on " + parts[0]
                            : "Not found: " + path, null));
        }
        String allow = parts.length == 1 ? (supported.get().searchable() ? "GET" : "") : "GET";
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, allow)
            .contentType(FHIR_JSON).body(encode(outcome(IssueType.NOTSUPPORTED, method + " is not supported on "
                    + (parts.length == 1 ? parts[0] : parts[0] + "/[id]") + " (see /fhir/metadata)", null)));
    }

    private String encode(org.hl7.fhir.r4.model.OperationOutcome outcome) {
        return fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(outcome);
    }
}
