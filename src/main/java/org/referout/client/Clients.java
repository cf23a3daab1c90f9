package org.referout.client;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.referout.audit.AuditLog;
import org.referout.practice.CurrentPractice;
import org.referout.practice.PracticeId;
import org.referout.web.BadRequestException;
import org.referout.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clients module's front door. Every method that reads or changes a client's record writes an audit entry
 * in the same transaction (C1), so there is no read path that skips the log.
 */
@Service
public class Clients {

    public static final int MAX_PAGE_SIZE = 100;

    private final ClientRepository repository;
    private final AuditLog auditLog;
    private final Clock clock;

    Clients(ClientRepository repository, AuditLog auditLog, Clock clock) {
        this.repository = repository;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** @throws BadRequestException naming every bad field; nothing is stored then */
    @Transactional
    public ClientId create(CurrentPractice by, ClientDetails details) {
        ClientDetails clean = checked(details);
        ClientId id = repository.insert(by.id(), clean, OffsetDateTime.now(clock));
        auditLog.record(by, "CLIENT_CREATED", "client", id, id.value(), null);
        return id;
    }

    /**
     * @throws org.referout.web.ConflictException when {@code seenVersion} is stale (someone else saved first)
     * @throws org.referout.web.NotFoundException when the client is absent, erased or another practice's
     */
    @Transactional
    public void update(CurrentPractice by, ClientId id, ClientDetails details, int seenVersion) {
        ClientDetails clean = checked(details);
        if (!repository.exists(by.id(), id)) {
            throw new NotFoundException();
        }
        repository.update(by.id(), id, clean, seenVersion, OffsetDateTime.now(clock));
        auditLog.record(by, "CLIENT_UPDATED", "client", id, id.value(), "version " + seenVersion);
    }

    @Transactional
    public Optional<Client> find(CurrentPractice by, ClientId id) {
        Optional<Client> client = repository.find(by.id(), id);
        client.ifPresent(found -> auditLog.record(by, "CLIENT_READ", "client", id, id.value(), null));
        return client;
    }

    /** Names, e-mail or phone digits contain {@code query} (blank: all clients), by last name. One audit entry. */
    @Transactional
    public ClientPage search(CurrentPractice by, String query, int page, int size) {
        int safeSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int safePage = Math.max(0, page);
        var clients = repository.search(by.id(), query, safePage, safeSize);
        long total = repository.count(by.id(), query);
        auditLog.record(by, "CLIENT_SEARCH", "client", null, null,
                (query == null || query.isBlank() ? "all" : "query " + query) + ", " + clients.size() + " shown");
        return new ClientPage(clients, safePage, safeSize, total);
    }

    /**
     * Clients matching {@code filter}, {@code limit} of them from {@code offset} (FHIR paging), with the number of
     * all matches. One audit entry, as for {@link #search}. {@code limit} 0 counts only.
     */
    @Transactional
    public ClientPage find(CurrentPractice by, ClientFilter filter, long offset, int limit) {
        int safeLimit = Math.max(0, Math.min(limit, 1000));
        long safeOffset = Math.max(0, offset);
        var clients = safeLimit == 0 || filter.ids() != null && filter.ids().isEmpty() ? java.util.List.<Client>of()
                : repository.find(by.id(), filter, safeOffset, safeLimit);
        long total = filter.ids() != null && filter.ids().isEmpty() ? 0 : repository.count(by.id(), filter);
        auditLog.record(by, "CLIENT_SEARCH", "client", null, null, "FHIR search, " + clients.size() + " shown");
        return new ClientPage(clients, safeLimit == 0 ? 0 : (int) (safeOffset / safeLimit), safeLimit, total);
    }

    /** Identifiers other systems gave these clients (for FHIR Patient.identifier); no client data beyond them. */
    @Transactional(readOnly = true)
    public java.util.Map<ClientId, java.util.List<ClientIdentifier>> identifiers(PracticeId practice,
            java.util.List<ClientId> ids) {
        var found = repository.identifiers(practice, ids.stream().map(ClientId::value).toList());
        var byId = new java.util.HashMap<ClientId, java.util.List<ClientIdentifier>>();
        found.forEach((id, list) -> byId.put(new ClientId(id), list));
        return byId;
    }

    /**
     * Keeps identifiers another system gave a client (an import); system and value at most 500 characters each.
     * @throws BadRequestException naming {@code identifier[i]} when one is incomplete or too long
     */
    @Transactional
    public void addIdentifiers(CurrentPractice by, ClientId id, java.util.List<ClientIdentifier> identifiers) {
        var problems = new java.util.ArrayList<org.referout.web.FieldProblem>();
        for (int i = 0; i < identifiers.size(); i++) {
            ClientIdentifier identifier = identifiers.get(i);
            if (identifier.system() == null || identifier.value() == null || identifier.system().isBlank()
                    || identifier.value().isBlank() || identifier.system().length() > 500
                    || identifier.value().length() > 500) {
                problems.add(new org.referout.web.FieldProblem("identifier[" + i + "]",
                        "needs a system and a value of at most 500 characters"));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        if (!repository.exists(by.id(), id)) {
            throw new NotFoundException();
        }
        repository.addIdentifiers(by.id(), id, identifiers);
        auditLog.record(by, "CLIENT_UPDATED", "client", id, id.value(), identifiers.size() + " identifiers added");
    }

    @Transactional
    public ClientPage list(CurrentPractice by, int page, int size) {
        return search(by, null, page, size);
    }

    /** For other modules that attach records to a client: no client data is read, so nothing is audited. */
    @Transactional(readOnly = true)
    public boolean exists(PracticeId practice, ClientId id) {
        return repository.exists(practice, id);
    }

    private ClientDetails checked(ClientDetails details) {
        ClientDetails clean = details.normalized();
        var problems = ClientChecks.problems(clean, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        return clean;
    }
}
