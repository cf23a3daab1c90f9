package org.referout.progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.referout.clinical.EpisodeEvaluator;
import org.referout.clinical.EpisodeInput;
import org.referout.clinical.Evaluation;
import org.referout.episode.EpisodeId;
import org.referout.episode.Episodes;
import org.referout.episode.ScoreHistory;
import org.referout.episode.VisitId;
import org.referout.practice.CurrentPractice;
import org.referout.practice.PracticeId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The progress module's front door: evaluates an episode from its stored scores with the practice's current
 * expected curves (R4), now and as it stood after each visit, and builds its progress chart. Evaluations are
 * computed, never stored. Methods take a PracticeId and do not audit: they are computations; the page or route
 * that shows a result checks the reader and audits the read (through Episodes.find).
 */
@Service
public class Progress {

    private final Episodes episodes;
    private final CurveStore curves;
    private final AlertRepository alerts;
    private final ObjectProvider<EpisodeRedFlags> redFlags;
    private final Timer evaluations;

    Progress(Episodes episodes, CurveStore curves, AlertRepository alerts, ObjectProvider<EpisodeRedFlags> redFlags,
            MeterRegistry meters) {
        this.episodes = episodes;
        this.curves = curves;
        this.alerts = alerts;
        this.redFlags = redFlags;
        this.evaluations = Timer.builder("referout.evaluations")
            .description("Episode evaluations (R4) computed for pages, the API and alerts").register(meters);
    }

    /** The evaluation now; empty for an unknown episode and for one without a baseline score yet. */
    @Transactional(readOnly = true)
    public Optional<Evaluation> evaluate(PracticeId practice, EpisodeId episode) {
        return episodes.history(practice, episode)
            .filter(ClinicalInput::hasBaseline)
            .map(history -> evaluations.record(() -> EpisodeEvaluator.evaluate(
                    ClinicalInput.from(history, flags(practice, episode)), curves.current(practice).curves())));
    }

    /** {@link #evaluate} in the R7.2 output shape. */
    @Transactional(readOnly = true)
    public Optional<EvaluationView> evaluationView(PracticeId practice, EpisodeId episode) {
        return evaluate(practice, episode).map(evaluation -> EvaluationView.of(episode.value(), evaluation));
    }

    /**
     * The evaluation after each visit that scored the primary measure, in order (for alerts, chart markers and
     * the history table). Red flags are today's: their answers are not kept per visit.
     */
    @Transactional(readOnly = true)
    public List<VisitEvaluation> evaluationsByVisit(PracticeId practice, EpisodeId episode) {
        Optional<ScoreHistory> found = episodes.history(practice, episode).filter(ClinicalInput::hasBaseline);
        if (found.isEmpty()) {
            return List.of();
        }
        ScoreHistory history = found.get();
        EpisodeRedFlags.Flags flags = flags(practice, episode);
        var curvesNow = curves.current(practice).curves();
        List<VisitEvaluation> list = new ArrayList<>();
        int k = 0;
        for (ScoreHistory.Entry entry : primaryEntries(history).values()) {
            EpisodeInput input = ClinicalInput.from(history, flags, entry.visit());
            list.add(new VisitEvaluation(++k, entry.visit(), entry.visitId(), entry.date(),
                    evaluations.record(() -> EpisodeEvaluator.evaluate(input, curvesNow))));
        }
        return list;
    }

    /** The evaluation right after this visit; empty when the visit did not score the primary measure. */
    @Transactional(readOnly = true)
    public Optional<VisitEvaluation> evaluationAfter(PracticeId practice, EpisodeId episode, VisitId visit) {
        return evaluationsByVisit(practice, episode).stream().filter(e -> e.visitId().equals(visit)).findFirst();
    }

    /** The data of the episode's progress chart (draw it with {@link ProgressChart}); empty without a baseline. */
    @Transactional(readOnly = true)
    public Optional<ProgressChart.Data> chart(PracticeId practice, EpisodeId episode) {
        return episodes.history(practice, episode)
            .filter(ClinicalInput::hasBaseline)
            .map(history -> ChartData.of(ClinicalInput.from(history, flags(practice, episode)),
                    curves.current(practice).curves(), alerts.markers(practice, episode)));
    }

    /** The practice's current expected curves and what they were built from (built on first use). */
    public ReferenceCurves curves(PracticeId practice) {
        return curves.current(practice);
    }

    /** Rebuilds the practice's curves from its closed episodes now (the owner's button; also after a close). */
    @Transactional(readOnly = true)
    public ReferenceCurves refitCurves(PracticeId practice) {
        return curves.refit(practice);
    }

    /** The client's red flags that count for this episode now (R5), for the off-track review. */
    EpisodeRedFlags.Flags standingFlags(PracticeId practice, EpisodeId episode) {
        return flags(practice, episode);
    }

    /** Keeps the off-track review's yes answers with the client's red flags (R5), when a supplier is present. */
    void keepReviewFlags(CurrentPractice by, EpisodeId episode, java.util.Set<org.referout.clinical.RedFlag> yes) {
        EpisodeRedFlags source = redFlags.getIfAvailable();
        if (source != null) {
            source.answeredInReview(by, episode, yes);
        }
    }

    private EpisodeRedFlags.Flags flags(PracticeId practice, EpisodeId episode) {
        EpisodeRedFlags source = redFlags.getIfAvailable();
        return source == null ? EpisodeRedFlags.Flags.NONE : source.of(practice, episode);
    }

    private static Map<VisitId, ScoreHistory.Entry> primaryEntries(ScoreHistory history) {
        Map<VisitId, ScoreHistory.Entry> entries = new LinkedHashMap<>();
        for (ScoreHistory.Entry entry : history.scores()) {
            if (entry.score().measure() == history.primaryMeasure()) {
                entries.putIfAbsent(entry.visitId(), entry);
            }
        }
        return entries;
    }
}
