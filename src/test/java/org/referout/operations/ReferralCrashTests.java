package org.referout.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.referout.operations.CrashRig.count;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.HashSet;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referout.support.AppProcess;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;

/**
 * Q, crash safety of a referral send: ReferOut is killed with SIGKILL while clients draft, consent and send
 * referrals. The first run's mail server accepts connections and never answers, so every link mail is still in
 * flight at the kill: the crash always interrupts module events (LinkIssued), not only by luck of timing. After
 * a restart against a working mail server: the database reads end to end, each referral is all or nothing (a
 * draft with its DRAFTED step, or sent with its status, timestamps, link, SENT and SENT_TO steps together),
 * every acknowledged send is there, and the interrupted events are re-delivered: each link is mailed exactly once.
 */
@Tag("crash")
class ReferralCrashTests {

    private static final Pattern REFERRAL_ID = Pattern.compile("\"referral\"\\s*:\\s*\\{\\s*\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern LINK = Pattern.compile("/r/[A-Za-z0-9_-]+");

    @TempDir
    Path dir;

    @Test
    void killedDuringReferralSendsLeavesWholeReferralsAndMailsEachLinkOnce() throws Exception {
        Path data = dir.resolve("data");
        Queue<Long> acknowledged = new ConcurrentLinkedQueue<>();
        CrashRig.practice(data, "referrals@example.test");
        try (ServerSocket silentSmtp = new ServerSocket(0);
                // the mail health check would wait on the silent server too, and AppProcess waits for health
                AppProcess app = AppProcess.start(data, "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + silentSmtp.getLocalPort(), "--management.health.mail.enabled=false")) {
            CrashRig.Api api = CrashRig.signIn(app, "referrals@example.test");
            long episode = CrashSafetyTests.episode(api);
            long recipient = Long.parseLong(CrashRig.match(CrashSafetyTests.ID, api.post("/api/v1/recipients",
                    "{\"name\":\"Dr Crash\",\"providerType\":\"Chiropractor\",\"email\":\"dr.crash@chiro.test\"}",
                    201)));
            ExecutorService senders = Executors.newFixedThreadPool(3);
            for (int s = 0; s < 3; s++) {
                senders.submit(() -> {
                    try {
                        while (true) {
                            acknowledged.add(referAndSend(api, episode, recipient));
                        }
                    }
                    catch (Exception killed) {
                        return null;
                    }
                });
            }
            // the senders stop on any failure: fail after two minutes instead of waiting for ever
            Awaitility.await("12 referrals sent").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20))
                .until(() -> acknowledged.size() >= 12);
            app.kill();
            senders.shutdownNow();
        }
        long links;
        try (Connection db = CrashRig.open(data)) {
            links = count(db, "select count(*) from referral_link");
            assertThat(count(db, "select count(*) from event_publication where completion_date is null"
                    + " and event_type like '%LinkIssued'")).as("link mails interrupted by the kill").isEqualTo(links);
        }

        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        MimeMessage[] mails;
        int tcpPort = AppProcess.freePort();
        try (AppProcess restarted = AppProcess.start(data, "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort(), "--referout.database.tcp-port=" + tcpPort)) {
            // each recipient link goes out as two mails: the link, then the code on its own
            assertThat(smtp.waitForIncomingEmail(60_000, (int) links * 2)).as("re-delivered link mails").isTrue();
            // a link mail is handed to the mail server before its event is marked complete: once none is
            // incomplete, any duplicate would already be here
            CrashRig.awaitEventsCompleted(data, tcpPort);
            mails = smtp.getReceivedMessages();
        }
        finally {
            smtp.stop();
        }

        Set<String> mailedLinks = new HashSet<>();
        int linkMails = 0;
        for (MimeMessage mail : mails) {
            Matcher link = LINK.matcher(GreenMailUtil.getBody(mail));
            if (link.find()) {
                linkMails++;
                mailedLinks.add(link.group());
            }
        }
        assertThat(mails).as("a link mail and a code mail per link, no duplicates from re-delivery")
            .hasSize((int) links * 2);
        assertThat(linkMails).isEqualTo((int) links);
        assertThat(mailedLinks).hasSize((int) links);

        try (Connection db = CrashRig.open(data)) {
            CrashRig.everyTableReads(db);
            assertThat(count(db, "select count(*) from event_publication where completion_date is null"))
                .as("module events not re-delivered after restart").isZero();
            assertThat(count(db, "select count(*) from referral where status = 'SENT' and id in ("
                    + acknowledged.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElseThrow() + ")"))
                .as("every acknowledged send survived").isEqualTo(acknowledged.size());
            assertThat(count(db, "select count(*) from referral where status not in ('DRAFT', 'SENT')")).isZero();
            assertThat(count(db, "select count(*) from referral r where " + steps("DRAFTED") + " <> 1"
                    + " or (select count(*) from referral_addressee a where a.practice_id = r.practice_id"
                    + " and a.referral_id = r.id) <> 1"))
                .as("referrals without exactly one addressee and one DRAFTED step").isZero();
            assertThat(count(db, "select count(*) from referral r where status = 'DRAFT' and (sent_at is not null"
                    + " or " + steps("SENT") + " + " + steps("SENT_TO") + " + " + steps("MAILED") + " > 0"
                    + " or " + links("") + " > 0 or " + addressees("a.sent_at is not null") + " > 0)"))
                .as("drafts holding part of a send").isZero();
            assertThat(count(db, "select count(*) from referral r where status = 'SENT' and (sent_at is null"
                    + " or summary is null or " + steps("SENT") + " <> 1 or " + steps("SENT_TO") + " <> 1"
                    + " or " + steps("MAILED") + " <> 1 or " + links("and l.mailed_at is not null") + " <> 1"
                    + " or " + addressees("a.sent_at is not null") + " <> 1"
                    + " or (select count(*) from referral_consent c where c.practice_id = r.practice_id"
                    + " and c.referral_id = r.id) <> 1)"))
                .as("sent referrals missing part of their send, or mailed other than once").isZero();
        }
    }

    /** Drafts a referral to the recipient, records consent and sends it; the id once the send is acknowledged. */
    private static long referAndSend(CrashRig.Api api, long episode, long recipient) throws Exception {
        String draft = api.post("/api/v1/referrals", "{\"episodeId\":" + episode + ",\"urgency\":\"ROUTINE\","
                + "\"reason\":\"No change after five visits\",\"recipients\":[" + recipient + "]}", 201);
        Matcher id = REFERRAL_ID.matcher(draft);
        assertThat(id.find()).as(draft).isTrue();
        String referral = "/api/v1/referrals/" + id.group(1);
        api.post(referral + "/consent", "{\"recipient\":" + recipient + ",\"givenBy\":\"Crash Dummy\","
                + "\"method\":\"IN_PERSON\",\"shares\":{\"summary\":true,\"scores\":true,\"notes\":false,"
                + "\"redFlags\":true}}", 200);
        api.post(referral + "/send", "{}", 200);
        return Long.parseLong(id.group(1));
    }

    private static String steps(String kind) {
        return "(select count(*) from referral_event e where e.practice_id = r.practice_id and e.referral_id = r.id"
                + " and e.kind = '" + kind + "')";
    }

    private static String links(String condition) {
        return "(select count(*) from referral_link l where l.practice_id = r.practice_id and l.referral_id = r.id "
                + condition + ")";
    }

    private static String addressees(String condition) {
        return "(select count(*) from referral_addressee a where a.practice_id = r.practice_id"
                + " and a.referral_id = r.id and " + condition + ")";
    }
}
