package org.referout.practice;

import org.referout.web.OneLine;
import org.referout.web.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** The e-mail that carries a verification link: plain words, the practice's name, the expiry, nothing else. */
@Component
class VerificationMail {

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
        JavaMailSender sender = mail.sender().orElse(null);
        if (sender == null) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(user.email());
        message.setSubject("Confirm your e-mail address for ReferOut");
        message.setText("""
                Hello %s,

                Please confirm that this is your e-mail address for %s on ReferOut:

                %s/signup/verify/%s

                The link works for %d hours. Until you open it, referrals that other practices send to this
                address do not reach your ReferOut inbox.

                If you did not sign up for ReferOut, ignore this e-mail.
                """.formatted(OneLine.of(user.displayName()), OneLine.of(practiceName), baseUrl, token,
                EmailVerifications.LIFETIME.toHours()));
        sender.send(message);
        return true;
    }
}
