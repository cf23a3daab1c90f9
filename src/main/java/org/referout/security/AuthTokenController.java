package org.referout.security;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.referout.practice.ApiTokens;
import org.referout.practice.Practices;
import org.referout.practice.User;
import org.referout.web.BadRequestException;
import org.referout.web.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/auth/token}: trade an e-mail and password for a new API token (throttled like login). */
@RestController
class AuthTokenController {

    /** {@code name} labels the token; a new token under a name in use replaces the older one. */
    record Credentials(String email, String password, String name) {
    }

    /**
     * Checked against when the e-mail is unknown, so an unknown address costs the same bcrypt work as a known one
     * with a wrong password: the answer's timing tells nothing about which addresses have accounts.
     */
    private final String nobody;

    private final Practices practices;
    private final ApiTokens tokens;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;

    AuthTokenController(Practices practices, ApiTokens tokens, PasswordEncoder passwords, LoginThrottle throttle) {
        this.practices = practices;
        this.tokens = tokens;
        this.passwords = passwords;
        this.throttle = throttle;
        this.nobody = passwords.encode(org.referout.practice.Secrets.newToken());
    }

    @PostMapping("/api/v1/auth/token")
    ResponseEntity<Map<String, Object>> token(@RequestBody Credentials credentials, HttpServletRequest request) {
        if (credentials.email() == null || credentials.email().isBlank()) {
            throw new BadRequestException("email", "this is required");
        }
        if (credentials.password() == null || credentials.password().isEmpty()) {
            throw new BadRequestException("password", "this is required");
        }
        String address = request.getRemoteAddr();
        if (throttle.isBlocked(credentials.email(), address)) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).body(Map.of("errors", List.of(new FieldProblem(
                    "email", "too many failed attempts; try again in " + throttle.minutesToWait(credentials.email(),
                            address) + " minutes"))));
        }
        User known = practices.userForSignIn(credentials.email()).orElse(null);
        boolean right = passwords.matches(credentials.password(), known == null ? nobody : known.passwordHash());
        User user = known != null && right && known.enabled() ? known : null;
        if (user == null) {
            throttle.failed(credentials.email(), address);
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .body(Map.of("errors", List.of(new FieldProblem("password", "e-mail or password is wrong"))));
        }
        throttle.succeeded(credentials.email(), address);
        ApiTokens.Minted minted = tokens.mint(user.asCurrentPractice(),
                credentials.name() == null || credentials.name().isBlank() ? "API token" : credentials.name(), true);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("token", minted.token(), "name", minted.name(),
                "expiresAt", minted.expiresAt().toString()));
    }
}
