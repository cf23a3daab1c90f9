package org.referout.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request bodies have a documented ceiling (Q): {@code referout.max-request-bytes} (1 MB) for pages and the API,
 * {@code referout.max-fhir-request-bytes} (5 MB) for FHIR Bundles. A larger body is answered 413 with one short
 * line, before anything reads it (issue: a 9.9 MB visit got a 20 MB error reply; a FHIR transaction of 16,000
 * patients ran for 25 s). Form bodies sent without a declared length are bounded by Tomcat
 * ({@code server.tomcat.max-http-form-post-size}); a chunked JSON body is not bounded yet.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    private final long pages;
    private final long fhir;

    RequestSizeLimit(@Value("${referout.max-request-bytes:1048576}") long pages,
            @Value("${referout.max-fhir-request-bytes:5242880}") long fhir) {
        this.pages = pages;
        this.fhir = fhir;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean toFhir = request.getRequestURI().startsWith(request.getContextPath() + "/fhir");
        long limit = toFhir ? fhir : pages;
        if (request.getContentLengthLong() > limit) {
            String message = "Request body too large: at most " + limit + " bytes";
            response.setStatus(413);
            response.setHeader("Connection", "close");
            // a FHIR client reads every error as an OperationOutcome (R4 http.html), written here without HAPI
            response.setContentType(toFhir ? "application/fhir+json;charset=UTF-8" : "text/plain;charset=UTF-8");
            String body = toFhir ? "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\","
                    + "\"code\":\"too-costly\",\"diagnostics\":\"" + message + "\"}]}" : message + "\n";
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }
}
