package org.referout.web;

import java.util.Optional;
import java.util.Properties;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The mail sender for every e-mail the application sends (referral links, e-mail verification), built from {@code spring.mail.*} when the application starts. Boot's own
 * mail auto-configuration exists only when {@code spring.mail.host} is set, and the packaged application's bean
 * definitions are generated at build time (Spring AOT, see {@code ReferOutApplication}), which would freeze a
 * build without a mail host into every start. Reading the properties here keeps {@code --spring.mail.host=...}
 * working at run time, in the packaged jar and in tests alike.
 */
@Component
public class OutgoingMail {

    private final JavaMailSender sender;

    OutgoingMail(Environment environment) {
        MailProperties properties = Binder.get(environment).bind("spring.mail", MailProperties.class).orElse(null);
        boolean configured = properties != null && properties.getHost() != null && !properties.getHost().isBlank();
        this.sender = configured ? sender(properties) : null;
    }

    /** Empty when no mail host is configured. */
    public Optional<JavaMailSender> sender() {
        return Optional.ofNullable(sender);
    }

    /** As Boot's {@code MailSenderPropertiesConfiguration} applies them (SSL bundles aside). */
    private static JavaMailSender sender(MailProperties properties) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(properties.getHost());
        if (properties.getPort() != null) {
            sender.setPort(properties.getPort());
        }
        sender.setUsername(properties.getUsername());
        sender.setPassword(properties.getPassword());
        sender.setProtocol(properties.getProtocol());
        if (properties.getDefaultEncoding() != null) {
            sender.setDefaultEncoding(properties.getDefaultEncoding().name());
        }
        Properties javaMail = new Properties();
        javaMail.putAll(properties.getProperties());
        if (properties.getSsl().isEnabled()) {
            javaMail.setProperty("mail." + properties.getProtocol() + ".ssl.enable", "true");
        }
        sender.setJavaMailProperties(javaMail);
        return sender;
    }
}
