package org.referout.support;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * A real SMTP server for a test class (GreenMail on a free port, one server for all its tests) and the
 * {@code spring.mail} settings that point the application at it.
 * <pre>
 * &#64;RegisterExtension
 * static GreenMailExtension mail = TestMail.server();
 *
 * &#64;DynamicPropertySource
 * static void smtp(DynamicPropertyRegistry registry) {
 *     TestMail.pointAt(mail, registry);
 * }
 * </pre>
 */
public final class TestMail {

    private TestMail() {
    }

    public static GreenMailExtension server() {
        return new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);
    }

    /** The one link under {@code path} (e.g. {@code /signup/verify/}) in the mail that went to this address. */
    public static String link(GreenMailExtension mail, String email, String path) {
        var bodies = bodies(mail, email).stream().filter(body -> body.contains(path)).toList();
        if (bodies.size() != 1) {
            throw new AssertionError(bodies.size() + " mails with " + path + " went to " + email);
        }
        var link = java.util.regex.Pattern.compile("(" + java.util.regex.Pattern.quote(path) + "[A-Za-z0-9_-]+)")
            .matcher(bodies.get(0));
        if (!link.find()) {
            throw new AssertionError("no link in " + bodies.get(0));
        }
        return link.group(1);
    }

    /** The text of every mail that went to this address, quoted-printable soft breaks and "=3D" undone. */
    public static java.util.List<String> bodies(GreenMailExtension mail, String email) {
        return java.util.Arrays.stream(mail.getReceivedMessagesForDomain(email))
            .map(message -> GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="))
            .toList();
    }

    public static void pointAt(GreenMailExtension mail, DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
    }
}
