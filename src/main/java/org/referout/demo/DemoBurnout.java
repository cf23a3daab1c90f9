package org.referout.demo;

import org.referout.clinical.CbiAnswers;
import org.referout.clinical.CbiItem;
import org.referout.insights.BurnoutChecks;
import org.springframework.stereotype.Component;

/** The demo owner has taken the burnout self-check once, so the page shows scores and a trend from day one. */
@Component
class DemoBurnout implements DemoExtension {

    private final BurnoutChecks checks;

    DemoBurnout(BurnoutChecks checks) {
        this.checks = checks;
    }

    @Override
    public void extend(DemoPractice demo) {
        CbiAnswers answers = CbiAnswers.none();
        int[] points = { 50, 50, 25, 75, 50, 25 };
        int i = 0;
        for (CbiItem item : CbiItem.values()) {
            answers = answers.with(item, points[i++ % points.length]);
        }
        checks.take(demo.owner().asCurrentPractice(), answers);
    }
}
