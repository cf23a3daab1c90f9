package org.referout.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.referout.audit.AuditLog;
import org.referout.clinical.Measure;
import org.referout.practice.PracticeId;
import org.referout.practice.Practices;
import org.referout.web.BadRequestException;
import org.referout.web.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the recipient can do through their link, without an account (C6). Every call re-checks the link from its
 * token: unknown, expired, closed, or no longer covered by the client's consent all mean nothing is shown and
 * nothing changes. The link only ever reaches its own referral. Internal to the module: the front door for other
 * modules is {@link Referrals}; this is the anonymous side the RecipientController drives.
 */
@Service
class RecipientDesk {

    enum Problem {
        UNKNOWN, EXPIRED, CLOSED
    }

    /** An opened link: the referral as this recipient may see it (filtered by their consent), or why not. */
    record Opened(Access access, Problem problem) {

        public boolean ok() {
            return access != null;
        }
    }

    record Access(Link link, Referral referral, Addressee addressee, Consent consent, String practiceName,
            String letterhead) {

        public Recipient recipient() {
            return addressee.recipient();
        }

        public boolean mine() {
            return referral.acceptedBy() != null && referral.acceptedBy().equals(recipient().id());
        }

        public boolean canAnswer() {
            return referral.status() == ReferralStatus.SENT && addressee.response() == null;
        }
    }

    private final LinkRepository links;
    private final ReferralRepository referrals;
    private final Lifecycle lifecycle;
    private final Practices practices;
    private final AuditLog auditLog;

    RecipientDesk(LinkRepository links, ReferralRepository referrals, Lifecycle lifecycle, Practices practices,
            AuditLog auditLog) {
        this.links = links;
        this.referrals = referrals;
        this.lifecycle = lifecycle;
        this.practices = practices;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    public Opened open(String token) {
        Optional<Link> found = links.byToken(token).filter(link -> link.kind() == Link.Kind.RECIPIENT);
        if (found.isEmpty()) {
            return new Opened(null, Problem.UNKNOWN);
        }
        Link link = found.get();
        OffsetDateTime now = lifecycle.now();
        if (link.closedAt() != null) {
            return new Opened(null, Problem.CLOSED);
        }
        if (!now.isBefore(link.expiresAt())) {
            return new Opened(null, Problem.EXPIRED);
        }
        PracticeId practice = link.practice();
        Referral referral = referrals.find(practice, link.referral()).orElseThrow();
        Optional<Consent> consent = referrals.consent(practice, referral.id(), link.recipient())
            .filter(c -> c.allows(link.recipient()));
        if (consent.isEmpty() || referral.status().isFinished()) {
            return new Opened(null, Problem.CLOSED);
        }
        Addressee addressee = referrals.addressees(practice, referral.id()).stream()
            .filter(a -> a.recipient().id().equals(link.recipient()))
            .findFirst()
            .orElseThrow();
        var sender = practices.practice(practice);
        return new Opened(new Access(link, referral, addressee, consent.get(), sender.name(), sender.letterhead()),
                null);
    }

    @Transactional
    public boolean verify(String token, String code) {
        Opened opened = open(token);
        if (!opened.ok()) {
            return false;
        }
        boolean right = links.codeMatches(opened.access().link(), code);
        Access access = opened.access();
        auditLog.recordAnonymous(access.link().practice(), access.recipient().displayName(),
                right ? "REFERRAL_OPENED_BY_RECIPIENT" : "REFERRAL_CODE_WRONG", "referral", access.referral().id(),
                access.referral().client().value(), null);
        if (right) {
            lifecycle.step(access.link().practice(), access.referral(), actor(access), "OPENED",
                    access.recipient().displayName() + " opened the referral");
        }
        return right;
    }

    @Transactional
    public void accept(String token) {
        Access access = require(token);
        if (!access.canAnswer()) {
            throw new InvalidTransitionException(access.referral().status(), ReferralStatus.ACCEPTED);
        }
        PracticeId practice = access.link().practice();
        lifecycle.move(practice, access.referral(), ReferralStatus.ACCEPTED, actor(access),
                access.recipient().displayName() + " accepted the referral");
        OffsetDateTime now = lifecycle.now();
        referrals.respond(practice, access.referral().id(), access.recipient().id(), "ACCEPTED", null, now);
        referrals.update(practice, access.referral().id(), "accepted_by", access.recipient().id().value(), now);
        // The first to accept takes the referral: the other recipients' links close.
        links.close(practice, access.referral().id(), access.recipient().id(), now);
    }

    @Transactional
    public void decline(String token, String reason) {
        Access access = require(token);
        if (reason == null || reason.isBlank()) {
            throw new BadRequestException("reason", "say why, so the therapist can refer elsewhere");
        }
        if (reason.length() > 1000) {
            throw new BadRequestException("reason", "at most 1000 characters");
        }
        if (!access.canAnswer()) {
            throw new InvalidTransitionException(access.referral().status(), ReferralStatus.DECLINED);
        }
        PracticeId practice = access.link().practice();
        OffsetDateTime now = lifecycle.now();
        referrals.respond(practice, access.referral().id(), access.recipient().id(), "DECLINED", reason.strip(), now);
        links.closeLink(access.link(), now);
        List<Addressee> all = referrals.addressees(practice, access.referral().id());
        boolean everyoneDeclined = all.stream().filter(Addressee::sent)
            .allMatch(a -> "DECLINED".equals(a.response()));
        String detail = access.recipient().displayName() + " declined: " + reason.strip();
        if (everyoneDeclined) {
            lifecycle.move(practice, access.referral(), ReferralStatus.DECLINED, actor(access), detail);
        }
        else {
            lifecycle.step(practice, access.referral(), actor(access), "DECLINED_BY", detail);
        }
    }

    @Transactional
    public void schedule(String token, LocalDate date) {
        Access access = requireMine(token, ReferralStatus.SCHEDULED);
        LocalDate today = lifecycle.now().toLocalDate();
        if (date == null) {
            throw new BadRequestException("date", "enter the date of the appointment");
        }
        if (date.isBefore(today.minusDays(30)) || date.isAfter(today.plusYears(1))) {
            throw new BadRequestException("date", date + " is not a plausible appointment date");
        }
        PracticeId practice = access.link().practice();
        lifecycle.move(practice, access.referral(), ReferralStatus.SCHEDULED, actor(access),
                "Appointment on " + date);
        referrals.update(practice, access.referral().id(), "scheduled_for", date, lifecycle.now());
    }

    @Transactional
    public void seen(String token) {
        Access access = requireMine(token, ReferralStatus.SEEN);
        lifecycle.move(access.link().practice(), access.referral(), ReferralStatus.SEEN, actor(access),
                access.recipient().displayName() + " saw the client");
    }

    /**
     * The recipient reports back (free text, optionally a 0–10 pain score as typed): the loop is ready to close.
     * Every problem is reported at once, and nothing is stored unless all answers are good.
     */
    @Transactional
    public void report(String token, String text, String painTyped) {
        Access access = require(token);
        if (!access.mine() || access.referral().status() != ReferralStatus.SEEN) {
            throw new BadRequestException("status", "report back after marking the client as seen (the referral is "
                    + access.referral().status().label().toLowerCase(Locale.ROOT) + ")");
        }
        var problems = new ArrayList<FieldProblem>();
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem("report", "write a few words for the therapist"));
        }
        else if (text.length() > 4000) {
            problems.add(new FieldProblem("report", "at most 4000 characters"));
        }
        Integer pain = painScore(painTyped, problems);
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        PracticeId practice = access.link().practice();
        referrals.report(practice, access.referral().id(), text.strip(), pain, lifecycle.now());
        lifecycle.step(practice, access.referral(), actor(access), "REPORTED",
                text.strip() + (pain == null ? "" : " (pain " + pain + "/10)"));
    }

    /** Blank is no score; anything else must be a whole number from 0 to 10. */
    private static Integer painScore(String typed, List<FieldProblem> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            int pain = Integer.parseInt(typed.strip());
            if (Measure.NPRS.problemWith(pain) == null) {
                return pain;
            }
        }
        catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.add(new FieldProblem("pain", "a pain score is a whole number from 0 to 10, not "
                + typed.strip()));
        return null;
    }

    private Access require(String token) {
        Opened opened = open(token);
        if (!opened.ok()) {
            throw new LinkUnusableException(opened.problem());
        }
        return opened.access();
    }

    private Access requireMine(String token, ReferralStatus next) {
        Access access = require(token);
        if (!access.mine()) {
            throw new InvalidTransitionException(access.referral().status(), next);
        }
        return access;
    }

    private static Lifecycle.Actor actor(Access access) {
        return Lifecycle.Actor.recipient(access.recipient().displayName());
    }

    /** The link cannot be used (any more); the page says which of the reasons, and nothing changed. */
    static class LinkUnusableException extends RuntimeException {

        private final Problem problem;

        LinkUnusableException(Problem problem) {
            super("link " + problem);
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }
}
