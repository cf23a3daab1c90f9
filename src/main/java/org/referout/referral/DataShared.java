package org.referout.referral;

/** Which parts of the record the client agreed to share with one recipient (C6: "which data"). */
public record DataShared(boolean summary, boolean scores, boolean notes, boolean redFlags, boolean contact) {

    public static DataShared all() {
        return new DataShared(true, true, true, true, true);
    }

    public static DataShared nothing() {
        return new DataShared(false, false, false, false, false);
    }

    public String describe() {
        var parts = new java.util.ArrayList<String>();
        if (summary) {
            parts.add("episode summary");
        }
        if (scores) {
            parts.add("scores and chart");
        }
        if (notes) {
            parts.add("visit notes");
        }
        if (redFlags) {
            parts.add("red-flag answers");
        }
        if (contact) {
            parts.add("contact details");
        }
        return parts.isEmpty() ? "the referral reason only" : String.join(", ", parts);
    }
}
