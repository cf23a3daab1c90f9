package org.referout.referral;

import java.util.Arrays;
import java.util.List;

/**
 * The referral's lifecycle (C6) and its transition table. The table lives here, not in a service, so that one
 * unit test over every pair of states proves the whole lifecycle.
 */
public enum ReferralStatus {
    DRAFT, SENT, ACCEPTED, DECLINED, SCHEDULED, SEEN, CLOSED, CANCELLED;

    public boolean canMoveTo(ReferralStatus next) {
        return switch (this) {
            case DRAFT -> next == SENT || next == CANCELLED;
            case SENT -> next == ACCEPTED || next == DECLINED || next == CANCELLED;
            // A walk-in is seen without a booked date, so ACCEPTED may skip SCHEDULED.
            case ACCEPTED -> next == SCHEDULED || next == SEEN || next == CANCELLED;
            case SCHEDULED -> next == SEEN;
            case SEEN -> next == CLOSED;
            // The sender closes the loop on a declined referral (and may then refer again).
            case DECLINED -> next == CLOSED;
            case CLOSED, CANCELLED -> false;
        };
    }

    /** @throws InvalidTransitionException naming both states when the table does not allow the move */
    public ReferralStatus moveTo(ReferralStatus next) {
        if (!canMoveTo(next)) {
            throw new InvalidTransitionException(this, next);
        }
        return next;
    }

    public List<ReferralStatus> next() {
        return Arrays.stream(values()).filter(this::canMoveTo).toList();
    }

    /** Still waiting for the loop to close: the recipient or the client may yet answer. */
    public boolean isOpen() {
        return this == SENT || this == ACCEPTED || this == SCHEDULED;
    }

    public boolean isFinished() {
        return this == CLOSED || this == CANCELLED;
    }

    /** For pages: whether the sender may close or cancel now (templates cannot reach the constants). */
    public boolean canClose() {
        return canMoveTo(CLOSED);
    }

    public boolean canCancel() {
        return canMoveTo(CANCELLED);
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase();
    }
}
