package org.referout.intake;

/**
 * The token in the address opens nothing: unknown or tampered ({@code state} null), expired, revoked or already
 * completed. The anonymous page shows a clear message; nothing is changed.
 */
class LinkUnusable extends RuntimeException {

    private final LinkState state;

    LinkUnusable(LinkState state) {
        super(state == null ? "unknown intake link" : "intake link " + state);
        this.state = state;
    }

    LinkState state() {
        return state;
    }
}
