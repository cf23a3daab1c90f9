package org.referout.referral;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The new-referral form: urgency, reason (pre-filled from the evaluation), the question, chosen recipients. */
record ReferralForm(@NotNull(message = "choose how urgent the referral is") Urgency urgency,
        @Size(max = 4000) String reason, @Size(max = 2000) String question, String source, List<Long> recipients) {

    NewReferral toNewReferral() {
        return new NewReferral(urgency, reason, question, source == null ? "HAND" : source,
                recipients == null ? List.of() : recipients.stream().map(RecipientId::new).toList());
    }
}
