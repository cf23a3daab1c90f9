package org.referout.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing, needed by the web app and by the operator's {@code practice create} alike. */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, behind a delegating encoder so stored hashes can move to a stronger scheme later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
