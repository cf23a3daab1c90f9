package org.referout.cli;

import org.referout.clinical.Evaluation;
import org.referout.clinical.Recommendation;
import org.referout.clinical.Status;

/**
 * {@code evaluate --summary} (issue 19): how many episodes were evaluated and how many could not be, then the
 * count of each status and of each recommendation, every one listed in the order of R4.1 and R4.2 (zeros too),
 * so two summaries line up. Plain text, one count a line.
 */
final class Summary {

    private final long[] statuses = new long[Status.values().length];
    private final long[] recommendations = new long[Recommendation.values().length];
    long evaluated;
    long notEvaluated;

    void add(Evaluation evaluation) {
        evaluated++;
        statuses[evaluation.status().ordinal()]++;
        recommendations[evaluation.recommendation().ordinal()]++;
    }

    void add(Summary other) {
        evaluated += other.evaluated;
        notEvaluated += other.notEvaluated;
        for (int i = 0; i < statuses.length; i++) {
            statuses[i] += other.statuses[i];
        }
        for (int i = 0; i < recommendations.length; i++) {
            recommendations[i] += other.recommendations[i];
        }
    }

    String text() {
        StringBuilder text = new StringBuilder(512)
                .append("episodes ").append(evaluated + notEvaluated).append('\n')
                .append("evaluated ").append(evaluated).append('\n')
                .append("not evaluated ").append(notEvaluated).append('\n')
                .append("\nstatus\n");
        for (Status status : Status.values()) {
            text.append(status.name()).append(' ').append(statuses[status.ordinal()]).append('\n');
        }
        text.append("\nrecommendation\n");
        for (Recommendation recommendation : Recommendation.values()) {
            text.append(recommendation.name()).append(' ').append(recommendations[recommendation.ordinal()]).append('\n');
        }
        return text.toString();
    }
}
