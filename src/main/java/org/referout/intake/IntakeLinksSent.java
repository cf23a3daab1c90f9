package org.referout.intake;

import java.time.Clock;
import java.util.List;

import org.referout.client.ClientId;
import org.referout.client.SentToClient;
import org.referout.practice.CurrentPractice;
import org.springframework.stereotype.Component;

/** The client page's list of what was sent: intake and before-visit links (front desk: none, C1). */
@Component
class IntakeLinksSent implements SentToClient {

    private final Intakes intakes;
    private final Clock clock;

    IntakeLinksSent(Intakes intakes, Clock clock) {
        this.intakes = intakes;
        this.clock = clock;
    }

    @Override
    public List<Sent> sentTo(CurrentPractice by, ClientId client) {
        return intakes.links(by, client).stream()
            .map(link -> new Sent(link.kind().label(), link.createdAt(), link.sentAt(), link.sentTo(),
                    link.stateInWords(clock.instant(), clock.getZone()), link.completedAt() != null,
                    "/intake-links/" + link.id()))
            .toList();
    }
}
