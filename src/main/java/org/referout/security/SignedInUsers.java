package org.referout.security;

import org.referout.practice.Practices;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class SignedInUsers implements UserDetailsService {

    private final Practices practices;

    SignedInUsers(Practices practices) {
        this.practices = practices;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return practices.userForSignIn(email).map(SignedInUser::new)
            .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
