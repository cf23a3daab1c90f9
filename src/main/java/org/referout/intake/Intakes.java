package org.referout.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.referout.audit.AuditLog;
import org.referout.client.Client;
import org.referout.client.ClientId;
import org.referout.client.Clients;
import org.referout.episode.AnsweredAtHome;
import org.referout.episode.Episode;
import org.referout.episode.EpisodeId;
import org.referout.episode.Episodes;
import org.referout.episode.VisitInput;
import org.referout.episode.VisitNotes;
import org.referout.practice.CurrentPractice;
import org.referout.practice.PracticeId;
import org.referout.practice.Practices;
import org.referout.practice.Role;
import org.referout.practice.Secrets;
import org.referout.web.BadRequestException;
import org.referout.web.ConflictException;
import org.referout.web.FieldProblem;
import org.referout.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Intake links (C4): the practice makes, lists and revokes them; the client, holding only the token, fills the
 * questionnaire page by page (each page saved) and completes it once. Completion writes the client's details
 * through {@link Clients}, starts the episode and records the baseline through {@link Episodes}, and stores the
 * red-flag answers, all in one transaction: all of it lands or none of it.
 */
@Service
public class Intakes {

    /** Secrets.newToken(): 32 random bytes, base64url without padding. Anything else is not one of ours. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    /**
     * The baseline is stored as the episode's first scored visit (R4: s1 is the baseline), since the episode module
     * has no separate baseline. It is no treatment: one minute, no techniques, and the note says so.
     */
    static final int BASELINE_MINUTES = 1;
    static final String BASELINE_NOTE = "Baseline scores from the client's intake questionnaire (no treatment).";

    private final IntakeLinkRepository links;
    private final RedFlags redFlags;
    private final Clients clients;
    private final Episodes episodes;
    private final AuditLog auditLog;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration validity;
    private final IntakeMail mail;
    private final Practices practices;

    Intakes(IntakeLinkRepository links, RedFlags redFlags, Clients clients, Episodes episodes, AuditLog auditLog,
            JsonMapper json, Clock clock, @Value("${referout.intake.link-days:7}") int linkDays, IntakeMail mail,
            Practices practices) {
        this.mail = mail;
        this.practices = practices;
        this.links = links;
        this.redFlags = redFlags;
        this.clients = clients;
        this.episodes = episodes;
        this.auditLog = auditLog;
        this.json = json;
        this.clock = clock;
        this.validity = Duration.ofDays(linkDays);
    }

    /** As {@link #create(CurrentPractice, ClientId, LinkKind, EpisodeId, boolean)}, never for a new complaint. */
    @Transactional
    public NewIntakeLink create(CurrentPractice by, ClientId client, LinkKind kind, EpisodeId episode) {
        return create(by, client, kind, episode, false);
    }

    /**
     * A PRE_VISIT link needs the open episode it re-checks. An INTAKE link names the open episode it is for, or is
     * for a new complaint (completing it starts an episode); for a client with an open episode the practice must
     * say which, so that no duplicate episode appears by accident (issue 15). A new link replaces the client's
     * open link of the same kind for the same episode: the old one stops working at once. Red-flag screening is
     * clinical, so front desk gets a 404 (C1).
     */
    @Transactional
    public NewIntakeLink create(CurrentPractice by, ClientId client, LinkKind kind, EpisodeId episode,
            boolean newComplaint) {
        if (!by.seesClinicalData() || !clients.exists(by.id(), client)) {
            throw new NotFoundException();
        }
        if (kind == null) {
            throw new BadRequestException("kind", "is required (INTAKE or PRE_VISIT)");
        }
        EpisodeId target = null;
        if (kind == LinkKind.PRE_VISIT || episode != null) {
            if (episode == null) {
                throw new BadRequestException("episodeId", "is required for a PRE_VISIT link");
            }
            if (newComplaint) {
                throw new BadRequestException("episodeId", "choose an episode or a new complaint, not both");
            }
            Episode found = episodes.find(by, episode).filter(e -> e.client().equals(client))
                .orElseThrow(NotFoundException::new);
            if (!found.status().isOpen()) {
                throw new BadRequestException("episodeId", "the episode is closed");
            }
            target = found.id();
        }
        else if (!newComplaint) {
            List<Episode> open = episodes.listForClient(by, client).stream().filter(e -> e.status().isOpen()).toList();
            if (!open.isEmpty()) {
                throw new BadRequestException("episodeId", "the client has an open episode ("
                        + String.join(", ", open.stream().map(e -> e.complaint().label() + " since " + e.startDate())
                            .toList())
                        + "): choose the episode this questionnaire is for, or say it is a new complaint");
            }
        }
        String token = Secrets.newToken();
        OffsetDateTime now = now();
        List<IntakeLink> previous = links.openLinks(by.id(), client, kind, target, now);
        IntakeLinkId id = links.insert(by.id(), client, target, kind, Secrets.hash(token), by.userId(), now,
                now.plus(validity));
        for (IntakeLink old : previous) {
            links.replace(by.id(), old.id(), id, now);
            auditLog.record(by, "INTAKE_LINK_REVOKED", "intake_link", old.id(), client.value(),
                    "replaced by link " + id);
        }
        auditLog.record(by, "INTAKE_LINK_CREATED", "intake_link", id, client.value(),
                kind.name() + (target == null ? "" : ", episode " + target));
        return new NewIntakeLink(links.find(by.id(), id).orElseThrow(), token);
    }

    /** What became of e-mailing a link: sent (to the address), no address on file, no mail server, or it failed. */
    public record Emailed(IntakeMail.Outcome outcome, String to) {

        public boolean sent() {
            return outcome == IntakeMail.Outcome.SENT;
        }
    }

    /**
     * E-mails a link just made to the address on the client's record (issue 15), outside the link's transaction, so
     * a mail server that is down leaves the link to copy or show as a QR code. A sent link keeps the address and
     * the time; audited {@code INTAKE_LINK_SENT}.
     *
     * @return {@code outcome} null with {@code to} null when the client has no e-mail address
     */
    @Transactional
    public Emailed email(CurrentPractice by, NewIntakeLink created) {
        IntakeLink link = find(by, created.link().id()).orElseThrow(NotFoundException::new);
        Client client = clients.find(by, link.client()).orElseThrow(NotFoundException::new);
        String to = client.details().email();
        if (to == null || to.isBlank()) {
            return new Emailed(null, null);
        }
        IntakeMail.Outcome outcome = mail.send(to, practices.practice(by.id()).name(), created, clock.getZone());
        if (outcome == IntakeMail.Outcome.SENT) {
            sent(by, link, to);
        }
        return new Emailed(outcome, to);
    }

    private void sent(CurrentPractice by, IntakeLink link, String to) {
        links.sent(by.id(), link.id(), to, now());
        auditLog.record(by, "INTAKE_LINK_SENT", "intake_link", link.id(), link.client().value(), "e-mailed");
    }

    @Transactional
    public void revoke(CurrentPractice by, IntakeLinkId id) {
        IntakeLink link = find(by, id).orElseThrow(NotFoundException::new);
        if (!links.revoke(by.id(), id, now())) {
            throw new BadRequestException("link", "is already " + link.state(clock.instant()).name().toLowerCase());
        }
        auditLog.record(by, "INTAKE_LINK_REVOKED", "intake_link", id, link.client().value(), null);
    }

    @Transactional(readOnly = true)
    public List<IntakeLink> links(CurrentPractice by, ClientId client) {
        return by.seesClinicalData() ? links.listForClient(by.id(), client) : List.of();
    }

    @Transactional(readOnly = true)
    public Optional<IntakeLink> find(CurrentPractice by, IntakeLinkId id) {
        return by.seesClinicalData() ? links.find(by.id(), id) : Optional.empty();
    }

    /** The pages and questions the client is asked, for a FHIR Questionnaire (the page template asks the same). */
    public List<IntakeItem> questions(LinkKind kind) {
        return IntakeQuestions.of(kind);
    }

    /** The R5 red-flag screen's questions on their own (the HEALTH page). */
    public IntakeItem redFlagQuestions() {
        return IntakeQuestions.redFlagScreen();
    }

    /** The client's completed questionnaires, oldest first. Clinical (front desk: none); audited as a read. */
    @Transactional
    public List<SubmittedIntake> submitted(CurrentPractice by, ClientId client) {
        List<SubmittedIntake> submitted = links(by, client).stream().filter(link -> link.completedAt() != null)
            .sorted(java.util.Comparator.comparing(IntakeLink::completedAt).thenComparing(link -> link.id().value()))
            .map(this::submitted)
            .toList();
        if (!submitted.isEmpty()) {
            auditLog.record(by, "INTAKE_ANSWERS_READ", "client", client, client.value(), submitted.size() + " questionnaires");
        }
        return submitted;
    }

    /** One completed questionnaire; empty when absent, not completed, another practice's or front desk asks. */
    @Transactional
    public Optional<SubmittedIntake> submitted(CurrentPractice by, IntakeLinkId id) {
        Optional<SubmittedIntake> found = find(by, id).filter(link -> link.completedAt() != null).map(this::submitted);
        found.ifPresent(s -> auditLog.record(by, "INTAKE_ANSWERS_READ", "intake_link", id, s.link().client().value(),
                null));
        return found;
    }

    private SubmittedIntake submitted(IntakeLink link) {
        return new SubmittedIntake(link, links.draft(link.practice(), link.id()).map(d -> read(d.answers()).values())
            .orElse(Map.of()));
    }

    /**
     * The newest scores the client gave at home for the episode; not audited. {@link Episodes#answeredAtHome} keeps
     * them only while no visit was recorded after them (they pre-fill that visit's form).
     */
    @Transactional(readOnly = true)
    public Optional<AnsweredAtHome> homeScores(PracticeId practice, EpisodeId episode) {
        return links.latestAnswers(practice, episode).map(completed -> {
            IntakeAnswers answers = read(completed.answers());
            var psfs = new ArrayList<Integer>();
            for (int i = 1; answers.get("rating" + i) != null; i++) {
                psfs.add(answers.number("rating" + i));
            }
            return new AnsweredAtHome(completed.at(), answers.number("nprs"),
                    List.of(answers.number("peg1"), answers.number("peg2"), answers.number("peg3")), psfs);
        });
    }

    /** The client of an episode, for a page that knows only the episode. Audited as an episode read. */
    @Transactional
    public Optional<ClientId> clientOf(CurrentPractice by, EpisodeId episode) {
        return episodes.find(by, episode).map(Episode::client);
    }

    // ---- the client's side: the token is the only credential ----

    /** What the client's page needs: the link, the answers so far and the page to show next. */
    record Opened(IntakeLink link, IntakeAnswers answers, List<Step> steps, int next, List<String> fixedActivities,
            String firstName) {
    }

    /** @throws LinkUnusable for an unknown, tampered, expired, revoked or completed link (nothing is changed) */
    @Transactional(readOnly = true)
    Opened open(String token) {
        IntakeLink link = usable(token);
        IntakeAnswers answers = IntakeAnswers.empty();
        int next = 0;
        var draft = links.draft(link.practice(), link.id());
        if (draft.isPresent()) {
            answers = read(draft.get().answers());
            next = draft.get().step();
        }
        List<Step> steps = Step.of(link);
        return new Opened(link, answers, steps, Math.min(next, steps.size() - 1), fixedActivities(link),
                answers.get("firstName"));
    }

    /** The outcome of posting a page: its problems (nothing saved), or saved, or the whole questionnaire done. */
    record Submitted(List<FieldProblem> problems, boolean completed, FlagScreen screen) {
    }

    /**
     * Checks and saves one page. The last page completes the questionnaire in the same transaction.
     *
     * @throws LinkUnusable when the link opens nothing (nothing is changed)
     * @throws BadRequestException when the practice's own checks refuse the completed answers (nothing is stored)
     * @throws ConflictException when another submission completed the link first (nothing is stored)
     */
    @Transactional
    Submitted submit(String token, Step step, Map<String, String> posted) {
        IntakeLink link = usable(token);
        List<Step> steps = Step.of(link);
        if (!steps.contains(step)) {
            throw new LinkUnusable(null);
        }
        links.countAttempt(link.practice(), link.id());
        var result = IntakeChecks.check(step, posted, fixedActivities(link), LocalDate.now(clock));
        if (!result.ok()) {
            return new Submitted(result.problems(), false, null);
        }
        IntakeAnswers answers = links.draft(link.practice(), link.id()).map(d -> read(d.answers()))
            .orElse(IntakeAnswers.empty()).with(step, result.accepted());
        int index = steps.indexOf(step);
        int saved = links.draft(link.practice(), link.id()).map(IntakeLinkRepository.Draft::step).orElse(0);
        links.saveDraft(link.practice(), link.id(), Math.max(saved, index + 1), write(answers), now());
        if (index < steps.size() - 1) {
            return new Submitted(List.of(), false, null);
        }
        List<FieldProblem> missing = missingPages(steps, answers, link);
        if (!missing.isEmpty()) {
            throw new BadRequestException(missing);
        }
        return new Submitted(List.of(), true, complete(link, answers));
    }

    private FlagScreen complete(IntakeLink link, IntakeAnswers answers) {
        CurrentPractice actor = onBehalfOf(link);
        OffsetDateTime now = now();
        LocalDate today = now.toLocalDate();
        EpisodeId episode = link.episode();
        AnswerSource source = AnswerSource.PRE_VISIT;
        if (link.kind() == LinkKind.INTAKE) {
            Client client = clients.find(actor, link.client()).orElseThrow(() -> new LinkUnusable(null));
            clients.update(actor, link.client(), answers.mergeInto(client.details()), client.version());
            if (link.forChosenEpisode()) {
                // The episode the therapist chose: its baseline when it has no visit yet; otherwise the scores
                // wait, like a before-visit answer, for the next visit's form (Episodes.answeredAtHome).
                Episode chosen = episodes.find(actor, episode).orElseThrow(() -> new LinkUnusable(null));
                if (chosen.status().isOpen() && episodes.visits(actor, episode).isEmpty()) {
                    baseline(actor, episode, today, answers.scores(chosen.psfsActivities().size()));
                }
            }
            else {
                var start = answers.episodeStart(today);
                episode = episodes.start(actor, link.client(), start);
                baseline(actor, episode, today, answers.scores(start.psfsActivities().size()));
            }
            source = AnswerSource.INTAKE;
        }
        redFlags.record(link.practice(), episode, link.client(), answers.flags(), source, link.id(), actor, now);
        if (!links.complete(link.practice(), link.id(), episode, now)) {
            throw new ConflictException("intake link", link.id());
        }
        FlagScreen screen = redFlags.screen(link.practice(), episode);
        auditLog.recordAnonymous(link.practice(), actor.email(), "INTAKE_COMPLETED", "intake_link", link.id(),
                link.client().value(), link.kind() + ", episode " + episode + ", red flags "
                        + (screen.positive() ? screen.level() : "none"));
        return screen;
    }

    /** A baseline is no treatment: the C4 override does not apply, even under a flag the client already has. */
    private void baseline(CurrentPractice actor, EpisodeId episode, LocalDate today,
            List<org.referout.episode.ScoreInput> scores) {
        TreatmentOverride.baseline(() -> episodes.recordVisit(actor, episode, new VisitInput(today, BASELINE_MINUTES,
                List.of(), new VisitNotes(BASELINE_NOTE, null, null, null, null), scores)));
    }

    /** A page skipped by editing the address would leave a hole; name the first field of each missing page. */
    private List<FieldProblem> missingPages(List<Step> steps, IntakeAnswers answers, IntakeLink link) {
        var problems = new ArrayList<FieldProblem>();
        for (Step step : steps) {
            var check = IntakeChecks.check(step, answers.values(), fixedActivities(link), LocalDate.now(clock));
            problems.addAll(check.problems());
        }
        return problems;
    }

    /**
     * Episodes and Clients act for a signed-in person. Here that person is the therapist who sent the link; the
     * audit entries carry their user id and say "client via intake link N" as the actor.
     */
    private static CurrentPractice onBehalfOf(IntakeLink link) {
        return new CurrentPractice(link.practice(), link.createdBy(), Role.THERAPIST,
                "Client via intake link " + link.id(), "client via intake link " + link.id());
    }

    private IntakeLink usable(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new LinkUnusable(null);
        }
        IntakeLink link = links.findByTokenHash(Secrets.hash(token)).orElseThrow(() -> new LinkUnusable(null));
        LinkState state = link.state(clock.instant());
        if (state != LinkState.OPEN) {
            // a link replaced by a newer one says what an expired link says: ask for (or use) the new one
            throw new LinkUnusable(link.replaced() && state == LinkState.REVOKED ? LinkState.EXPIRED : state);
        }
        return link;
    }

    private List<String> fixedActivities(IntakeLink link) {
        if (link.kind() != LinkKind.PRE_VISIT && !link.forChosenEpisode()) {
            return List.of();
        }
        return episodes.history(link.practice(), link.episode()).map(h -> h.psfsActivities()).orElse(List.of());
    }

    private IntakeAnswers read(String text) {
        return new IntakeAnswers(json.readValue(text, new TypeReference<LinkedHashMap<String, String>>() {
        }));
    }

    private String write(IntakeAnswers answers) {
        return json.writeValueAsString(new LinkedHashMap<>(answers.values()));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
