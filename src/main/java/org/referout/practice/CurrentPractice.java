package org.referout.practice;

/**
 * Who is asking: the signed-in user, their practice and role. Controllers take it as a method
 * argument; it is resolved from the security context (web session or API token).
 */
public record CurrentPractice(PracticeId id, UserId userId, Role role, String userName, String email) {

    public boolean seesClinicalData() {
        return role.seesClinicalData();
    }

    public boolean isOwner() {
        return role == Role.OWNER;
    }
}
