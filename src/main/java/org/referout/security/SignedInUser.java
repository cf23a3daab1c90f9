package org.referout.security;

import java.util.Collection;
import java.util.List;

import org.referout.practice.CurrentPractice;
import org.referout.practice.User;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The security principal: a user of one practice. Carries what CurrentPractice needs, nothing clinical. */
public final class SignedInUser implements UserDetails {

    private final CurrentPractice current;
    private final String passwordHash;
    private final boolean enabled;

    public SignedInUser(User user) {
        this.current = user.asCurrentPractice();
        this.passwordHash = user.passwordHash();
        this.enabled = user.enabled();
    }

    public CurrentPractice current() {
        return current;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + current.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return current.email();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
