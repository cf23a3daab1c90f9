package org.referout.intake;

import java.time.format.DateTimeFormatter;
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

/**
 * The e-mail that carries an intake or before-visit link to the client (issue 15): plain words, the practice's
 * name, the link and when it stops working. Nothing about the client's health (no complaint, scores or red flags)
 * and not the client's name: a mailbox is not a safe place for either. The practice's name is set on one line
 * ({@link OneLine}), so a name with a line break can never add a header or a line to the message.
 */
@Component
class IntakeMail {

    enum Outcome {
        SENT, NOT_CONFIGURED, FAILED
    }

    private static final Logger log = LoggerFactory.getLogger(IntakeMail.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private final OutgoingMail mail;
    private final String baseUrl;
    private final String from;

    IntakeMail(OutgoingMail mail, @Value("${referout.base-url:http://localhost:8080}") String baseUrl,
            @Value("${referout.mail.from:referrals@referout.local}") String from) {
        this.mail = mail;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
    }

    Outcome send(String to, String practiceName, NewIntakeLink created, java.time.ZoneId zone) {
        JavaMailSender sender = mail.sender().orElse(null);
        if (sender == null) {
            return Outcome.NOT_CONFIGURED;
        }
        String practice = OneLine.of(practiceName);
        IntakeLink link = created.link();
        String expires = link.expiresAt().atZoneSameInstant(zone).format(DAY);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        String url = baseUrl + created.path();
        if (link.kind() == LinkKind.PRE_VISIT) {
            message.setSubject(practice + ": a few questions before your next visit");
            message.setText("""
                    Hello,

                    %s asks you to answer a few short questions before your next visit. It takes about two
                    minutes on your phone and needs no account.

                    Open the questions here: %s

                    The link works once, until %s. If it has stopped working, ask the practice for a new one.

                    This e-mail deliberately contains no health information.
                    """.formatted(practice, url, expires));
        }
        else {
            message.setSubject(practice + ": your questionnaire before treatment");
            message.setText("""
                    Hello,

                    %s asks you to fill in a short questionnaire before your treatment: your contact details,
                    a few health questions and how you are doing today. It takes about five minutes on your phone
                    and needs no account. You can stop and come back to it with the same link.

                    Open the questionnaire here: %s

                    The link works until %s. If it has stopped working, ask the practice for a new one.

                    This e-mail deliberately contains no health information.
                    """.formatted(practice, url, expires));
        }
        try {
            sender.send(message);
            return Outcome.SENT;
        }
        catch (MailException e) {
            log.warn("Intake link {} mail failed: {}", link.id(), e.getMessage());
            return Outcome.FAILED;
        }
    }
}
