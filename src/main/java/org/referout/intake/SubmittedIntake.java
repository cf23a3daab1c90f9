package org.referout.intake;

import java.util.Map;

/**
 * A completed questionnaire: its link (client, kind, episode, when completed) and the answers as the client gave
 * them, field name → text ({@code "nprs" → "7"}, {@code "flags.NIGHT_PAIN" → "no"}), keyed as in {@link IntakeItem}.
 */
public record SubmittedIntake(IntakeLink link, Map<String, String> answers) {

    public SubmittedIntake {
        answers = Map.copyOf(answers);
    }
}
