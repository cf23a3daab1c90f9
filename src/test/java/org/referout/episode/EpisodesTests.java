package org.referout.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.referout.audit.AuditEntry;
import org.referout.audit.AuditLog;
import org.referout.client.ClientDetails;
import org.referout.client.ClientId;
import org.referout.client.Clients;
import org.referout.clinical.Complaint;
import org.referout.clinical.Measure;
import org.referout.practice.CurrentPractice;
import org.referout.support.DatabaseTest;
import org.referout.support.TestPractices;
import org.referout.support.TestPractices.Team;
import org.referout.web.BadRequestException;
import org.referout.web.ConflictException;
import org.referout.web.FieldProblem;
import org.referout.web.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@DatabaseTest
@RecordApplicationEvents
class EpisodesTests {

    @Autowired
    Episodes episodes;

    @Autowired
    Clients clients;

    @Autowired
    TestPractices practices;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    static final LocalDate TODAY = LocalDate.now(java.time.ZoneOffset.UTC);

    static EpisodeStart lowBack() {
        return new EpisodeStart("LOW_BACK_PAIN", true, List.of("low back", "hips"), "Play with my kids",
                "NPRS", List.of("Lift my toddler", "Sit through a film", "Garden"), TODAY.minusDays(14));
    }

    static VisitInput visit(LocalDate date, ScoreInput... scores) {
        return new VisitInput(date, 60, List.of("DEEP_TISSUE", "STRETCHING"),
                new VisitNotes("Sore after gardening", null, null, "Twice a week", "Cat-cow daily"), List.of(scores));
    }

    static ScoreInput nprs(int value) {
        return new ScoreInput("NPRS", BigDecimal.valueOf(value), null);
    }

    static ScoreInput psfs(int... values) {
        return new ScoreInput("PSFS", null, java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList());
    }

    ClientId client(CurrentPractice by) {
        return clients.create(by, new ClientDetails("Jane", "Doe", null, null, null, null, null, null, null, "62701",
                null, true));
    }

    @Test
    void startsAnEpisodeWithItsActivitiesInOrder() {
        CurrentPractice therapist = practices.newPractice("Start").therapist().asCurrentPractice();
        ClientId client = client(therapist);

        EpisodeId id = episodes.start(therapist, client, lowBack());

        Episode episode = episodes.find(therapist, id).orElseThrow();
        assertThat(episode.psfsActivities()).containsExactly("Lift my toddler", "Sit through a film", "Garden");
        assertThat(episode.bodyRegions()).containsExactly("low back", "hips");
        assertThat(episode.complaint()).isEqualTo(Complaint.LOW_BACK_PAIN);
        assertThat(episode.chronic()).isTrue();
        assertThat(episode.status()).isEqualTo(EpisodeStatus.ACTIVE);
        assertThat(episode.therapist()).isEqualTo(therapist.userId());
        assertThat(episodes.listForClient(therapist, client)).extracting(Episode::id).containsExactly(id);
        assertThat(auditLog.list(therapist.id(), client.value(), 10)).extracting(AuditEntry::action)
            .contains("EPISODE_STARTED", "EPISODE_READ", "EPISODE_LIST");
    }

    @Test
    void badEpisodeStartNamesEveryFieldAndStoresNothing() {
        CurrentPractice therapist = practices.newPractice("BadStart").therapist().asCurrentPractice();
        ClientId client = client(therapist);
        var bad = new EpisodeStart("BACK", false, null, "x".repeat(2001), "PSFS",
                List.of("a", "b", "c", "d", "e", "f"), TODAY.plusDays(3));

        assertThatThrownBy(() -> episodes.start(therapist, client, bad))
            .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.problems())
                .extracting(FieldProblem::field)
                .containsExactly("complaint", "psfsActivities", "goals", "startDate"));
        assertThat(episodes.listForClient(therapist, client)).isEmpty();
    }

    @Test
    void recordsVisitsWithScoresAndPublishesVisitRecorded() {
        CurrentPractice therapist = practices.newPractice("Visit").therapist().asCurrentPractice();
        EpisodeId id = episodes.start(therapist, client(therapist), lowBack());

        VisitId first = episodes.recordVisit(therapist, id, visit(TODAY.minusDays(7), nprs(7), psfs(3, 4, 2)));
        VisitId second = episodes.recordVisit(therapist, id, visit(TODAY, nprs(5),
                new ScoreInput("GROC", BigDecimal.valueOf(2), null)));

        List<Visit> visits = episodes.visits(therapist, id);
        assertThat(visits).extracting(Visit::id).containsExactly(first, second);
        assertThat(visits.get(0).techniques()).containsExactly(Technique.DEEP_TISSUE, Technique.STRETCHING);
        assertThat(visits.get(0).notes().homework()).isEqualTo("Cat-cow daily");
        assertThat(visits.get(0).scores()).containsExactly(Score.single(Measure.NPRS, 7),
                Score.items(Measure.PSFS, List.of(3, 4, 2)));
        assertThat(events.stream(VisitRecorded.class)).containsExactly(new VisitRecorded(therapist.id(), id, first),
                new VisitRecorded(therapist.id(), id, second));

        ScoreHistory history = episodes.history(therapist.id(), id).orElseThrow();
        assertThat(history.primaryMeasure()).isEqualTo(Measure.NPRS);
        assertThat(history.scores()).extracting(e -> e.visit() + " " + e.score().measure() + " " + e.score().score())
            .containsExactly("1 NPRS 7.0", "1 PSFS 3.0", "2 NPRS 5.0", "2 GROC 2.0");
    }

    @Test
    void badVisitStoresNothing() {
        CurrentPractice therapist = practices.newPractice("BadVisit").therapist().asCurrentPractice();
        EpisodeId id = episodes.start(therapist, client(therapist), lowBack());
        var bad = new VisitInput(TODAY.plusDays(1), 0, List.of("REIKI"),
                new VisitNotes("x".repeat(4001), null, null, null, null),
                List.of(nprs(11), psfs(3, 4), new ScoreInput("GROC", BigDecimal.ONE, null)));

        assertThatThrownBy(() -> episodes.recordVisit(therapist, id, bad))
            .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.problems())
                .extracting(FieldProblem::field)
                .containsExactly("date", "durationMinutes", "techniques[0]", "notes.subjective", "scores[0].value",
                        "scores[1].items", "scores[2].measure"));
        assertThat(episodes.visits(therapist, id)).isEmpty();
        assertThat(events.stream(VisitRecorded.class)).isEmpty();
    }

    @Test
    void notesUpdateUsesTheVersionAndASecondSaveConflicts() {
        CurrentPractice therapist = practices.newPractice("Notes").therapist().asCurrentPractice();
        EpisodeId id = episodes.start(therapist, client(therapist), lowBack());
        VisitId visit = episodes.recordVisit(therapist, id, visit(TODAY, nprs(6)));

        episodes.updateVisitNotes(therapist, visit, new VisitNotes("Better", null, null, null, null), 0);

        assertThatThrownBy(() -> episodes.updateVisitNotes(therapist, visit,
                new VisitNotes("Lost", null, null, null, null), 0)).isInstanceOf(ConflictException.class);
        assertThat(episodes.visits(therapist, id).get(0).notes().subjective()).isEqualTo("Better");
    }

    @Test
    void closingPublishesEpisodeClosedOnceAndStopsNewVisits() {
        CurrentPractice therapist = practices.newPractice("Close").therapist().asCurrentPractice();
        EpisodeId id = episodes.start(therapist, client(therapist), lowBack());

        assertThat(episodes.close(therapist, id, DischargeReason.REFERRED_OUT, 0)).isEqualTo(EpisodeStatus.REFERRED_OUT);

        assertThat(events.stream(EpisodeClosed.class)).containsExactly(
                new EpisodeClosed(therapist.id(), id, EpisodeStatus.REFERRED_OUT, DischargeReason.REFERRED_OUT));
        assertThatThrownBy(() -> episodes.close(therapist, id, DischargeReason.GOALS_MET, 1))
            .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> episodes.recordVisit(therapist, id, visit(TODAY, nprs(3))))
            .isInstanceOf(BadRequestException.class);
        assertThat(episodes.find(therapist, id).orElseThrow().dischargeReason()).isEqualTo(DischargeReason.REFERRED_OUT);
    }

    @Test
    void frontDeskAndOtherPracticesSeeNothingClinical() {
        Team team = practices.newPractice("Desk");
        CurrentPractice therapist = team.therapist().asCurrentPractice();
        CurrentPractice desk = team.frontDesk().asCurrentPractice();
        CurrentPractice stranger = practices.newPractice("Stranger").owner().asCurrentPractice();
        ClientId client = client(therapist);
        EpisodeId id = episodes.start(therapist, client, lowBack());
        episodes.recordVisit(therapist, id, visit(TODAY, nprs(6)));

        assertThat(episodes.find(desk, id)).isEmpty();
        assertThat(episodes.listForClient(desk, client)).isEmpty();
        assertThat(episodes.visits(desk, id)).isEmpty();
        assertThatThrownBy(() -> episodes.recordVisit(desk, id, visit(TODAY, nprs(6))))
            .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> episodes.start(desk, client, lowBack())).isInstanceOf(NotFoundException.class);

        assertThat(episodes.find(stranger, id)).isEmpty();
        assertThat(episodes.history(stranger.id(), id)).isEmpty();
        assertThat(episodes.visits(stranger, id)).isEmpty();
        assertThatThrownBy(() -> episodes.start(stranger, client, lowBack())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> episodes.recordVisit(stranger, id, visit(TODAY, nprs(6))))
            .isInstanceOf(NotFoundException.class);
    }
}
