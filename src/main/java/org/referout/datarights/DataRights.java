package org.referout.datarights;

import java.io.Writer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.referout.audit.AuditLog;
import org.referout.client.ClientId;
import org.referout.client.Clients;
import org.referout.practice.CurrentPractice;
import org.referout.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The data-rights front door: erase a client on request, export de-identified outcomes. Both owner-only. */
@Service
public class DataRights {

    private final ErasureRepository erasure;
    private final OutcomeRepository outcomes;
    private final Clients clients;
    private final AuditLog auditLog;
    private final Clock clock;

    DataRights(ErasureRepository erasure, OutcomeRepository outcomes, Clients clients, AuditLog auditLog, Clock clock) {
        this.erasure = erasure;
        this.outcomes = outcomes;
        this.clients = clients;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * Anonymises the client everywhere in one transaction and audits it (without the name, which is the point).
     * Episodes, visits, scores, complaints and dates stay, so the practice's counts do not change.
     *
     * @throws NotFoundException for anyone but the owner, and for an absent, erased or other practice's client
     */
    @Transactional
    public Erasure erase(CurrentPractice owner, ClientId client) {
        if (!owner.isOwner() || !clients.exists(owner.id(), client)) {
            throw new NotFoundException();
        }
        List<String> identifiers = erasure.identifiers(owner.id(), client);
        OffsetDateTime now = OffsetDateTime.now(clock);
        erasure.anonymise(owner.id(), client, now);
        int n = identifiers.size();
        int swept = n == 0 ? 0 : erasure.sweep(owner.id(), identifiers.subList(0, n - 2))
                + erasure.sweepSearches(owner.id(), identifiers.subList(n - 2, n))
                + erasure.sweepEvents(identifiers.subList(0, n - 2));
        auditLog.record(owner, "CLIENT_ERASED", "client", client, client.value(),
                "personal data anonymised on request; " + swept + " further mentions removed");
        return new Erasure(client, now, swept);
    }

    /** What an erasure did, for the owner's confirmation: when, and how many further mentions it removed. */
    public record Erasure(ClientId client, OffsetDateTime at, int furtherMentions) {
    }

    /**
     * When this practice's client was erased, for the confirmation page after the fact.
     *
     * @return empty for anyone but the owner, and for a client that is not erased or is another practice's
     */
    @Transactional(readOnly = true)
    public java.util.Optional<OffsetDateTime> erasedAt(CurrentPractice owner, ClientId client) {
        return owner.isOwner() ? erasure.erasedAt(owner.id(), client) : java.util.Optional.empty();
    }

    /** Writes the practice's de-identified outcomes as CSV (see OutcomeCsv); erased clients are left out. */
    @Transactional
    public void exportOutcomes(CurrentPractice owner, Writer out) {
        if (!owner.isOwner()) {
            throw new NotFoundException();
        }
        var rows = outcomes.scores(owner.id());
        var pseudonyms = outcomes.pseudonyms(owner.id(),
                rows.stream().map(OutcomeRepository.ScoreRow::clientId).distinct().toList(), OffsetDateTime.now(clock));
        OutcomeCsv.write(rows, pseudonyms, out);
        auditLog.record(owner, "OUTCOMES_EXPORTED", "export", null, null, rows.size() + " scores, de-identified");
    }
}
