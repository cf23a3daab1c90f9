package org.referout.support;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.icegreen.greenmail.junit5.GreenMailExtension;
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

    public static void pointAt(GreenMailExtension mail, DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> mail.getSmtp().getPort());
    }
}
