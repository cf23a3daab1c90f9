/**
 * Who may do what: form login for pages, per-user bearer tokens for the API and FHIR, CSRF, security
 * headers (CSP without inline scripts), session fixation protection, login throttling, and the
 * CurrentPractice argument every controller receives. Listens to nothing; publishes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security",
        allowedDependencies = { "practice", "web" })
package org.referout.security;
