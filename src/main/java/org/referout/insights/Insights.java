package org.referout.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.referout.clinical.Complaint;
import org.referout.clinical.ExpectedCurves;
import org.referout.clinical.Status;
import org.referout.episode.EpisodeStatus;
import org.referout.episode.Technique;
import org.referout.practice.CurrentPractice;
import org.referout.practice.Practices;
import org.referout.practice.Role;
import org.referout.practice.User;
import org.referout.practice.UserId;
import org.referout.progress.Progress;
import org.referout.audit.AuditLog;
import org.referout.client.Client;
import org.referout.client.ClientId;
import org.referout.referral.Referral;
import org.referout.referral.Referrals;
import org.referout.client.Clients;
import org.referout.episode.Episode;
import org.referout.episode.EpisodeId;
import org.referout.episode.Episodes;
import org.referout.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice-insights front door (C7): the caseload dashboard with the timely-referral measure, the R8
 * perspective and continuing-education suggestions. Every number is computed on request from stored scores by
 * replaying each episode through the stateless clinical core; nothing is cached or stored.
 * <p>
 * Front desk never sees clinical numbers (404). Owners may look at any therapist; a therapist sees the practice
 * as a whole and themselves, not a colleague.
 */
@Service
public class Insights {

    private final CaseloadRepository caseloads;
    private final EpisodeReviews reviews;
    private final Progress progress;
    private final Episodes episodes;
    private final Clients clients;
    private final Practices practices;
    private final Referrals referrals;
    private final AuditLog auditLog;
    private final Clock clock;

    Insights(CaseloadRepository caseloads, EpisodeReviews reviews, Progress progress,
            Episodes episodes, Clients clients, Practices practices, Referrals referrals, AuditLog auditLog,
            Clock clock) {
        this.referrals = referrals;
        this.caseloads = caseloads;
        this.progress = progress;
        this.episodes = episodes;
        this.clients = clients;
        this.practices = practices;
        this.auditLog = auditLog;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** The therapists the user may choose on the dashboard (id → name). */
    @Transactional(readOnly = true)
    public Map<UserId, String> therapists(CurrentPractice me) {
        requireClinician(me);
        Map<UserId, String> all = therapistNames(me);
        if (me.isOwner()) {
            return all;
        }
        Map<UserId, String> own = new LinkedHashMap<>();
        own.put(me.userId(), all.getOrDefault(me.userId(), me.userName()));
        return own;
    }

    @Transactional(readOnly = true)
    public Caseload caseload(CurrentPractice me, LocalDate from, LocalDate to, Optional<UserId> therapist) {
        requireClinician(me);
        if (therapist.isPresent() && !therapists(me).containsKey(therapist.get())) {
            throw new NotFoundException();
        }
        List<EpisodeOutcome> practice = replay(me, from, to, Optional.empty());
        List<EpisodeOutcome> outcomes = therapist.isEmpty() ? practice
                : practice.stream().filter(o -> o.episode().therapist().equals(therapist.get())).toList();
        GroupOutcome overall = GroupOutcome.of("All episodes", outcomes);
        Map<Complaint, GroupOutcome> byComplaint = byComplaint(outcomes);
        var timely = TimelyReferral.of(outcomes,
                reviews.of(me.id(), outcomes.stream().map(o -> o.episode().id()).toList()), LocalDate.now(clock));
        String scope = therapist.map(id -> therapistNames(me).get(id)).orElse("the practice");
        List<ContinuingEducation.Group> suggestions = suggestions(me, practice, therapist.isPresent()
                ? Map.of(therapist.get(), scope) : therapists(me), therapist.isEmpty());
        return new Caseload(from, to, scope, outcomes.size(), statuses(outcomes), lifecycle(outcomes), overall,
                List.copyOf(byComplaint.values()), byTechnique(outcomes), timely, Perspective.of(overall), suggestions);
    }

    /**
     * Continuing-education suggestions for the whole practice (when it is the scope) and for each of these
     * therapists, each against their own overall rate and the practice's.
     */
    private List<ContinuingEducation.Group> suggestions(CurrentPractice me, List<EpisodeOutcome> practice,
            Map<UserId, String> therapists, boolean wholePractice) {
        GroupOutcome practiceOverall = GroupOutcome.of("Practice", practice);
        List<ContinuingEducation.Group> groups = new ArrayList<>();
        if (wholePractice) {
            groups.add(ContinuingEducation.group("The whole practice", practiceOverall, practiceOverall,
                    byComplaint(practice)));
        }
        therapists.forEach((id, name) -> {
            List<EpisodeOutcome> theirs = practice.stream().filter(o -> o.episode().therapist().equals(id)).toList();
            groups.add(ContinuingEducation.group(name, GroupOutcome.of("All episodes", theirs), practiceOverall,
                    byComplaint(theirs)));
        });
        return groups;
    }

    /** Everyone who treats clients (owners and therapists), by name. Names only: no clinical data. */
    private Map<UserId, String> therapistNames(CurrentPractice me) {
        Map<UserId, String> names = new LinkedHashMap<>();
        practices.users(me.id()).stream().filter(user -> user.role() != Role.FRONT_DESK)
            .sorted(java.util.Comparator.comparing(User::displayName))
            .forEach(user -> names.put(user.id(), user.displayName()));
        return names;
    }

    private List<EpisodeOutcome> replay(CurrentPractice me, LocalDate from, LocalDate to, Optional<UserId> therapist) {
        // The practice's current curves, as progress uses for the episode page, so statuses agree with what the
        // therapist sees there.
        ExpectedCurves curves = progress.curves(me.id()).curves();
        return caseloads.episodes(me.id(), therapist, from, to).stream()
            .map(episode -> OutcomeReplay.replay(episode, curves))
            .toList();
    }

    /**
     * The client progress report PDF of one episode. Reading it is reading the client's record, so it is audited;
     * front desk and other practices get a 404 (through {@code Episodes.find}).
     */
    @Transactional
    public byte[] progressReport(CurrentPractice me, EpisodeId id) {
        Episode episode = episodes.find(me, id).orElseThrow(NotFoundException::new);
        String client = clients.find(me, episode.client()).map(Client::fullName).orElseThrow(NotFoundException::new);
        var chart = progress.chart(me.id(), id);
        byte[] pdf = ProgressReport.render(new ProgressReport.Content(practices.practice(me.id()).name(), client, episode,
                episodes.visits(me, id), progress.evaluate(me.id(), id), chart, LocalDate.now(clock)));
        auditLog.record(me, "PROGRESS_REPORT", "episode", id, episode.client().value(), "report.pdf");
        return pdf;
    }

    /**
     * The client's whole record as a readable PDF (the right of access; the FHIR Bundle is its machine twin). Only
     * roles that see clinical data may export; erased clients, front desk and other practices get a 404. Audited
     * like every export.
     */
    @Transactional
    public byte[] clientRecord(CurrentPractice me, ClientId id) {
        requireClinician(me);
        Client client = clients.find(me, id).filter(found -> !found.erased()).orElseThrow(NotFoundException::new);
        Map<UserId, String> names = therapistNames(me);
        List<ClientRecordReport.EpisodePart> parts = new ArrayList<>();
        for (Episode episode : episodes.listForClient(me, id)) {
            List<String> sent = new ArrayList<>();
            for (Referral referral : referrals.forEpisode(me, episode.id())) {
                sent.add(referralLine(me, referral));
            }
            parts.add(new ClientRecordReport.EpisodePart(episode, names.getOrDefault(episode.therapist(), "-"),
                    episodes.visits(me, episode.id()), sent));
        }
        byte[] pdf = ClientRecordReport.render(new ClientRecordReport.Content(practices.practice(me.id()).name(),
                client, parts, LocalDate.now(clock)));
        auditLog.record(me, "RECORD_EXPORTED", "client", id, id.value(), "whole record, readable PDF");
        return pdf;
    }

    private String referralLine(CurrentPractice me, Referral referral) {
        String to = referrals.addressees(me, referral.id()).stream().map(a -> a.recipient().displayName())
            .collect(java.util.stream.Collectors.joining(", "));
        String when = referral.sentAt() == null ? "not sent" : "sent " + ReportWords.day(referral.sentAt().toLocalDate());
        return (to.isEmpty() ? "No recipient yet" : "To " + to) + ", " + when + ": " + referral.status().label().toLowerCase();
    }

    private static Map<Complaint, GroupOutcome> byComplaint(List<EpisodeOutcome> outcomes) {
        Map<Complaint, GroupOutcome> groups = new EnumMap<>(Complaint.class);
        for (Complaint complaint : Complaint.values()) {
            List<EpisodeOutcome> group = outcomes.stream().filter(o -> o.episode().complaint() == complaint).toList();
            if (!group.isEmpty()) {
                groups.put(complaint, GroupOutcome.of(complaint.label(), group));
            }
        }
        return groups;
    }

    /** An episode counts under every technique used at any of its visits. */
    private static List<GroupOutcome> byTechnique(List<EpisodeOutcome> outcomes) {
        List<GroupOutcome> groups = new ArrayList<>();
        for (Technique technique : Technique.values()) {
            List<EpisodeOutcome> group = outcomes.stream()
                .filter(o -> o.episode().techniques().contains(technique)).toList();
            if (!group.isEmpty()) {
                groups.add(GroupOutcome.of(technique.label(), group));
            }
        }
        return groups;
    }

    private static List<Caseload.Count> statuses(List<EpisodeOutcome> outcomes) {
        List<Caseload.Count> counts = new ArrayList<>();
        for (Status status : Status.values()) {
            int n = (int) outcomes.stream().filter(o -> o.status() == status).count();
            counts.add(new Caseload.Count(status.name(), StatusWords.of(status), status.colour().name(), n));
        }
        return counts;
    }

    private static List<Caseload.Count> lifecycle(List<EpisodeOutcome> outcomes) {
        List<Caseload.Count> counts = new ArrayList<>();
        for (EpisodeStatus status : EpisodeStatus.values()) {
            int n = (int) outcomes.stream().filter(o -> o.episode().status() == status).count();
            counts.add(new Caseload.Count(status.name(), StatusWords.of(status), null, n));
        }
        return counts;
    }

    private static void requireClinician(CurrentPractice me) {
        if (!me.seesClinicalData()) {
            throw new NotFoundException();
        }
    }
}
