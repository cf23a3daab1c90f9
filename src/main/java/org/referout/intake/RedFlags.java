package org.referout.intake;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.referout.audit.AuditLog;
import org.referout.clinical.ProviderTypeAdvice;
import org.referout.clinical.RedFlag;
import org.referout.clinical.RedFlagScreen;
import org.referout.clinical.RedFlagScreening;
import org.referout.client.ClientId;
import org.referout.episode.Episode;
import org.referout.episode.EpisodeId;
import org.referout.episode.Episodes;
import org.referout.practice.CurrentPractice;
import org.referout.practice.PracticeId;
import org.referout.web.BadRequestException;
import org.referout.web.FieldProblem;
import org.referout.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Red flags of a client (R5): the answers given at intake, before a visit or in a therapist's review, on any of the
 * client's episodes, count for every open episode and for episodes started later until cleared. The screen
 * that follows from them (level, combination rule, R6 advice), and clearing a flag with a note. The banner on the
 * episode and client pages and the referral module read {@link #screen}.
 */
@Service
public class RedFlags {

    private final RedFlagRepository repository;
    private final Episodes episodes;
    private final AuditLog auditLog;
    private final Clock clock;

    RedFlags(RedFlagRepository repository, Episodes episodes, AuditLog auditLog, Clock clock) {
        this.repository = repository;
        this.episodes = episodes;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Every R5 question in the order a form asks them (emergency first). */
    public List<FlagQuestion> questions() {
        return Arrays.stream(RedFlag.values()).map(FlagQuestion::of).toList();
    }

    /**
     * The screen of an episode now, from its client's answers and clearances: a computation for pages and other modules, not audited (the page that shows it
     * audits its own read). An unknown episode simply has no flags.
     */
    @Transactional(readOnly = true)
    public FlagScreen screen(PracticeId practice, EpisodeId episode) {
        return evaluate(episode, repository.answers(practice, episode), repository.clearances(practice, episode));
    }

    /**
     * The client's screen for the client page's banner (R5: flags belong to the client), as a list of at most one:
     * anchored on the newest open episode (the banner's links), or on none when the client has no open episode but a
     * flag still counts (it will count for the next episode).
     */
    @Transactional(readOnly = true)
    public List<FlagScreen> openScreensForClient(PracticeId practice, ClientId client) {
        EpisodeId newestOpen = repository.openEpisodes(practice, client).stream().findFirst().orElse(null);
        FlagScreen screen = evaluate(newestOpen, repository.answers(practice, client),
                repository.clearances(practice, client));
        return screen.positive() ? List.of(screen) : List.of();
    }

    /**
     * The client's whole screen now (R5: flags belong to the client): the flags that count and those cleared, for
     * the FHIR export. Not audited: the export audits its own read of the record. {@code episode} is null.
     */
    @Transactional(readOnly = true)
    public FlagScreen clientScreen(PracticeId practice, ClientId client) {
        return evaluate(null, repository.answers(practice, client), repository.clearances(practice, client));
    }

    /**
     * A therapist asks the questions again (e.g. the off-track review: "any new symptoms?"). Codes not given are not
     * asked; unknown codes are a 400 naming the field.
     */
    @Transactional
    public FlagScreen review(CurrentPractice by, EpisodeId id, Map<String, Boolean> answers) {
        Episode episode = clinicalEpisode(by, id);
        var parsed = new LinkedHashMap<RedFlag, Boolean>();
        var problems = new ArrayList<FieldProblem>();
        answers.forEach((code, answer) -> flag(code).ifPresentOrElse(
                flag -> parsed.put(flag, Boolean.TRUE.equals(answer)),
                () -> problems.add(new FieldProblem("answers." + code, code + " is not a known red flag (R5)"))));
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        record(by.id(), id, episode.client(), parsed, AnswerSource.THERAPIST_REVIEW, null, by, now());
        FlagScreen screen = screen(by.id(), id);
        auditLog.record(by, "RED_FLAGS_REVIEWED", "episode", id, episode.client().value(),
                parsed.size() + " answers, level " + (screen.positive() ? screen.level() : "none"));
        return screen;
    }

    /**
     * R5: a therapist clears a flag that counts now, with a note saying who cleared it ("seen by GP on 3 March").
     * The clearance is for the client: the flag stops counting on every episode; a later "yes" raises it again.
     * Audited.
     */
    @Transactional
    public FlagScreen clear(CurrentPractice by, EpisodeId id, String code, String note) {
        Episode episode = clinicalEpisode(by, id);
        String clean = note == null ? "" : note.strip();
        var problems = new ArrayList<FieldProblem>();
        if (clean.isEmpty()) {
            problems.add(new FieldProblem("note", "say who cleared it and when, e.g. \"seen by GP on 3 March\""));
        } else if (clean.length() > 2000) {
            problems.add(new FieldProblem("note", "is longer than 2000 characters"));
        }
        boolean active = screen(by.id(), id).flags().stream().anyMatch(flag -> flag.code().equals(code));
        if (!active) {
            problems.add(new FieldProblem("code", code + " is not a red flag that counts for this client now"));
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        repository.insertClearance(by.id(), id, episode.client(), code, clean, by.userId(), now());
        auditLog.record(by, "RED_FLAG_CLEARED", "episode", id, episode.client().value(),
                code + " (for the client, every episode): " + clean);
        return screen(by.id(), id);
    }

    /** Stores answers as given (intake, pre-visit or review); the screen is recomputed from them at once. */
    void record(PracticeId practice, EpisodeId episode, ClientId client, Map<RedFlag, Boolean> answers,
            AnswerSource source, IntakeLinkId link, CurrentPractice by, OffsetDateTime at) {
        answers.forEach((flag, answer) -> repository.insertAnswer(practice, episode, client, flag.name(), answer, at,
                source, link, source == AnswerSource.THERAPIST_REVIEW ? by.userId() : null));
    }

    private Episode clinicalEpisode(CurrentPractice by, EpisodeId id) {
        return episodes.find(by, id).orElseThrow(NotFoundException::new);
    }

    /**
     * R5: a "yes" counts until a therapist clears it with a note: the latest "yes" per code counts unless a clearance
     * came at or after it (a later "yes" raises it again). A later "no" does not clear it: flags belong to the
     * client, and a "no" on another episode's questionnaire or a before-visit link is not a therapist's clearance.
     * The level, combination rule and reasons come from the clinical core, the advice from R6.
     */
    static FlagScreen evaluate(EpisodeId episode, List<RedFlagRepository.Answer> answers,
            List<RedFlagRepository.Clearance> clearances) {
        var latest = new LinkedHashMap<String, RedFlagRepository.Answer>();
        answers.stream().filter(RedFlagRepository.Answer::answer).forEach(answer -> latest.put(answer.code(), answer));
        var lastClearance = new LinkedHashMap<String, RedFlagRepository.Clearance>();
        clearances.forEach(clearance -> lastClearance.put(clearance.code(), clearance));
        var active = new ArrayList<ActiveFlag>();
        var flags = EnumSet.noneOf(RedFlag.class);
        var cleared = new ArrayList<ClearedFlag>();
        for (RedFlagRepository.Answer answer : latest.values()) {
            var flag = flag(answer.code());
            if (!answer.answer() || flag.isEmpty()) {
                continue;
            }
            var clearance = lastClearance.get(answer.code());
            if (clearance != null && !clearance.clearedAt().isBefore(answer.answeredAt())) {
                cleared.add(new ClearedFlag(answer.code(), flag.get().label(), clearance.note(), clearance.clearedBy(),
                        clearance.clearedAt()));
                continue;
            }
            flags.add(flag.get());
            active.add(new ActiveFlag(flag.get(), answer.answeredAt(), answer.source()));
        }
        RedFlagScreening screening = RedFlagScreen.evaluate(flags, List.of());
        if (!screening.hasLevel()) {
            return new FlagScreen(episode, null, false, List.of(), ProviderTypeAdvice.NONE, List.of(), cleared);
        }
        // Most severe first; RedFlag is declared in that order.
        active.sort((a, b) -> a.flag().compareTo(b.flag()));
        var advice = ProviderTypeAdvice.advise(screening, null, null, null);
        return new FlagScreen(episode, screening.level(), screening.combined(), active, advice, screening.reasons(),
                cleared);
    }

    static Optional<RedFlag> flag(String code) {
        return Arrays.stream(RedFlag.values()).filter(flag -> flag.name().equals(code)).findFirst();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
