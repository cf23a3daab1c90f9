package org.referout.client;

import java.time.OffsetDateTime;
import java.util.List;

import org.referout.practice.CurrentPractice;

/**
 * What the practice sent the client (issue 15): intake and before-visit links, the question after a referral.
 * Declared here so that the client page can list them without the client module depending on the modules that
 * send them; each sending module implements it for its own links.
 */
public interface SentToClient {

    /**
     * One thing sent: what it was (plain words), when it was made and e-mailed, to which address (null: not e-mailed,
     * only copied or shown as a QR code), where the practice can see it, and its state in plain words
     * ("answered on 2 Dec 2026", "open until 9 Dec 2026", "expired", "replaced by a newer link").
     */
    record Sent(String what, OffsetDateTime createdAt, OffsetDateTime sentAt, String sentTo, String state,
            boolean answered, String href) {
    }

    /** Newest first; empty for someone who may not see clinical data. */
    List<Sent> sentTo(CurrentPractice by, ClientId client);
}
