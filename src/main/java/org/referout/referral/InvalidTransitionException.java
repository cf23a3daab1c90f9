package org.referout.referral;

import org.referout.web.BadRequestException;

/** A lifecycle move the transition table refuses; the message names both states. */
public class InvalidTransitionException extends BadRequestException {

    private final ReferralStatus from;
    private final ReferralStatus to;

    public InvalidTransitionException(ReferralStatus from, ReferralStatus to) {
        super("status", "A referral cannot move from " + from + " to " + to
                + (from.next().isEmpty() ? " (" + from + " is final)" : " (from " + from + " it can move to "
                        + from.next() + ")"));
        this.from = from;
        this.to = to;
    }

    public ReferralStatus from() {
        return from;
    }

    public ReferralStatus to() {
        return to;
    }
}
