package org.referout.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
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
 * ({@code server.tomcat.max-http-form-post-size}); any other body without one (chunked JSON) is read here up to
 * the ceiling, and answered the same 413 when it goes past it.
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
            tooLarge(response, toFhir, limit);
            return;
        }
        if (request.getContentLengthLong() < 0 && hasUnboundedBody(request)) {
            byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                tooLarge(response, toFhir, limit);
                return;
            }
            chain.doFilter(new BufferedBody(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A body of unknown length that Tomcat does not bound itself (it bounds forms). */
    private static boolean hasUnboundedBody(HttpServletRequest request) {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        return !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                && !type.startsWith("application/x-www-form-urlencoded") && !type.startsWith("multipart/");
    }

    private static void tooLarge(HttpServletResponse response, boolean toFhir, long limit) throws IOException {
        String message = "Request body too large: at most " + limit + " bytes";
        response.setStatus(413);
        response.setHeader("Connection", "close");
        // a FHIR client reads every error as an OperationOutcome (R4 http.html), written here without HAPI
        response.setContentType(toFhir ? "application/fhir+json;charset=UTF-8" : "text/plain;charset=UTF-8");
        String body = toFhir ? "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\","
                + "\"code\":\"too-costly\",\"diagnostics\":\"" + message + "\"}]}" : message + "\n";
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }

    /** The request with its body already read (within the ceiling). */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    // the whole body is in memory: it is all available now, and then all read
                    try {
                        listener.onDataAvailable();
                        listener.onAllDataRead();
                    }
                    catch (IOException e) {
                        listener.onError(e);
                    }
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
