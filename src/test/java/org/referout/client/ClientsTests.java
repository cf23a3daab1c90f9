package org.referout.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.referout.audit.AuditEntry;
import org.referout.audit.AuditLog;
import org.referout.practice.CurrentPractice;
import org.referout.support.DatabaseTest;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.referout.web.BadRequestException;
import org.referout.web.ConflictException;
import org.referout.web.FieldProblem;
import org.referout.web.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class ClientsTests {

    @Autowired
    Clients clients;

    @Autowired
    TestPractices practices;

    @Autowired
    AuditLog auditLog;

    static ClientDetails jane() {
        return new ClientDetails("Jane", "Doe", LocalDate.of(1980, 5, 17), "jane@example.test", "(555) 123-4567",
                "1 Main St", null, "Springfield", "IL", "62701", "English", true);
    }

    @Test
    void createsFindsAndAuditsBoth() {
        CurrentPractice therapist = practices.newPractice("Create").therapist().asCurrentPractice();
        ClientId id = clients.create(therapist, jane());

        Client found = clients.find(therapist, id).orElseThrow();

        assertThat(found.details()).isEqualTo(jane());
        assertThat(found.version()).isZero();
        assertThat(found.treatmentConsentAt()).isNotNull();
        assertThat(auditLog.list(therapist.id(), id.value(), 10)).extracting(AuditEntry::action)
            .containsExactly("CLIENT_READ", "CLIENT_CREATED");
    }

    @Test
    void anotherPracticesClientIsAbsent() {
        CurrentPractice mine = practices.newPractice("Mine").owner().asCurrentPractice();
        CurrentPractice theirs = practices.newPractice("Theirs").owner().asCurrentPractice();
        ClientId id = clients.create(theirs, jane());

        assertThat(clients.find(mine, id)).isEmpty();
        assertThatThrownBy(() -> clients.update(mine, id, jane(), 0)).isInstanceOf(NotFoundException.class);
        assertThat(clients.search(mine, "Jane", 0, 20).total()).isZero();
    }

    @Test
    void secondSaveOnTheSameVersionIsAConflict() {
        Team team = practices.newPractice("Conflict");
        ClientId id = clients.create(team.owner().asCurrentPractice(), jane());
        var renamed = new ClientDetails("Janet", "Doe", null, null, null, null, null, null, null, null, null, false);

        clients.update(team.owner().asCurrentPractice(), id, renamed, 0);

        assertThatThrownBy(() -> clients.update(team.frontDesk().asCurrentPractice(), id, jane(), 0))
            .isInstanceOf(ConflictException.class);
        Client stored = clients.find(team.owner().asCurrentPractice(), id).orElseThrow();
        assertThat(stored.firstName()).isEqualTo("Janet");
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.treatmentConsentAt()).isNull();
    }

    @Test
    void badDetailsNameEveryFieldAndStoreNothing() {
        CurrentPractice owner = practices.newPractice("Bad").owner().asCurrentPractice();
        var bad = new ClientDetails(" ", "x".repeat(101), LocalDate.now().plusDays(2), "not-mail", "call me",
                null, null, null, null, "#####", null, false);

        assertThatThrownBy(() -> clients.create(owner, bad)).isInstanceOfSatisfying(BadRequestException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field)
                    .containsExactly("firstName", "lastName", "dateOfBirth", "email", "phone", "zip"));
        assertThat(clients.list(owner, 0, 20).total()).isZero();
    }

    @Test
    void searchFindsByNameEmailAndPhoneDigitsWithPaging() {
        CurrentPractice owner = practices.newPractice("Search").owner().asCurrentPractice();
        clients.create(owner, jane());
        clients.create(owner, new ClientDetails("Bob", "Adams", null, "bob@example.test", "555 999 0000", null, null,
                null, null, null, null, false));
        clients.create(owner, new ClientDetails("Carla", "Zimmer", null, null, null, null, null, null, null, null,
                null, false));

        assertThat(clients.search(owner, "jane doe", 0, 10).clients()).extracting(Client::lastName).containsExactly("Doe");
        assertThat(clients.search(owner, "BOB@", 0, 10).clients()).extracting(Client::lastName).containsExactly("Adams");
        assertThat(clients.search(owner, "555-123", 0, 10).clients()).extracting(Client::lastName).containsExactly("Doe");
        ClientPage first = clients.list(owner, 0, 2);
        assertThat(first.clients()).extracting(Client::lastName).containsExactly("Adams", "Doe");
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.hasNext()).isTrue();
        assertThat(clients.list(owner, 1, 2).clients()).extracting(Client::lastName).containsExactly("Zimmer");
        assertThat(clients.search(owner, "%", 0, 10).total()).isEqualTo(3);
    }
}
