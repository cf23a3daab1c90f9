package org.referout.referral;

import org.referout.practice.Practices;
import org.referout.web.OneLine;
import org.referout.web.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends the link mails after the sending transaction commits, so a rollback never sends. The body carries the
 * link and who sent it, never clinical details or the client's name: the verification code travels separately
 * (on the letter or by phone). Without {@code spring.mail.host} it notes on the timeline that nothing was mailed.
 * <p>
 * Events are delivered at least once (re-delivered on restart when a crash came before the publication was marked
 * complete), so each link is handled once: the claim on the link and the timeline step commit together, and a
 * re-delivery finds the claim and stops. A failed send rolls the claim back for the next attempt. Only a crash after
 * the SMTP server took the message but before this transaction committed mails the same link twice.
 */
@Component
class ReferralMail {

    private static final Logger log = LoggerFactory.getLogger(ReferralMail.class);

    private final OutgoingMail mail;
    private final LinkRepository links;
    private final LinkSecrets secrets;
    private final ReferralRepository referrals;
    private final Lifecycle lifecycle;
    private final Practices practices;
    private final String baseUrl;
    private final String from;

    ReferralMail(OutgoingMail mail, LinkRepository links, LinkSecrets secrets,
            ReferralRepository referrals, Lifecycle lifecycle, Practices practices,
            @Value("${referout.base-url:http://localhost:8080}") String baseUrl,
            @Value("${referout.mail.from:referrals@referout.local}") String from) {
        this.mail = mail;
        this.links = links;
        this.secrets = secrets;
        this.referrals = referrals;
        this.lifecycle = lifecycle;
        this.practices = practices;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
    }

    @ApplicationModuleListener
    void on(LinkIssued issued) {
        Link link = links.find(issued.practice(), issued.linkId()).orElseThrow();
        Referral referral = referrals.find(issued.practice(), issued.referral()).orElseThrow();
        if (!links.claimMail(link, lifecycle.now())) {
            // a re-delivery after a crash between this listener's commit and the publication's completion
            return;
        }
        // one line: a practice name with a line break must not add a header or a line to the message
        String practiceName = OneLine.of(practices.practice(issued.practice()).name());
        JavaMailSender sender = mail.sender().orElse(null);
        if (sender == null) {
            lifecycle.step(issued.practice(), referral, Lifecycle.Actor.system(), "MAIL_NOT_SENT",
                    "E-mail is not configured: give " + issued.to() + " the link on the letter");
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(issued.to());
        if (link.kind() == Link.Kind.RECIPIENT) {
            message.setSubject("A referral from " + practiceName);
            message.setText(recipientBody(practiceName, link));
        }
        else {
            message.setSubject(practiceName + ": how did your referral go?");
            message.setText(clientBody(practiceName, link));
        }
        try {
            sender.send(message);
        }
        catch (MailException e) {
            log.warn("Referral {} mail to {} failed: {}", referral.id(), issued.to(), e.getMessage());
            throw e;
        }
        if (link.kind() == Link.Kind.CLIENT) {
            links.sentTo(link, issued.to(), lifecycle.now());
        }
        lifecycle.step(issued.practice(), referral, Lifecycle.Actor.system(), "MAILED",
                "E-mailed the " + (link.kind() == Link.Kind.RECIPIENT ? "recipient's" : "client's") + " link to "
                        + issued.to());
    }

    String url(Link link) {
        String prefix = link.kind() == Link.Kind.RECIPIENT ? "/r/" : "/r/c/";
        return baseUrl + prefix + secrets.token(link.salt());
    }

    private String recipientBody(String practiceName, Link link) {
        return """
                Hello,

                %s has sent you a referral through ReferOut.

                Open it here: %s

                You will need the verification code printed on the referral letter (or ask the practice for it).
                The link works until %s. No account is needed.

                This e-mail deliberately contains no health information.
                """.formatted(practiceName, url(link), link.expiresAt().toLocalDate());
    }

    private String clientBody(String practiceName, Link link) {
        return """
                Hello,

                %s referred you to a colleague a little while ago. Three quick questions help us make sure you are
                looked after: did you book, were you seen, and did it help?

                Answer here (one minute, no account needed): %s

                The link works until %s.
                """.formatted(practiceName, url(link), link.expiresAt().toLocalDate());
    }
}
