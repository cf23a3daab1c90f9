package org.referout.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.referout.support.DatabaseTest;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.referout.web.BadRequestException;
import org.referout.web.FieldProblem;
import org.referout.web.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Several users with one first password: one hash, all or none stored, the owner only. */
@DatabaseTest
class PracticesAddUsersTests {

    @Autowired
    Practices practices;

    @Autowired
    TestPractices teams;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    @Test
    void addsEveryUserWithTheRoleGivenAndOnePasswordThatSignsEachIn() {
        Team team = teams.newPractice("Add users");
        String unique = "u" + System.nanoTime();
        List<User> added = practices.addUsers(team.owner().asCurrentPractice(), List.of(
                new NewUser("a-" + unique + "@example.test", "Ann Therapist", Role.THERAPIST),
                new NewUser("b-" + unique + "@example.test", "Bo Desk", Role.FRONT_DESK)), "shared-first-password");

        assertThat(added).extracting(User::role).containsExactly(Role.THERAPIST, Role.FRONT_DESK);
        for (User user : added) {
            String hash = jdbc.sql("select password_hash from app_user where practice_id = :p and email = :e")
                .param("p", team.id().value()).param("e", user.email()).query(String.class).single();
            assertThat(passwords.matches("shared-first-password", hash)).isTrue();
            assertThat(practices.userByEmail(user.email())).isPresent();
        }
    }

    @Test
    void badOrRepeatedAddressesNameTheirFieldAndStoreNobody() {
        Team team = teams.newPractice("Add users bad");
        long before = usersOf(team);
        String unique = "u" + System.nanoTime();
        assertThatThrownBy(() -> practices.addUsers(team.owner().asCurrentPractice(), List.of(
                new NewUser("c-" + unique + "@example.test", "Cy", Role.THERAPIST),
                new NewUser("not an address", "Di", Role.THERAPIST),
                new NewUser("C-" + unique + "@example.test", "", Role.THERAPIST)), "short"))
            .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("users[1].email", "users[2].email", "users[2].displayName", "password"));
        assertThat(usersOf(team)).isEqualTo(before);
    }

    @Test
    void onlyTheOwnerAddsUsers() {
        Team team = teams.newPractice("Add users therapist");
        assertThatThrownBy(() -> practices.addUsers(team.therapist().asCurrentPractice(),
                List.of(new NewUser("e" + System.nanoTime() + "@example.test", "Ed", Role.OWNER)), "shared-first-password"))
            .isInstanceOf(NotFoundException.class);
    }

    private long usersOf(Team team) {
        return jdbc.sql("select count(*) from app_user where practice_id = :p").param("p", team.id().value())
            .query(Long.class).single();
    }
}
