package org.referout.fhir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Content negotiation as R4 http.html says, before any controller: this server speaks JSON only, so a
 * {@code _format} or {@code Accept} that admits no JSON is a 406, and a body in anything but JSON is a 415; both as
 * OperationOutcomes. Runs after the security chain (an unauthenticated call is a 401 first, as on HAPI's server).
 */
class FhirFormatFilter extends OncePerRequestFilter {

    private static final Set<String> JSON_FORMATS = Set.of("json", "application/json", "application/fhir+json",
            "application/json+fhir");

    private final FhirContext fhir;

    FhirFormatFilter(FhirContext fhir) {
        this.fhir = fhir;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String format = request.getParameter("_format");
        if (format != null && !format.isBlank() && !JSON_FORMATS.contains(base(format))) {
            write(response, 406, IssueType.NOTSUPPORTED, "_format " + format + " is not served: use _format=json",
                    "_format");
            return;
        }
        if ((format == null || format.isBlank()) && !acceptsJson(request.getHeader(HttpHeaders.ACCEPT))) {
            write(response, 406, IssueType.NOTSUPPORTED, "Accept " + request.getHeader(HttpHeaders.ACCEPT)
                    + " admits no JSON: this server answers in application/fhir+json", null);
            return;
        }
        String method = request.getMethod();
        if ((method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) && request.getContentType() != null
                && !JSON_FORMATS.contains(base(request.getContentType()))) {
            write(response, 415, IssueType.NOTSUPPORTED, "Content-Type " + request.getContentType()
                    + " is not read: send application/fhir+json", null);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String base(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    static boolean acceptsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            for (MediaType type : MediaType.parseMediaTypes(accept)) {
                if (type.getQualityValue() > 0 && (type.isWildcardType() || type.getSubtype().equals("*")
                        || type.getSubtype().equals("json") || type.getSubtype().endsWith("+json")
                        || type.getSubtype().startsWith("json+"))) {
                    return true;
                }
            }
            return false;
        }
        catch (InvalidMediaTypeException e) {
            return true; // an unreadable Accept is ignored, as most servers do
        }
    }

    private void write(HttpServletResponse response, int status, IssueType type, String message, String expression)
            throws IOException {
        OperationOutcome outcome = FhirEndpoint.outcome(type, message, expression);
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(Codes.FHIR_JSON + ";charset=UTF-8");
        response.getWriter().write(fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(outcome));
    }
}
