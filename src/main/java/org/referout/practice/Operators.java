package org.referout.practice;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who runs this server, as opposed to who owns a practice on it: the addresses listed in {@code referout.operators}
 * at install. Every sign-up makes an owner, so ownership can never be what allows server-wide actions (the shared
 * national directory). An operator must also have verified the address, or anyone could sign up with it.
 */
@Component
class Operators {

    private final Set<String> emails;

    Operators(@Value("${referout.operators:}") String operators) {
        this.emails = Arrays.stream(operators.split(","))
            .map(email -> email.strip().toLowerCase(Locale.ROOT))
            .filter(email -> !email.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
    }

    boolean listed(String email) {
        return email != null && emails.contains(email.strip().toLowerCase(Locale.ROOT));
    }
}
