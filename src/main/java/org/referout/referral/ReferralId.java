package org.referout.referral;

public record ReferralId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
