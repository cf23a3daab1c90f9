package org.referout.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.referout.support.AppProcess;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * The jar {@code mvn package} built, started as the README starts it (run by failsafe, after packaging). Tests run
 * the regular start from {@code target/classes}; this one proves the packaged start: the ahead-of-time bean
 * definitions, the class-data archive, lazy beans, and run-time settings that AOT must not freeze (the SMTP host).
 */
@Tag("packaged")
class PackagedJarTests {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @TempDir
    Path work;

    @Test
    void theReadmeCommandStartsTheAotApplicationFromTheArchiveCreatesTheDemoAndMailsItsReferralLink() throws Exception {
        Path archive = Path.of("target", "referout.jsa");
        assertThat(archive).as("mvn package builds the class-data archive").exists();
        // -Xshare:on: the JVM refuses to start, rather than silently starting without it, if the archive is unusable
        List<String> readme = List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive.toAbsolutePath(), "-XX:TieredStopAtLevel=1");
        try (AppProcess app = AppProcess.startPackaged(work.resolve("data"), readme, "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mail.getSmtp().getPort())) {
            Awaitility.await("the demo practice").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> app.output().contains("demo practice is ready"));
            String output = app.output();
            assertThat(output).contains("Starting AOT-processed ReferOutApplication").contains("demo practice is ready");
            // the demo sends one referral: its recipient link goes out through the SMTP host given at run time
            assertThat(mail.waitForIncomingEmail(30_000, 1)).isTrue();
            assertThat(mail.getReceivedMessages()[0].getSubject()).startsWith("A referral from Calm Hands Massage");
        }
        // H2's trace goes to the application log: a trace file next to the database grew to 131 MB (issue 17)
        assertThat(work.resolve("data").resolve("referout.trace.db")).doesNotExist();
    }

    @Test
    void operatorVerbsOfThePackagedJarRunWithoutTheWebApplication() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Path.of("target", "referout.jar").toAbsolutePath().toString(), "practice", "create", "--name", "Jar Practice",
                "--owner", "owner@jar.example", "--referout.data-dir=" + work.resolve("verb").toAbsolutePath())
            .redirectErrorStream(true).start();
        process.getOutputStream().write("a-long-enough-password\n".getBytes());
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
        assertThat(Files.exists(work.resolve("verb").resolve("referout.mv.db"))).isTrue();
    }
}
