package org.referout.directory;

import java.util.List;
import java.util.Map;

import org.referout.practice.CurrentPractice;

/**
 * SPI: the referral statistics of the practice's partners, for the partner pages (C6). The referral module
 * implements it (the directory must not depend on referrals, which depend on it); until then {@link #NONE}
 * reports no referrals.
 */
public interface PartnerReferrals {

    /**
     * Partner id → statistics of the referrals sent to that partner (a recipient linked to the partner or with its
     * NPI); partners never referred to are absent, and so is everything for roles that do not see referrals.
     */
    Map<Long, Statistics> statistics(CurrentPractice by, List<Partner> partners);

    PartnerReferrals NONE = (by, partners) -> Map.of();

    /**
     * What happened to the referrals sent to one provider. {@code helped} counts the clients who said it helped
     * (a little or a lot), {@code helpedALittle} those who said a little; medians are in days, or null with
     * nothing to count.
     */
    record Statistics(int sent, int accepted, int declined, Double medianDaysToAnswer, Double medianDaysToSeen,
            int clientAnswers, int helped, int helpedALittle) {

        /** Fewer client answers than this and the helped rate is not stated: three clients are not a rate. */
        public static final int MIN_ANSWERS = 3;

        public Double helpedRate() {
            return clientAnswers < MIN_ANSWERS ? null : (double) helped / clientAnswers;
        }

        /** "2 of 3 clients said it helped (1 a little), 1 said it did not", or that no client has answered. */
        public String reported() {
            if (clientAnswers == 0) {
                return "No client has answered the follow-up yet";
            }
            int notHelped = clientAnswers - helped;
            String text = helped + " of " + clientAnswers + (clientAnswers == 1 ? " client" : " clients")
                    + " said it helped";
            if (helpedALittle > 0) {
                text += " (" + helpedALittle + " a little)";
            }
            if (notHelped > 0) {
                text += ", " + notHelped + " said it did not";
            }
            return text;
        }

        /** One line for the directory's explanation of a search result. */
        public String summary() {
            if (sent == 0) {
                // a draft or a cancelled referral names the partner but never reached them
                return "None sent yet";
            }
            StringBuilder text = new StringBuilder();
            text.append(sent).append(sent == 1 ? " referral" : " referrals").append(": ").append(accepted)
                .append(" accepted, ").append(declined).append(" declined");
            if (medianDaysToAnswer != null) {
                text.append("; median ").append(days(medianDaysToAnswer)).append(" to answer");
            }
            if (medianDaysToSeen != null) {
                text.append(", ").append(days(medianDaysToSeen)).append(" to be seen");
            }
            if (clientAnswers > 0) {
                text.append("; ").append(helped).append(" of ").append(clientAnswers).append(" clients said it helped");
            }
            return text.toString();
        }

        /** "3 days", "1.5 days", or "-" with nothing to count. */
        public static String days(Double value) {
            if (value == null) {
                return "-";
            }
            String number = value == Math.rint(value) ? Long.toString(value.longValue())
                    : String.format(java.util.Locale.ROOT, "%.1f", value);
            return number + (value == 1 ? " day" : " days");
        }
    }
}
