package org.referout.referral;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.referout.client.ClientId;
import org.referout.client.SentToClient;
import org.referout.practice.CurrentPractice;
import org.springframework.stereotype.Component;

/** The client page's list of what was sent: the question after a referral (C6), clinical (front desk: none). */
@Component
class ClientQuestionsSent implements SentToClient {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final LinkRepository links;
    private final Clock clock;

    ClientQuestionsSent(LinkRepository links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    @Override
    public List<Sent> sentTo(CurrentPractice by, ClientId client) {
        if (!by.seesClinicalData()) {
            return List.of();
        }
        return links.clientQuestions(by.id(), client).stream()
            .map(q -> new Sent("Question after the referral: did you book, were you seen, did it help?",
                    q.createdAt(), q.sentTo() == null ? null : q.sentAt(), q.sentTo(), state(q),
                    q.answeredAt() != null, "/referrals/" + q.referral()))
            .toList();
    }

    private String state(LinkRepository.ClientQuestion q) {
        if (q.answeredAt() != null) {
            return "answered on " + q.answeredAt().atZoneSameInstant(clock.getZone()).format(DAY);
        }
        if (q.replaced()) {
            return "replaced by a newer question";
        }
        if (q.closedAt() != null) {
            return "closed";
        }
        return clock.instant().isBefore(q.expiresAt().toInstant())
                ? "waiting for the answer, until " + q.expiresAt().atZoneSameInstant(clock.getZone()).format(DAY)
                : "expired without an answer";
    }
}
