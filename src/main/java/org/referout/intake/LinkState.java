package org.referout.intake;

/** Whether a link still opens the questionnaire; every other state shows a clear page and changes nothing. */
public enum LinkState {
    OPEN, EXPIRED, REVOKED, COMPLETED
}
