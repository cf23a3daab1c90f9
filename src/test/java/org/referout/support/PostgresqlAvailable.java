package org.referout.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * On the PostgreSQL run, skips database tests with a visible reason when no server answers on 127.0.0.1:5432 —
 * except under {@code CI=true}, where they run and fail, so a missing database is never mistaken for green.
 */
public final class PostgresqlAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabase.onPostgresql() || TestDatabase.postgresqlReachable()) {
            return ConditionEvaluationResult.enabled("database available");
        }
        if (TestDatabase.underCi()) {
            return ConditionEvaluationResult.enabled("CI=true: PostgreSQL is required; the test will fail");
        }
        String reason = "SKIPPED: PostgreSQL is not reachable on 127.0.0.1:5432 (under CI=true this fails instead)";
        System.err.println(reason + " — " + context.getDisplayName());
        return ConditionEvaluationResult.disabled(reason);
    }
}
