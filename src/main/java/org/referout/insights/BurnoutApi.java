package org.referout.insights;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.referout.clinical.CbiScale;
import org.referout.clinical.CbiScores;
import org.referout.practice.CurrentPractice;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/me/burnout}: the caller's own burnout checks. "me" is the whole addressing scheme on purpose:
 * there is no route by user id, so no token — an owner's included — can read anyone else's answers.
 */
@RestController
@RequestMapping("/api/v1/me/burnout")
class BurnoutApi {

    record CheckJson(long id, Instant takenAt, Map<String, Integer> answers, Map<String, Double> scores) {

        static CheckJson of(BurnoutCheck check) {
            Map<String, Integer> answers = new LinkedHashMap<>();
            check.answers().chosen().forEach((item, points) -> answers.put(item.name(), points));
            Map<String, Double> scores = new LinkedHashMap<>();
            CbiScores computed = check.scores();
            for (CbiScale scale : CbiScale.values()) {
                var score = computed.of(scale);
                scores.put(scale.name().toLowerCase(java.util.Locale.ROOT),
                        score.isPresent() ? score.getAsDouble() : null);
            }
            return new CheckJson(check.id(), check.takenAt(), answers, scores);
        }
    }

    record HistoryJson(List<CheckJson> checks, BurnoutReminder reminder) {
    }

    private final BurnoutChecks checks;

    BurnoutApi(BurnoutChecks checks) {
        this.checks = checks;
    }

    @GetMapping
    HistoryJson history(CurrentPractice me) {
        return new HistoryJson(checks.history(me).stream().map(CheckJson::of).toList(), checks.reminder(me));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CheckJson take(CurrentPractice me, @RequestBody BurnoutForm form) {
        return CheckJson.of(checks.take(me, form.toAnswers()));
    }
}
