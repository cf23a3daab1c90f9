package org.referout.practice;

import java.util.Locale;

import org.referout.web.OneLine;
import org.referout.web.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** The e-mails about an address: its confirmation link, an invitation to a practice, or a note that it has an account. */
@Component
class VerificationMail {

    private static final Logger log = LoggerFactory.getLogger(VerificationMail.class);

    private final OutgoingMail mail;
    private final String baseUrl;
    private final String from;

    VerificationMail(OutgoingMail mail, @Value("${referout.base-url:http://localhost:8080}") String baseUrl,
            @Value("${referout.mail.from:referrals@referout.local}") String from) {
        this.mail = mail;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
    }

    /** False when this server has no mail host configured: nothing was sent. */
    boolean send(User user, String practiceName, String token) {
        return send(user.email(), "Confirm your e-mail address for ReferOut", """
                Hello %s,

                Please confirm that this is your e-mail address for %s on ReferOut:

                %s

                The link works for %d hours. Until you open it, referrals that other practices send to this
                address do not reach your ReferOut inbox.

                If you did not sign up for ReferOut, ignore this e-mail.
                """.formatted(OneLine.of(user.displayName()), OneLine.of(practiceName), link(token),
                EmailVerifications.LIFETIME.toHours()));
    }

    /**
     * The link of a new sign-up, without which the owner cannot sign in. A mail failure must not undo the sign-up,
     * and a server without mail writes the link to its log, where only whoever runs it can read it.
     */
    void sendFirst(User owner, String practiceName, String token) {
        try {
            if (!send(owner, practiceName, token)) {
                log.warn("No mail server is set up: the confirmation link for the new practice {} is {}",
                        OneLine.of(practiceName), link(token));
            }
        }
        catch (MailException e) {
            log.warn("Confirmation mail for a new practice failed: {}", e.getMessage());
        }
    }

    /** Someone signed up with an address that has an account: its owner hears of it, the visitor does not. */
    void sendAccountExists(User user) {
        try {
            send(user.email(), "Someone tried to sign up for ReferOut with your address", """
                    Hello %s,

                    Someone, perhaps you, tried to start a new practice on ReferOut with this e-mail address.
                    This address already has a ReferOut account, so nothing was created.

                    To use your account, sign in at %s/login

                    If it was not you, you do not need to do anything.
                    """.formatted(OneLine.of(user.displayName()), baseUrl));
        }
        catch (MailException e) {
            log.warn("Account-exists mail failed: {}", e.getMessage());
        }
    }

    /**
     * The invitation link goes only to the invited address, so whoever signs up with it has shown they read that
     * mailbox. False when this server has no mail host configured: nothing was sent.
     */
    boolean sendInvitation(String to, String inviter, String practiceName, Role role, String token) {
        return send(to, "Join " + OneLine.of(practiceName) + " on ReferOut", """
                Hello,

                %s invited you to join %s on ReferOut as %s.

                Accept the invitation here:

                %s

                The link works once, for %d days. If you did not expect this invitation, ignore this e-mail.
                """.formatted(OneLine.of(inviter), OneLine.of(practiceName), role.label().toLowerCase(Locale.ROOT),
                baseUrl + "/signup/invite/" + token, Practices.INVITATION_LIFETIME.toDays()));
    }

    /** Whether this server can send mail at all. */
    boolean canSend() {
        return mail.sender().isPresent();
    }

    private String link(String token) {
        return baseUrl + "/signup/verify/" + token;
    }

    private boolean send(String to, String subject, String text) {
        JavaMailSender sender = mail.sender().orElse(null);
        if (sender == null) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        sender.send(message);
        return true;
    }
}
