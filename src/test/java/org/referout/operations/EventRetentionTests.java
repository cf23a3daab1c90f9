package org.referout.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.referout.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 17 item 4: completed module events carry what the events carried (an e-mail address, a referral id) into
 * every backup; they are deleted after the retention the operator sets. Pending ones are the after-commit
 * listeners' crash safety and stay, however old.
 */
@DatabaseTest
@TestPropertySource(properties = "referout.events.retention=P3D")
class EventRetentionTests {

    @Autowired
    EventRetention retention;
    @Autowired
    JdbcClient jdbc;

    @Test
    void completedEventsOlderThanTheRetentionAreDeletedAndPendingOnesKept() {
        assertThat(retention.retention()).isEqualTo(Duration.ofDays(3));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        UUID oldDone = publication(now.minusDays(10), now.minusDays(4));
        UUID recentDone = publication(now.minusDays(2), now.minusDays(2));
        UUID oldPending = publication(now.minusDays(10), null);

        retention.purge();

        List<UUID> left = jdbc.sql("select id from event_publication where id in (:ids)")
            .param("ids", List.of(oldDone, recentDone, oldPending)).query(UUID.class).list();
        assertThat(left).containsExactlyInAnyOrder(recentDone, oldPending);
    }

    private UUID publication(OffsetDateTime published, OffsetDateTime completed) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                               completion_date, status, completion_attempts)
                values (:id, 'test.Listener', 'test.Event', '{"email":"erased@example.test"}', :published,
                        :completed, :status, 1)""")
            .param("id", id)
            .param("published", published)
            .param("completed", completed, java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
            .param("status", completed == null ? "PUBLISHED" : "COMPLETED")
            .update();
        return id;
    }
}
