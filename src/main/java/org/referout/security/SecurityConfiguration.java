package org.referout.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Three filter chains: metrics (the operator's token only), the API and FHIR (stateless, bearer tokens, no cookies
 * so no CSRF) and the pages (form login, session, CSRF on every form). All send the same security headers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    /** No inline scripts anywhere (C1); inline styles are allowed because server-rendered SVG charts use them. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Anonymous routes: only these (Q). Each anonymous flow is rate-limited in its own controller. */
    static final String[] PUBLIC_PAGES = { "/login", "/login/unlock/**", "/signup", "/signup/**", "/intake/**", "/r/**", "/css/**",
            "/js/**", "/img/**", "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**" };

    /** Metrics and Prometheus: for the operator's scraper only (see {@link MetricsTokenFilter}). */
    @Bean
    @Order(0)
    SecurityFilterChain metrics(HttpSecurity http, @Value("${referout.metrics-token:}") String token) throws Exception {
        http.securityMatcher("/actuator/metrics", "/actuator/metrics/**", "/actuator/prometheus")
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                .sessionFixation(fixation -> fixation.none()))
            .csrf(csrf -> csrf.disable())
            .addFilterBefore(new MetricsTokenFilter(token), UsernamePasswordAuthenticationFilter.class)
            .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(MetricsTokenFilter.OPERATOR))
            .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> {
                response.setStatus(401);
                response.setContentType(MediaType.TEXT_PLAIN_VALUE);
                response.getWriter().write("Metrics need 'Authorization: Bearer' with the token set in referout.metrics-token\n");
            }));
        headers(http);
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokenFilter tokens) throws Exception {
        http.securityMatcher("/api/**", "/fhir/**")
            // A token authenticates each call on its own: no session fixation step either, which would otherwise
            // change the id of a browser session sent along with the call and sign out the user's other tabs
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                .sessionFixation(fixation -> fixation.none()))
            .csrf(csrf -> csrf.disable())
            .addFilterBefore(tokens, UsernamePasswordAuthenticationFilter.class)
            // FHIR servers publish their CapabilityStatement to anyone (R4 http.html, capabilities): no data in it
            .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                .requestMatchers(HttpMethod.GET, "/fhir/metadata").permitAll()
                .anyRequest().authenticated())
            .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) -> {
                response.setStatus(401);
                if (isFhir(request)) {
                    response.setHeader("WWW-Authenticate", "Bearer");
                    fhirOutcome(response, "login", "send a valid API token as 'Authorization: Bearer TOKEN'");
                    return;
                }
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.getWriter().write("{\"errors\":[{\"field\":\"Authorization\","
                        + "\"message\":\"send a valid API token as 'Authorization: Bearer TOKEN'\"}]}");
            }).accessDeniedHandler((request, response, e) -> {
                response.setStatus(403);
                if (isFhir(request)) {
                    fhirOutcome(response, "forbidden", "this token may not do that");
                    return;
                }
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.getWriter().write("{\"errors\":[{\"field\":\"Authorization\",\"message\":\"forbidden\"}]}");
            }));
        headers(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, LoginThrottleFilter throttle, LoginOutcomes outcomes)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_PAGES).permitAll().anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login")
                .usernameParameter("email")
                .successHandler(outcomes)
                .failureHandler(outcomes)
                .permitAll())
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?loggedOut"))
            .addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
            .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        headers(http);
        return http.build();
    }

    private static boolean isFhir(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/fhir") || path.startsWith("/fhir/");
    }

    /**
     * FHIR clients expect every error as an OperationOutcome (R4 http.html). Written as text: HAPI's types stay in
     * the fhir module (STYLE §8), and this one fixed outcome needs no parser.
     */
    private static void fhirOutcome(HttpServletResponse response, String code, String message) throws IOException {
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("application/fhir+json;charset=UTF-8");
        response.getWriter().write("{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\","
                + "\"code\":\"" + code + "\",\"diagnostics\":\"" + message + "\"}]}");
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
            .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
            .contentTypeOptions(contentType -> {
            })
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    }
}
