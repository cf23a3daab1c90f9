package org.referout.practice;

/** What sign-up (web form or the {@code practice create} command) needs to open a practice. */
public record NewPractice(String practiceName, String ownerName, String ownerEmail, String password) {
}
