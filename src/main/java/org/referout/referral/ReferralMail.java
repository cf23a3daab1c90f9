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
 * link and who sent it, never clinical details or the client's name. A recipient gets the verification code in a
 * second e-mail that carries no link, so one intercepted or misdirected message never opens the referral on its
 * own. Without {@code spring.mail.host} it notes on the timeline that nothing was mailed.
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
                    "E-mail is not configured: give " + issued.to() + " the link on the letter and the code by phone");
            return;
        }
        try {
            if (link.kind() == Link.Kind.RECIPIENT) {
                // two messages, the link first: the code mail tells the reader a link mail came before it
                sender.send(message(issued.to(), "A referral from " + practiceName, recipientBody(practiceName, link)),
                        message(issued.to(), "Verification code for the referral from " + practiceName,
                                codeBody(practiceName, link)));
            }
            else {
                sender.send(message(issued.to(), practiceName + ": how did your referral go?",
                        clientBody(practiceName, link)));
            }
        }
        catch (MailException e) {
            log.warn("Referral {} mail to {} failed: {}", referral.id(), issued.to(), e.getMessage());
            throw e;
        }
        if (link.kind() == Link.Kind.CLIENT) {
            links.sentTo(link, issued.to(), lifecycle.now());
        }
        lifecycle.step(issued.practice(), referral, Lifecycle.Actor.system(), "MAILED",
                "E-mailed the " + (link.kind() == Link.Kind.RECIPIENT ? "recipient's link and, separately, the code"
                        : "client's link") + " to "
                        + issued.to());
    }

    private SimpleMailMessage message(String to, String subject, String text) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        return message;
    }

    String url(Link link) {
        String prefix = link.kind() == Link.Kind.RECIPIENT ? "/r/" : "/r/c/";
        return baseUrl + prefix + secrets.token(link.salt());
    }

    private String recipientBody(String practiceName, Link link) {
        return """
                Hello,

                %1$s has sent you a referral through ReferOut.

                Open it here: %2$s

                You will also need an eight-digit verification code. It comes in a separate e-mail, so that this
                message alone cannot open the referral. If it does not arrive, ask %1$s for it by phone.
                The link works until %3$s. No account is needed.

                This e-mail deliberately contains no health information.
                """.formatted(practiceName, url(link), link.expiresAt().toLocalDate());
    }

    /** The code alone: no link and no token, so this message is useless without the other one. */
    private String codeBody(String practiceName, Link link) {
        return """
                Hello,

                Your verification code for the referral from %s is:

                %s

                Open the link in the other e-mail from ReferOut ("A referral from %s") and enter this code.
                The code works until %s. Do not forward this e-mail together with the link.

                This e-mail deliberately contains no health information.
                """.formatted(practiceName, secrets.code(link.salt()), practiceName, link.expiresAt().toLocalDate());
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
