package org.referout.intake;

/**
 * A link just made: the only moment its token exists outside the client's hands (only the hash is stored).
 * Show it, copy it or turn it into a QR code now; later the practice can only revoke it and make a new one.
 */
public record NewIntakeLink(IntakeLink link, String token) {

    public String path() {
        return "/intake/" + token;
    }
}
