package org.referout.intake;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.referout.audit.AuditLog;
import org.referout.client.Clients;
import org.referout.clinical.Recommendation;
import org.referout.directory.Directory;
import org.referout.directory.ProviderSearch;
import org.referout.directory.SearchResult;
import org.referout.episode.Episode;
import org.referout.episode.EpisodeId;
import org.referout.episode.Episodes;
import org.referout.practice.CurrentPractice;
import org.referout.progress.Alerts;
import org.referout.web.BadRequestException;
import org.referout.web.FieldProblem;
import org.referout.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The emergency action (issue 15 item 2; R5 REFER_EMERGENCY, R6): what to do now in plain words, the nearest
 * emergency departments from the directory, and the one-tap record of what was done, kept, audited, closing the
 * episode's open alerts. Not the off-track review.
 */
@Service
public class Emergencies {

    /** NUCC: general acute care hospital. Emergency departments are hospitals (organisations), not physicians. */
    static final String GENERAL_ACUTE_CARE_HOSPITAL = "282N00000X";
    static final double RADIUS_KM = 80;
    static final int SHOWN = 5;

    /** What the page shows. {@code callNow}: DVT or chest pain: emergency services now, not a drive to the ED. */
    public record Situation(Episode episode, String clientName, FlagScreen screen, boolean callNow,
            List<SearchResult> departments, String zip, List<Recorded> recorded) {
    }

    public record Recorded(EmergencyOutcome outcome, String note, String by, OffsetDateTime at) {
    }

    private final RedFlags redFlags;
    private final Episodes episodes;
    private final Clients clients;
    private final Directory directory;
    private final Alerts alerts;
    private final AuditLog auditLog;
    private final JdbcClient jdbc;
    private final Clock clock;

    Emergencies(RedFlags redFlags, Episodes episodes, Clients clients, Directory directory, Alerts alerts,
            AuditLog auditLog, JdbcClient jdbc, Clock clock) {
        this.redFlags = redFlags;
        this.episodes = episodes;
        this.clients = clients;
        this.directory = directory;
        this.alerts = alerts;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Situation situation(CurrentPractice by, EpisodeId id) {
        Episode episode = episodes.find(by, id).orElseThrow(NotFoundException::new);
        var client = clients.find(by, episode.client()).orElseThrow(NotFoundException::new);
        FlagScreen screen = redFlags.screen(by.id(), id);
        boolean callNow = screen.flags().stream().anyMatch(flag -> flag.flag().needsEmergencyServices());
        String zip = client.details().zip();
        List<SearchResult> departments = List.of();
        if (zip != null && !zip.isBlank()) {
            try {
                departments = emergencyDepartments(directory.search(
                        ProviderSearch.near(zip, RADIUS_KM, GENERAL_ACUTE_CARE_HOSPITAL).withLimit(SHOWN * 4)));
            }
            catch (BadRequestException unknownZip) {
                departments = List.of();
            }
        }
        return new Situation(episode, client.firstName() + " " + client.lastName(), screen, callNow, departments,
                zip, recorded(by, episode));
    }

    /** Only organisations whose taxonomy is a general acute care hospital, nearest first, at most {@link #SHOWN}. */
    static List<SearchResult> emergencyDepartments(List<SearchResult> found) {
        return found.stream()
            .filter(result -> result.provider().organization() && result.provider().active())
            .filter(result -> result.provider().taxonomyCodes().contains(GENERAL_ACUTE_CARE_HOSPITAL))
            .sorted((a, b) -> Double.compare(a.distanceKm(), b.distanceKm()))
            .limit(SHOWN)
            .toList();
    }

    /**
     * Keeps what was done, audits it and closes the episode's open alerts. Only while an emergency flag counts.
     *
     * @throws BadRequestException naming {@code outcome} or {@code note}; nothing is stored then
     */
    @Transactional
    public void record(CurrentPractice by, EpisodeId id, String outcome, String note) {
        Episode episode = episodes.find(by, id).orElseThrow(NotFoundException::new);
        FlagScreen screen = redFlags.screen(by.id(), id);
        var problems = new ArrayList<FieldProblem>();
        Optional<EmergencyOutcome> chosen = Arrays.stream(EmergencyOutcome.values())
            .filter(value -> value.name().equals(outcome)).findFirst();
        if (chosen.isEmpty()) {
            problems.add(new FieldProblem("outcome", "choose what was done"));
        }
        String clean = note == null || note.isBlank() ? null : note.strip();
        if (clean != null && clean.length() > 2000) {
            problems.add(new FieldProblem("note", "is longer than 2000 characters"));
        }
        if (screen.level() != Recommendation.REFER_EMERGENCY) {
            problems.add(new FieldProblem("outcome", "no emergency red flag counts for this client now"));
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems);
        }
        String flags = String.join(",", screen.flags().stream().map(ActiveFlag::code).toList());
        jdbc.sql("""
                insert into emergency_action (practice_id, client_id, episode_id, outcome, flags, note, by_user, at)
                values (:p, :client, :episode, :outcome, :flags, :note, :by, :at)""")
            .param("p", by.id().value())
            .param("client", episode.client().value())
            .param("episode", id.value())
            .param("outcome", chosen.get().name())
            .param("flags", flags)
            .param("note", clean)
            .param("by", by.userId().value())
            .param("at", OffsetDateTime.now(clock))
            .update();
        String what = chosen.get().label() + (clean == null ? "" : ": " + clean);
        auditLog.record(by, "EMERGENCY_ACTION", "episode", id, episode.client().value(), flags + " — " + what);
        alerts.closeForEmergency(by, id, what);
    }

    private List<Recorded> recorded(CurrentPractice by, Episode episode) {
        return jdbc.sql("""
                select a.outcome, a.note, u.display_name, a.at from emergency_action a
                join app_user u on u.practice_id = a.practice_id and u.id = a.by_user
                where a.practice_id = :p and a.client_id = :client order by a.at desc, a.id desc""")
            .param("p", by.id().value())
            .param("client", episode.client().value())
            .query((rs, n) -> new Recorded(EmergencyOutcome.valueOf(rs.getString(1)), rs.getString(2),
                    rs.getString(3), rs.getObject(4, OffsetDateTime.class)))
            .list();
    }
}
