package org.referout.referral;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.referout.audit.AuditLog;
import org.referout.client.ClientDetails;
import org.referout.client.Clients;
import org.referout.episode.EpisodeId;
import org.referout.episode.EpisodeStart;
import org.referout.episode.Episodes;
import org.referout.practice.CurrentPractice;
import org.referout.practice.PracticeId;
import org.referout.practice.Practices;
import org.referout.web.BadRequestException;
import org.referout.web.NotFoundException;
import org.referout.web.RateLimiter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals between two ReferOut practices (C6, inbound). An e-mail address is an identity only once verified (C1),
 * so a referral reaches a user's inbox only when their address is verified <em>and</em> either the sender chose to
 * deliver it to the ReferOut inbox of that address, or the user showed its link and code. Whatever the route, the
 * receiving practice sees and imports only what the client consented to share.
 */
@Service
public class Inboxes {

    private final Inbox inbox;
    private final RecipientRepository recipients;
    private final ReferralRepository referrals;
    private final LinkRepository links;
    private final RecipientDesk desk;
    private final Lifecycle lifecycle;
    private final Practices practices;
    private final Clients clients;
    private final Episodes episodes;
    private final AuditLog auditLog;
    private final RateLimiter claims;

    Inboxes(Inbox inbox, RecipientRepository recipients, ReferralRepository referrals, LinkRepository links,
            RecipientDesk desk, Lifecycle lifecycle, Practices practices, Clients clients, Episodes episodes,
            AuditLog auditLog, java.time.Clock clock) {
        this.inbox = inbox;
        this.recipients = recipients;
        this.referrals = referrals;
        this.links = links;
        this.desk = desk;
        this.lifecycle = lifecycle;
        this.practices = practices;
        this.clients = clients;
        this.episodes = episodes;
        this.auditLog = auditLog;
        // per user, not per address: a wrong code costs the guesser, never the holder of the right one
        this.claims = new RateLimiter(5, Duration.ofMinutes(15), clock);
    }

    /** The sender's choice: this recipient uses ReferOut, so referrals to them also go to their ReferOut inbox. */
    @Transactional
    public void deliverToInbox(CurrentPractice sender, RecipientId recipient, boolean deliver) {
        Referrals.clinician(sender);
        if (recipients.setInbox(sender.id(), recipient, deliver) == 0) {
            throw new NotFoundException();
        }
    }

    /** Referrals to this user with only the data the client consented to share; nothing until the e-mail is verified. */
    @Transactional(readOnly = true)
    public List<InboundReferral> inbox(CurrentPractice by) {
        if (!by.seesClinicalData() || !practices.emailVerified(by)) {
            return List.of();
        }
        return inbox.forUser(by.id(), by.userId(), by.email());
    }

    /**
     * Adds a referral to the user's inbox by its link (the whole address or its last part) and its code, for a
     * referral sent to an address the sender did not mark as a ReferOut user. Wrong link, wrong code and a closed
     * referral all get the same answer.
     */
    @Transactional
    public void claim(CurrentPractice by, String linkOrToken, String code) {
        Referrals.clinician(by);
        if (!practices.emailVerified(by)) {
            throw new BadRequestException("link", "confirm your e-mail address first (we sent you a link)");
        }
        String key = by.id() + "/" + by.userId();
        if (!claims.tryAcquire(key)) {
            throw new BadRequestException("code", "too many attempts: try again in "
                    + Math.max(1, claims.retryAfter(key).toMinutes()) + " minutes");
        }
        String token = tokenOf(linkOrToken);
        if (token.isEmpty() || code == null || !desk.verify(token, code.strip())) {
            throw new BadRequestException("code", "this link and code do not open a referral");
        }
        claims.reset(key);
        Link link = links.byToken(token).orElseThrow();
        inbox.claim(by.id(), by.userId(), link, lifecycle.now());
        auditLog.record(by, "REFERRAL_CLAIMED", "referral", null, null,
                "from practice " + link.practice() + ", referral " + link.referral());
    }

    /**
     * Makes an inbound referral a client and an episode of this practice in one step, with the consented data only
     * (name, birth date, ZIP; the complaint and goals only when the summary was shared). The sender's timeline says
     * so. Importing twice is refused.
     */
    @Transactional
    public EpisodeId importInbound(CurrentPractice by, PracticeId from, ReferralId id) {
        Referrals.clinician(by);
        InboundReferral inbound = inbox(by).stream()
            .filter(r -> r.fromPractice().equals(from) && r.id().equals(id))
            .findFirst()
            .orElseThrow(NotFoundException::new);
        if (inbound.importedAt() != null) {
            throw new BadRequestException("referral", "was already added to your clients");
        }
        EpisodeSummary summary = inbound.summary();
        var client = clients.create(by, new ClientDetails(summary.clientFirstName(), summary.clientLastName(),
                summary.clientBirthDate(), null, null, null, null, null, null, summary.clientZip(), null, false));
        EpisodeId episode = episodes.start(by, client, new EpisodeStart(summary.complaintCode(), false, List.of(),
                summary.goals(), "NPRS", List.of(), null));
        OffsetDateTime now = lifecycle.now();
        referrals.markImported(from, id, inbound.recipient(), now);
        Referral sent = referrals.find(from, id).orElseThrow();
        lifecycle.step(from, sent, Lifecycle.Actor.recipient(by.userName() + " (on ReferOut)"), "RECEIVED",
                by.userName() + " added the client to their practice on ReferOut");
        auditLog.record(by, "REFERRAL_IMPORTED", "client", client, client.value(),
                "from practice " + from + ", referral " + id);
        return episode;
    }

    /** The token of a recipient link: {@code https://host/r/TOKEN}, {@code /r/TOKEN} or the token itself. */
    static String tokenOf(String linkOrToken) {
        if (linkOrToken == null) {
            return "";
        }
        String text = linkOrToken.strip();
        int marker = text.lastIndexOf("/r/");
        String token = marker >= 0 ? text.substring(marker + 3) : text;
        int end = token.indexOf('?');
        token = end >= 0 ? token.substring(0, end) : token;
        return token.matches("[A-Za-z0-9_-]{20,100}") ? token : "";
    }
}
