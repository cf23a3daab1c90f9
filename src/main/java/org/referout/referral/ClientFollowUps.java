package org.referout.referral;

import java.util.Optional;

import org.referout.practice.Practices;
import org.referout.web.BadRequestException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loop closure through the client (C6): a one-time link asks "Did you book? Were you seen? Did it help?". The page
 * shows no clinical content, only who the client was referred to; the answers land on the referral's timeline.
 */
@Service
class ClientFollowUps {

    enum Helped {
        YES("Yes"), A_LITTLE("A little"), NO("No");

        private final String label;

        Helped(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    record Question(Link link, String practiceName, String recipients) {
    }

    private final LinkRepository links;
    private final ReferralRepository referrals;
    private final Lifecycle lifecycle;
    private final Practices practices;
    private final JdbcClient jdbc;

    ClientFollowUps(LinkRepository links, ReferralRepository referrals, Lifecycle lifecycle, Practices practices,
            JdbcClient jdbc) {
        this.links = links;
        this.referrals = referrals;
        this.lifecycle = lifecycle;
        this.practices = practices;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Optional<Question> open(String token) {
        return links.byToken(token)
            .filter(link -> link.kind() == Link.Kind.CLIENT && link.usableAt(lifecycle.now()))
            .map(link -> new Question(link, practices.practice(link.practice()).name(),
                    String.join(", ", referrals.addressees(link.practice(), link.referral()).stream()
                        .filter(Addressee::sent)
                        .map(a -> a.recipient().displayName())
                        .toList())));
    }

    /** One answer per link: the link closes, so a replay finds nothing to change. */
    @Transactional
    public boolean answer(String token, boolean booked, boolean seen, Helped helped, String comment) {
        Optional<Question> question = open(token);
        if (question.isEmpty()) {
            return false;
        }
        if (comment != null && comment.length() > 2000) {
            throw new BadRequestException("comment", "at most 2000 characters");
        }
        Link link = question.get().link();
        jdbc.sql("""
                insert into referral_follow_up (practice_id, referral_id, answered_at, booked, seen, helped, comment)
                values (:p, :r, :at, :booked, :seen, :helped, :comment)""")
            .param("p", link.practice().value())
            .param("r", link.referral().value())
            .param("at", lifecycle.now())
            .param("booked", booked)
            .param("seen", seen)
            .param("helped", helped == null ? null : helped.name())
            .param("comment", comment == null || comment.isBlank() ? null : comment.strip())
            .update();
        links.closeLink(link, lifecycle.now());
        links.answered(link, lifecycle.now());
        Referral referral = referrals.find(link.practice(), link.referral()).orElseThrow();
        lifecycle.step(link.practice(), referral, Lifecycle.Actor.client(), "CLIENT_ANSWERED",
                "Booked: " + yesNo(booked) + ". Seen: " + yesNo(seen) + ". Helped: "
                        + (helped == null ? "not answered" : helped.label())
                        + (comment == null || comment.isBlank() ? "" : ". \"" + comment.strip() + "\""));
        return true;
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
