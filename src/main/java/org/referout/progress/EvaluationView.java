package org.referout.progress;

import java.util.List;

import org.referout.clinical.Evaluation;
import org.referout.clinical.ProviderType;

/**
 * An evaluation in the output shape of CLINICAL.md R7.2, field for field, as the API returns it (after a visit
 * and from {@code GET /api/v1/episodes/{id}/evaluation}); the same numbers as the {@code evaluate} command.
 */
public record EvaluationView(long id, String status, String recommendation, String primaryMeasure, double baseline,
        double latest, double improvement, Double improvementPercent, boolean importantImprovement, double rci,
        boolean reliableChange, Double lowerBound, String boundSource, String redFlagLevel, List<ReasonView> reasons,
        List<String> providerTypes) {

    public record ReasonView(String code, String text) {
    }

    public static EvaluationView of(long episodeId, Evaluation e) {
        return new EvaluationView(episodeId, e.status().name(), e.recommendation().name(), e.primaryMeasure().name(),
                e.baseline(), e.latest(), e.improvement(), e.improvementPercent(), e.importantImprovement(),
                round2(e.rci()), e.reliableChange(), e.lowerBound(), e.boundSource().name(),
                e.redFlagLevel() == null ? null : e.redFlagLevel().name(),
                e.reasons().stream().map(r -> new ReasonView(r.code().name(), r.text())).toList(),
                e.providerTypes().stream().map(ProviderType::nuccCode).toList());
    }

    /** R7.2 shows the RCI to 2 decimals, rounded half away from zero as the command does. */
    static double round2(double value) {
        return Math.signum(value) * Math.floor(Math.abs(value) * 100 + 0.5) / 100;
    }
}
