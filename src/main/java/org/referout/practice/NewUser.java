package org.referout.practice;

/** A user the owner adds with a known first password ({@link Practices#addUsers}). */
public record NewUser(String email, String displayName, Role role) {
}
