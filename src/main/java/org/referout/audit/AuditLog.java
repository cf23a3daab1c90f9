package org.referout.audit;

import java.time.Clock;
import java.util.List;

import org.referout.practice.CurrentPractice;
import org.referout.practice.PracticeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only audit log (C1): who read or changed which client's record, when, and from where.
 * Entries join the caller's transaction, so a change and its audit entry commit or roll back together.
 * There is deliberately no update or delete here.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A signed-in user read or changed something. {@code clientId} ties the entry to a client's record, or null. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(CurrentPractice actor, String action, String subjectType, Object subjectId, Long clientId,
            String detail) {
        insert(actor.id(), actor.userId().value(), actor.email(), action, subjectType, subjectId, clientId, detail);
    }

    /** Someone without an account acted through a link (the client's intake link, a recipient's link). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAnonymous(PracticeId practice, String actor, String action, String subjectType,
            Object subjectId, Long clientId, String detail) {
        insert(practice, null, actor, action, subjectType, subjectId, clientId, detail);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> list(PracticeId practice, Long clientId, int limit) {
        return jdbc.sql("""
                select id, at, user_id, actor, action, subject_type, subject_id, client_id, detail, remote_address
                from audit_log where practice_id = :practice and (cast(:client as bigint) is null or client_id = :client)
                order by at desc, id desc limit :limit""")
            .param("practice", practice.value())
            .param("client", clientId)
            .param("limit", limit)
            .query(AuditEntry.class)
            .list();
    }

    private void insert(PracticeId practice, Long userId, String actor, String action, String subjectType,
            Object subjectId, Long clientId, String detail) {
        jdbc.sql("""
                insert into audit_log (practice_id, at, user_id, actor, action, subject_type, subject_id, client_id,
                                       detail, remote_address)
                values (:practice, :at, :user, :actor, :action, :type, :subject, :client, :detail, :remote)""")
            .param("practice", practice.value())
            .param("at", java.time.OffsetDateTime.now(clock))
            .param("user", userId)
            .param("actor", truncate(actor, 200))
            .param("action", action)
            .param("type", subjectType)
            .param("subject", subjectId == null ? null : subjectId.toString())
            .param("client", clientId)
            .param("detail", truncate(detail, 2000))
            .param("remote", remoteAddress())
            .update();
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return "local";
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
