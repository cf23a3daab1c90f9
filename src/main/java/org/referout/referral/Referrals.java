package org.referout.referral;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.referout.audit.AuditLog;
import org.referout.client.Client;
import org.referout.client.Clients;
import org.referout.episode.DischargeReason;
import org.referout.episode.Episode;
import org.referout.episode.EpisodeId;
import org.referout.episode.Episodes;
import org.referout.practice.CurrentPractice;
import org.referout.practice.PracticeId;
import org.referout.practice.Practices;
import org.referout.web.BadRequestException;
import org.referout.web.FieldProblem;
import org.referout.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referral module's front door for the sending practice: draft a referral, choose recipients, record the
 * client's consent per recipient, send, follow the loop, close it. Front desk never sees referrals (they carry
 * clinical content): to them every referral is a 404. Every read and change of a referral is audited.
 */
@Service
public class Referrals {

    static final Duration RECIPIENT_LINK_LIFETIME = Duration.ofDays(30);
    static final Duration CLIENT_LINK_LIFETIME = Duration.ofDays(21);
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private final ReferralRepository referrals;
    private final RecipientRepository recipients;
    private final LinkRepository links;
    private final LinkSecrets secrets;
    private final Timeline timeline;
    private final Lifecycle lifecycle;
    private final EpisodeSnapshots snapshots;
    private final ReferralSettings settings;
    private final Clients clients;
    private final Episodes episodes;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Practices practices;
    private final ReferralDocuments documents;
    private final ReferralOutcomes outcomes;

    Referrals(ReferralRepository referrals, RecipientRepository recipients, LinkRepository links, LinkSecrets secrets,
            Timeline timeline, Lifecycle lifecycle, EpisodeSnapshots snapshots, ReferralSettings settings,
            Clients clients, Episodes episodes, AuditLog auditLog, ApplicationEventPublisher events,
            Practices practices, ReferralDocuments documents, ReferralOutcomes outcomes) {
        this.outcomes = outcomes;
        this.referrals = referrals;
        this.recipients = recipients;
        this.links = links;
        this.secrets = secrets;
        this.timeline = timeline;
        this.lifecycle = lifecycle;
        this.snapshots = snapshots;
        this.settings = settings;
        this.clients = clients;
        this.episodes = episodes;
        this.auditLog = auditLog;
        this.events = events;
        this.practices = practices;
        this.documents = documents;
    }

    // --- recipients ------------------------------------------------------------------------------------------

    /** A recipient entered by hand or picked from the directory; the same NPI is kept once per practice. */
    @Transactional
    public RecipientId addRecipient(CurrentPractice by, RecipientDetails details) {
        clinician(by);
        var problems = new ArrayList<FieldProblem>();
        text(problems, "name", details.name(), 200, true);
        text(problems, "organization", details.organization(), 200, false);
        text(problems, "providerType", details.providerType(), 100, false);
        text(problems, "phone", details.phone(), 40, false);
        text(problems, "address", details.address(), 300, false);
        String email = blankToNull(details.email());
        if (email != null && (email.length() > 320 || !EMAIL.matcher(email).matches())) {
            problems.add(new FieldProblem("email", "this does not look like an e-mail address"));
        }
        if (email == null && blankToNull(details.phone()) == null) {
            problems.add(new FieldProblem("email", "enter an e-mail address or a phone number to reach them"));
        }
        failOn(problems);
        if (details.npi() != null) {
            Optional<Recipient> known = recipients.findByNpi(by.id(), details.npi());
            if (known.isPresent()) {
                return known.get().id();
            }
        }
        var clean = new RecipientDetails(details.name().strip(), blankToNull(details.organization()),
                blankToNull(details.providerType()), blankToNull(details.taxonomyCode()), details.npi(),
                email == null ? null : email.toLowerCase(java.util.Locale.ROOT), blankToNull(details.phone()),
                blankToNull(details.address()), details.partnerId());
        return recipients.insert(by.id(), clean, lifecycle.now());
    }

    @Transactional(readOnly = true)
    public List<Recipient> recipients(CurrentPractice by) {
        return by.seesClinicalData() ? recipients.list(by.id()) : List.of();
    }

    @Transactional(readOnly = true)
    public Optional<Recipient> recipient(CurrentPractice by, RecipientId id) {
        return by.seesClinicalData() ? recipients.find(by.id(), id) : Optional.empty();
    }

    // --- drafting ----------------------------------------------------------------------------------------------

    /** @throws BadRequestException naming every bad field; NotFoundException for another practice's episode */
    @Transactional
    public ReferralId create(CurrentPractice by, EpisodeId episodeId, NewReferral draft) {
        clinician(by);
        Episode episode = episodes.find(by, episodeId).orElseThrow(NotFoundException::new);
        Client client = clients.find(by, episode.client()).orElseThrow(NotFoundException::new);
        var problems = new ArrayList<FieldProblem>();
        if (draft.urgency() == null) {
            problems.add(new FieldProblem("urgency", "choose how urgent the referral is"));
        }
        text(problems, "reason", draft.reason(), 4000, true);
        text(problems, "question", draft.question(), 2000, false);
        if (draft.recipients().isEmpty()) {
            // issue 16: a referral to nobody can never be sent, and it sat in the list as if it were on its way
            problems.add(new FieldProblem("recipients", "choose at least one recipient (or add one below)"));
        }
        for (int i = 0; i < draft.recipients().size(); i++) {
            if (recipients.find(by.id(), draft.recipients().get(i)).isEmpty()) {
                problems.add(new FieldProblem("recipients[" + i + "]", "not a recipient of this practice"));
            }
        }
        failOn(problems);
        ReferralId id = referrals.insert(by.id(), client.id(), episode.id(), draft, draft.reason().strip(),
                by.userId(), snapshots.take(by, client, episode), lifecycle.now());
        draft.recipients().stream().distinct().forEach(r -> referrals.addAddressee(by.id(), id, r));
        Referral created = referrals.find(by.id(), id).orElseThrow();
        lifecycle.step(by.id(), created, Lifecycle.Actor.user(by), "DRAFTED",
                "Reason: " + created.reason());
        auditLog.record(by, "REFERRAL_CREATED", "referral", id, client.id().value(), draft.urgency().name());
        return id;
    }

    @Transactional
    public void updateDraft(CurrentPractice by, ReferralId id, Urgency urgency, String reason, String question,
            int seenVersion) {
        Referral referral = load(by, id);
        if (referral.status() != ReferralStatus.DRAFT) {
            throw new BadRequestException("status", "only a draft can be edited; this referral is "
                    + referral.status().label().toLowerCase(java.util.Locale.ROOT));
        }
        var problems = new ArrayList<FieldProblem>();
        if (urgency == null) {
            problems.add(new FieldProblem("urgency", "choose how urgent the referral is"));
        }
        text(problems, "reason", reason, 4000, true);
        text(problems, "question", question, 2000, false);
        failOn(problems);
        referrals.updateDraft(by.id(), id, urgency, reason.strip(), blankToNull(question), seenVersion,
                lifecycle.now());
        auditLog.record(by, "REFERRAL_UPDATED", "referral", id, referral.client().value(), null);
    }

    @Transactional
    public void addAddressee(CurrentPractice by, ReferralId id, RecipientId recipient) {
        Referral referral = load(by, id);
        if (referral.status() != ReferralStatus.DRAFT && referral.status() != ReferralStatus.SENT) {
            throw new BadRequestException("recipient", "recipients can be added while the referral is a draft or "
                    + "sent, not when it is " + referral.status());
        }
        Recipient chosen = recipients.find(by.id(), recipient).orElseThrow(NotFoundException::new);
        if (referrals.addressees(by.id(), id).stream().anyMatch(a -> a.recipient().id().equals(recipient))) {
            return;
        }
        referrals.addAddressee(by.id(), id, recipient);
        lifecycle.step(by.id(), referral, Lifecycle.Actor.user(by), "RECIPIENT_ADDED", chosen.displayName());
        auditLog.record(by, "REFERRAL_UPDATED", "referral", id, referral.client().value(), "recipient " + recipient);
    }

    @Transactional
    public void removeAddressee(CurrentPractice by, ReferralId id, RecipientId recipient) {
        Referral referral = load(by, id);
        Addressee addressee = addressee(by.id(), id, recipient);
        if (addressee.sent()) {
            throw new BadRequestException("recipient", "already sent to " + addressee.recipient().displayName()
                    + "; withdraw the consent instead");
        }
        referrals.removeAddressee(by.id(), id, recipient);
        lifecycle.step(by.id(), referral, Lifecycle.Actor.user(by), "RECIPIENT_REMOVED",
                addressee.recipient().displayName());
    }

    // --- consent -----------------------------------------------------------------------------------------------

    /** C6: the client's consent for this referral and this recipient only, with who, how and which data. */
    @Transactional
    public void recordConsent(CurrentPractice by, ReferralId id, RecipientId recipient, ConsentGiven consent) {
        Referral referral = load(by, id);
        if (referral.status().isFinished()) {
            throw new BadRequestException("status",
                    "the referral is " + referral.status().label().toLowerCase(java.util.Locale.ROOT));
        }
        Addressee addressee = addressee(by.id(), id, recipient);
        var problems = new ArrayList<FieldProblem>();
        text(problems, "givenBy", consent.givenBy(), 200, true);
        if (consent.method() == null) {
            problems.add(new FieldProblem("method", "say how the client consented"));
        }
        if (consent.shares() == null) {
            problems.add(new FieldProblem("shares", "say which data the client agreed to share"));
        }
        failOn(problems);
        referrals.withdrawConsent(by.id(), id, recipient, lifecycle.now());
        referrals.insertConsent(by.id(), id, recipient, consent, by.userId(), lifecycle.now());
        lifecycle.step(by.id(), referral, Lifecycle.Actor.user(by), "CONSENT_RECORDED",
                consent.givenBy().strip() + " (" + consent.method().label() + ") for "
                        + addressee.recipient().displayName() + ": " + consent.shares().describe());
        auditLog.record(by, "REFERRAL_CONSENT", "referral", id, referral.client().value(),
                "recipient " + recipient + ", " + consent.method());
    }

    /** The client changed their mind: the recipient's link stops working at once. */
    @Transactional
    public void withdrawConsent(CurrentPractice by, ReferralId id, RecipientId recipient) {
        Referral referral = load(by, id);
        Addressee addressee = addressee(by.id(), id, recipient);
        referrals.withdrawConsent(by.id(), id, recipient, lifecycle.now());
        links.current(by.id(), id, recipient, Link.Kind.RECIPIENT)
            .ifPresent(link -> links.closeLink(link, lifecycle.now()));
        lifecycle.step(by.id(), referral, Lifecycle.Actor.user(by), "CONSENT_WITHDRAWN",
                addressee.recipient().displayName());
        auditLog.record(by, "REFERRAL_CONSENT_WITHDRAWN", "referral", id, referral.client().value(),
                "recipient " + recipient);
    }

    // --- sending -----------------------------------------------------------------------------------------------

    /**
     * Sends the referral to the chosen recipients ({@code only}), or to every consented recipient not yet sent to
     * when {@code only} is empty. Without consent nothing leaves: naming a recipient without consent refuses the
     * whole send, and a send that would reach no one is refused. Mail goes out after commit.
     *
     * @return the recipients it was sent to
     */
    @Transactional
    public List<Recipient> send(CurrentPractice by, ReferralId id, List<RecipientId> only) {
        Referral referral = load(by, id);
        if (referral.status() != ReferralStatus.SENT) {
            referral.status().moveTo(ReferralStatus.SENT);
        }
        List<Addressee> all = referrals.addressees(by.id(), id);
        List<Addressee> targets = new ArrayList<>();
        var problems = new ArrayList<FieldProblem>();
        if (only == null || only.isEmpty()) {
            all.stream().filter(a -> !a.sent() && a.consented()).forEach(targets::add);
        }
        else {
            for (int i = 0; i < only.size(); i++) {
                RecipientId wanted = only.get(i);
                Optional<Addressee> match = all.stream().filter(a -> a.recipient().id().equals(wanted)).findFirst();
                if (match.isEmpty()) {
                    problems.add(new FieldProblem("recipients[" + i + "]", "is not a recipient of this referral"));
                }
                else if (!match.get().consented()) {
                    problems.add(new FieldProblem("recipients[" + i + "]", "no consent from the client to share "
                            + "with " + match.get().recipient().displayName() + ": nothing was sent"));
                }
                else {
                    targets.add(match.get());
                }
            }
        }
        failOn(problems);
        if (targets.isEmpty()) {
            throw new BadRequestException("consent", all.isEmpty() ? "choose at least one recipient"
                    : "no recipient has the client's consent (or all were sent already): nothing was sent");
        }
        for (Addressee target : targets) {
            if (target.recipient().email() == null && target.recipient().phone() == null) {
                throw new BadRequestException("recipient", target.recipient().displayName() + " has no e-mail or phone");
            }
        }
        Episode episode = episodes.find(by, referral.episode()).orElseThrow(NotFoundException::new);
        Client client = clients.find(by, referral.client()).orElseThrow(NotFoundException::new);
        referrals.snapshot(by.id(), id, snapshots.take(by, client, episode));
        if (referral.status() == ReferralStatus.DRAFT) {
            lifecycle.move(by.id(), referral, ReferralStatus.SENT, Lifecycle.Actor.user(by), null);
            referral = referrals.find(by.id(), id).orElseThrow();
        }
        OffsetDateTime now = lifecycle.now();
        for (Addressee target : targets) {
            links.current(by.id(), id, target.recipient().id(), Link.Kind.RECIPIENT)
                .ifPresent(old -> links.closeLink(old, now));
            long link = links.insert(by.id(), id, target.recipient().id(), Link.Kind.RECIPIENT, now,
                    now.plus(RECIPIENT_LINK_LIFETIME));
            referrals.markSent(by.id(), id, target.recipient().id(), now);
            lifecycle.step(by.id(), referral, Lifecycle.Actor.user(by), "SENT_TO",
                    target.recipient().displayName() + (target.recipient().email() == null ? " (no e-mail: "
                            + "give them the letter)" : " by e-mail to " + target.recipient().email()));
            if (target.recipient().email() != null) {
                events.publishEvent(new LinkIssued(by.id(), id, link, target.recipient().email()));
            }
        }
        auditLog.record(by, "REFERRAL_SENT", "referral", id, referral.client().value(), targets.size() + " recipients");
        return targets.stream().map(Addressee::recipient).toList();
    }

    // --- reading -----------------------------------------------------------------------------------------------

    @Transactional
    public Optional<Referral> find(CurrentPractice by, ReferralId id) {
        if (!by.seesClinicalData()) {
            return Optional.empty();
        }
        Optional<Referral> referral = referrals.find(by.id(), id);
        referral.ifPresent(r -> auditLog.record(by, "REFERRAL_READ", "referral", id, r.client().value(), null));
        return referral;
    }

    @Transactional(readOnly = true)
    public List<Referral> list(CurrentPractice by) {
        return by.seesClinicalData() ? referrals.list(by.id(), 500) : List.of();
    }

    @Transactional(readOnly = true)
    public List<Referral> forEpisode(CurrentPractice by, EpisodeId episode) {
        return by.seesClinicalData() ? referrals.forEpisode(by.id(), episode) : List.of();
    }

    /**
     * What happened to the referrals sent to each of the practice's partners (partner id → statistics, see
     * {@link ReferralOutcomes#forPartners}); {@code npiByPartner} gives each partner's NPI or null. Counts only, no
     * client: yet they describe referrals, so front desk gets none.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, org.referout.directory.PartnerReferrals.Statistics> partnerStatistics(CurrentPractice by,
            java.util.Map<Long, Long> npiByPartner) {
        return by.seesClinicalData() ? outcomes.forPartners(by.id(), npiByPartner) : java.util.Map.of();
    }

    @Transactional(readOnly = true)
    public List<Addressee> addressees(CurrentPractice by, ReferralId id) {
        return by.seesClinicalData() ? referrals.addressees(by.id(), id) : List.of();
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(CurrentPractice by, ReferralId id) {
        return by.seesClinicalData() ? timeline.of(by.id(), id) : List.of();
    }

    /**
     * The recipient's link path and verification code, for the sender to read out on the phone when the code
     * e-mail did not arrive (the letter carries the link only). Empty before the referral was sent to that recipient or after the link was closed.
     */
    @Transactional(readOnly = true)
    public Optional<LinkCredentials> credentials(CurrentPractice by, ReferralId id, RecipientId recipient) {
        if (!by.seesClinicalData() || referrals.find(by.id(), id).isEmpty()) {
            return Optional.empty();
        }
        return links.current(by.id(), id, recipient, Link.Kind.RECIPIENT)
            .map(link -> new LinkCredentials("/r/" + secrets.token(link.salt()), secrets.code(link.salt()),
                    link.expiresAt()));
    }

    /** The letter for one recipient: only what the client agreed to share with them, and their link (no code). */
    @Transactional
    public byte[] letter(CurrentPractice by, ReferralId id, RecipientId recipient) {
        Referral referral = load(by, id);
        Addressee addressee = referrals.addressees(by.id(), id).stream()
            .filter(a -> a.recipient().id().equals(recipient))
            .findFirst()
            .orElseThrow(NotFoundException::new);
        auditLog.record(by, "REFERRAL_LETTER", "referral", id, referral.client().value(), "recipient " + recipient);
        return documents.letter(practices.practice(by.id()), by.userName(), referral, addressee,
                addressee.consented() ? credentials(by, id, recipient).orElse(null) : null);
    }

    /** The client's handout: who they are referred to, why, what to bring and how to book. */
    @Transactional
    public byte[] handout(CurrentPractice by, ReferralId id) {
        Referral referral = load(by, id);
        auditLog.record(by, "REFERRAL_HANDOUT", "referral", id, referral.client().value(), null);
        List<Addressee> addressees = referrals.addressees(by.id(), id);
        List<Addressee> chosen = referral.acceptedBy() == null ? addressees
                : addressees.stream().filter(a -> a.recipient().id().equals(referral.acceptedBy())).toList();
        return documents.handout(practices.practice(by.id()), referral, chosen);
    }

    /** Where the recipient opens the referral, and the code that opens it. */
    public record LinkCredentials(String path, String code, OffsetDateTime expiresAt) {
    }

    // --- the sender's steps after sending ----------------------------------------------------------------------

    @Transactional
    public void cancel(CurrentPractice by, ReferralId id, String why) {
        Referral referral = load(by, id);
        lifecycle.move(by.id(), referral, ReferralStatus.CANCELLED, Lifecycle.Actor.user(by), blankToNull(why));
        links.closeAll(by.id(), id, lifecycle.now());
        auditLog.record(by, "REFERRAL_CANCELLED", "referral", id, referral.client().value(), null);
    }

    /** Closes the loop; with {@code endEpisode} the episode ends as REFERRED_OUT, otherwise care continues. */
    @Transactional
    public void close(CurrentPractice by, ReferralId id, String note, boolean endEpisode) {
        Referral referral = load(by, id);
        lifecycle.move(by.id(), referral, ReferralStatus.CLOSED, Lifecycle.Actor.user(by), blankToNull(note));
        links.closeAll(by.id(), id, lifecycle.now());
        if (endEpisode) {
            endEpisode(by, id);
        }
        auditLog.record(by, "REFERRAL_CLOSED", "referral", id, referral.client().value(), null);
    }

    /** The therapist hands the client over: the episode ends as REFERRED_OUT (co-treatment leaves it open). */
    @Transactional
    public void endEpisode(CurrentPractice by, ReferralId id) {
        Referral referral = load(by, id);
        Episode episode = episodes.find(by, referral.episode()).orElseThrow(NotFoundException::new);
        if (!episode.status().isOpen()) {
            throw new BadRequestException("episode", "is already closed (" + episode.status() + ")");
        }
        episodes.close(by, episode.id(), DischargeReason.REFERRED_OUT, episode.version());
        lifecycle.step(by.id(), referral, Lifecycle.Actor.user(by), "EPISODE_REFERRED_OUT",
                "The episode ended as referred out");
    }

    /** Asks the client by e-mail whether they booked, were seen and were helped (loop closure through the client). */
    @Transactional
    public void askClient(CurrentPractice by, ReferralId id) {
        Referral referral = load(by, id);
        Client client = clients.find(by, referral.client()).orElseThrow(NotFoundException::new);
        if (client.details().email() == null) {
            throw new BadRequestException("email", "the client has no e-mail address on file");
        }
        if (referral.status() == ReferralStatus.DRAFT || referral.status().isFinished()) {
            throw new BadRequestException("status",
                    "the referral is " + referral.status().label().toLowerCase(java.util.Locale.ROOT));
        }
        issueClientLink(by.id(), referral, client.details().email(), Lifecycle.Actor.user(by));
    }

    void issueClientLink(PracticeId practice, Referral referral, String email, Lifecycle.Actor actor) {
        OffsetDateTime now = lifecycle.now();
        links.current(practice, referral.id(), null, Link.Kind.CLIENT).ifPresent(old -> links.closeLink(old, now));
        long link = links.insert(practice, referral.id(), null, Link.Kind.CLIENT, now, now.plus(CLIENT_LINK_LIFETIME));
        referrals.update(practice, referral.id(), "client_asked_at", now, now);
        lifecycle.step(practice, referral, actor, "CLIENT_ASKED", "Asked the client by e-mail: did you book, "
                + "were you seen, did it help?");
        events.publishEvent(new LinkIssued(practice, referral.id(), link, email));
    }

    // --- overdue loops and notices -----------------------------------------------------------------------------

    /** Open loops without news for longer than the practice's setting: for /referrals and the home page. */
    @Transactional(readOnly = true)
    public List<OverdueReferral> overdue(CurrentPractice by) {
        if (!by.seesClinicalData()) {
            return List.of();
        }
        int days = settings.overdueDays(by.id());
        OffsetDateTime now = lifecycle.now();
        var list = new ArrayList<OverdueReferral>();
        for (Referral referral : referrals.list(by.id(), 500)) {
            OverdueRule.since(referral).filter(since -> OverdueRule.isOverdue(since, now, days))
                .ifPresent(since -> list.add(new OverdueReferral(referral.id(), referral.summary().clientName(),
                        referral.status(), since, Duration.between(since, now).toDays())));
        }
        return list;
    }

    /**
     * The scheduled check over every practice's open loops: a reminder once a loop is overdue, and once it has been
     * open twice as long, a follow-up e-mail to the client (if they have an address). Each happens once.
     *
     * @return how many reminders and client questions were raised
     */
    @Transactional
    public int checkOverdue() {
        OffsetDateTime now = lifecycle.now();
        int raised = 0;
        for (var open : referrals.open()) {
            PracticeId practice = open.practice();
            Referral referral = open.referral();
            int days = settings.overdueDays(practice);
            Optional<OffsetDateTime> since = OverdueRule.since(referral);
            if (since.isEmpty() || !OverdueRule.isOverdue(since.get(), now, days)) {
                continue;
            }
            if (referral.remindedAt() == null || referral.remindedAt().isBefore(since.get())) {
                referrals.update(practice, referral.id(), "reminded_at", now, now);
                lifecycle.step(practice, referral, Lifecycle.Actor.system(), "REMINDER",
                        "No news for " + Duration.between(since.get(), now).toDays() + " days (" + referral.status()
                                + "): contact the recipient or ask the client");
                raised++;
            }
            if (referral.clientAskedAt() == null && OverdueCheck.clientShouldBeAsked(since.get(), now, days)) {
                Optional<String> email = clientEmail(practice, referral);
                if (email.isPresent()) {
                    issueClientLink(practice, referrals.find(practice, referral.id()).orElseThrow(), email.get(),
                            Lifecycle.Actor.system());
                    raised++;
                }
            }
        }
        return raised;
    }

    /** The scheduled job acts for the referral's author, so reading the client's address is audited as theirs. */
    private Optional<String> clientEmail(PracticeId practice, Referral referral) {
        return practices.user(practice, referral.createdBy())
            .flatMap(author -> clients.find(author.asCurrentPractice(), referral.client()))
            .map(client -> client.details().email());
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> notices(CurrentPractice by) {
        return by.seesClinicalData() ? timeline.unread(by.id(), by.userId()) : List.of();
    }

    @Transactional
    public void markNoticesRead(CurrentPractice by) {
        timeline.markRead(by.id(), by.userId(), lifecycle.now());
    }

    @Transactional(readOnly = true)
    public int overdueDays(PracticeId practice) {
        return settings.overdueDays(practice);
    }

    @Transactional
    public void setOverdueDays(CurrentPractice by, int days) {
        if (!by.isOwner()) {
            throw new NotFoundException();
        }
        if (days < 1 || days > 90) {
            throw new BadRequestException("overdueDays", "between 1 and 90 days");
        }
        settings.setOverdueDays(by.id(), days);
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private Referral load(CurrentPractice by, ReferralId id) {
        clinician(by);
        return referrals.find(by.id(), id).orElseThrow(NotFoundException::new);
    }

    private Addressee addressee(PracticeId practice, ReferralId id, RecipientId recipient) {
        return referrals.addressees(practice, id).stream()
            .filter(a -> a.recipient().id().equals(recipient))
            .findFirst()
            .orElseThrow(() -> new BadRequestException("recipient", "is not a recipient of this referral"));
    }

    static void clinician(CurrentPractice by) {
        if (!by.seesClinicalData()) {
            throw new NotFoundException();
        }
    }

    static void text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
        if (value == null || org.referout.web.TextRules.blankLooking(value)) {
            if (required) {
                problems.add(new FieldProblem(field, "this is required"));
            }
        }
        else if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "at most " + max + " characters"));
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static void failOn(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
    }
}
