package org.referout.referral;

/** A person or clinic a practice refers to, kept in the practice's own recipient list. */
public record RecipientId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
