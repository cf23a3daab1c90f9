package org.referout.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

import org.referout.practice.CurrentPractice;
import org.referout.practice.PracticeId;
import org.springframework.jdbc.core.RowCallbackHandler;
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

    /** Which entries to show: each part optional. {@code to} is inclusive (the whole day). */
    public record Filter(Long client, Long user, String action, LocalDate from, LocalDate to) {

        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    /** One page of entries, newest first, and whether an older page follows. */
    public record Page(List<AuditEntry> entries, int number, boolean hasNext) {
    }

    private static final String COLUMNS = "id, at, user_id, actor, action, subject_type, subject_id, client_id, detail, "
            + "remote_address";

    private static final String WHERE = """
            where practice_id = :practice
              and (cast(:client as bigint) is null or client_id = :client)
              and (cast(:user as bigint) is null or user_id = :user)
              and (cast(:action as varchar(60)) is null or action = :action)
              and (cast(:from as timestamp with time zone) is null or at >= :from)
              and (cast(:before as timestamp with time zone) is null or at < :before)""";

    @Transactional(readOnly = true)
    public List<AuditEntry> list(PracticeId practice, Long clientId, int limit) {
        return page(practice, new Filter(clientId, null, null, null, null), 0, limit).entries();
    }

    /** Page {@code number} (from 0) of {@code size} entries; one extra row is read to know whether more follow. */
    @Transactional(readOnly = true)
    public Page page(PracticeId practice, Filter filter, int number, int size) {
        List<AuditEntry> rows = bind(jdbc.sql("select " + COLUMNS + " from audit_log " + WHERE
                + " order by at desc, id desc limit :limit offset :offset"), practice, filter)
            .param("limit", size + 1)
            .param("offset", (long) number * size)
            .query(AuditLog::entry)
            .list();
        boolean more = rows.size() > size;
        return new Page(more ? rows.subList(0, size) : rows, number, more);
    }

    /** The actions that occur in this practice's log, for the filter's list. */
    @Transactional(readOnly = true)
    public List<String> actions(PracticeId practice) {
        return jdbc.sql("select distinct action from audit_log where practice_id = :practice order by action")
            .param("practice", practice.value())
            .query(String.class)
            .list();
    }

    /**
     * Every matching entry, oldest first, handed to {@code each} as it is read: the export streams, so its memory
     * does not grow with the log.
     */
    public void forEach(PracticeId practice, Filter filter, Consumer<AuditEntry> each) {
        bind(jdbc.sql("select " + COLUMNS + " from audit_log " + WHERE + " order by at, id"), practice, filter)
            .withFetchSize(1_000)
            .query((RowCallbackHandler) rs -> each.accept(entry(rs, 0)));
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, PracticeId practice, Filter filter) {
        // typed, so that PostgreSQL can tell the type of a null parameter
        return sql.param("practice", practice.value())
            .param("client", filter.client(), Types.BIGINT)
            .param("user", filter.user(), Types.BIGINT)
            .param("action", filter.action(), Types.VARCHAR)
            .param("from", filter.from() == null ? null : filter.from().atStartOfDay().atOffset(ZoneOffset.UTC),
                    Types.TIMESTAMP_WITH_TIMEZONE)
            .param("before", filter.to() == null ? null
                    : filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
    }

    /** By position: mapping by column name cost five exceptions a row, each traced by H2 to its trace file. */
    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        long user = rs.getLong(3);
        Long userId = rs.wasNull() ? null : user;
        long client = rs.getLong(8);
        Long clientId = rs.wasNull() ? null : client;
        return new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), userId, rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), clientId, rs.getString(9), rs.getString(10));
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
