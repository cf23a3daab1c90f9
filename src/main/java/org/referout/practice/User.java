package org.referout.practice;

/** A person who signs in. The password hash never leaves the practice module and the security module. */
public record User(PracticeId practiceId, UserId id, String email, String displayName, Role role, boolean enabled,
        String passwordHash) {

    public CurrentPractice asCurrentPractice() {
        return new CurrentPractice(practiceId, id, role, displayName, email);
    }
}
