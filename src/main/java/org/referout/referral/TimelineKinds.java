package org.referout.referral;

import java.util.Locale;
import java.util.Map;

/**
 * The plain words for a timeline step. The steps are stored as codes (a referral status's name, or a step such as
 * RECIPIENT_ADDED) because the API and FHIR report them; people read these labels instead.
 */
final class TimelineKinds {

    private static final Map<String, String> STEPS = Map.ofEntries(
            Map.entry("DRAFTED", "Drafted"),
            Map.entry("RECIPIENT_ADDED", "Recipient added"),
            Map.entry("RECIPIENT_REMOVED", "Recipient removed"),
            Map.entry("CONSENT_RECORDED", "Consent recorded"),
            Map.entry("CONSENT_WITHDRAWN", "Consent withdrawn"),
            Map.entry("SENT_TO", "Sent to"),
            Map.entry("MAILED", "E-mailed"),
            Map.entry("MAIL_NOT_SENT", "E-mail not sent"),
            Map.entry("OPENED", "Opened"),
            Map.entry("RECEIVED", "Received"),
            Map.entry("DECLINED_BY", "Declined by"),
            Map.entry("REPORTED", "Reported back"),
            Map.entry("REMINDER", "Reminder"),
            Map.entry("CLIENT_ASKED", "Client asked"),
            Map.entry("CLIENT_ANSWERED", "Client answered"),
            Map.entry("EPISODE_REFERRED_OUT", "Episode ended as referred out"));

    private TimelineKinds() {
    }

    static String label(String kind) {
        if (kind == null) {
            return "";
        }
        String step = STEPS.get(kind);
        if (step != null) {
            return step;
        }
        try {
            return ReferralStatus.valueOf(kind).label();
        }
        catch (IllegalArgumentException unknown) {
            // a step added later without a label still reads as words, not as a code
            String words = kind.replace('_', ' ').toLowerCase(Locale.ROOT);
            return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }
    }
}
