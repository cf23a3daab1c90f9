package org.referout.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** One page of entries, newest first: page {@code number} (from 0) of {@code size}, out of {@code total}. */
    public record Page(List<AuditEntry> entries, int number, int size, long total) {

        public boolean hasNext() {
            return (long) (number + 1) * size < total;
        }

        /** The position of the first entry shown, from 1 (0 when none). */
        public long first() {
            return entries.isEmpty() ? 0 : (long) number * size + 1;
        }

        public long last() {
            return (long) number * size + entries.size();
        }
    }

    private static final String COLUMNS = "id, at, user_id, actor, action, subject_type, subject_id, client_id, detail, "
            + "remote_address";

    @Transactional(readOnly = true)
    public List<AuditEntry> list(PracticeId practice, Long clientId, int limit) {
        return entries(practice, new Filter(clientId, null, null, null, null), 0, limit);
    }

    /**
     * Page {@code number} (from 0) of {@code size} entries and how many match. The conditions are only those the
     * filter sets (no "or :x is null" that would keep the database from using an index), and each filter has an
     * index that starts with the practice (V72), so a page costs the rows it shows plus one index count.
     */
    @Transactional(readOnly = true)
    public Page page(PracticeId practice, Filter filter, int number, int size) {
        Where where = Where.of(practice, filter);
        long total = where.bind(jdbc.sql("select count(*) from audit_log " + where.sql())).query(Long.class).single();
        return new Page(entries(practice, filter, (long) number * size, size), number, size, total);
    }

    private List<AuditEntry> entries(PracticeId practice, Filter filter, long offset, int limit) {
        Where where = Where.of(practice, filter);
        return where.bind(jdbc.sql("select " + COLUMNS + " from audit_log " + where.sql()
                + " order by at desc, id desc limit :limit offset :offset"))
            .param("limit", limit)
            .param("offset", offset)
            .query(AuditLog::entry)
            .list();
    }

    /** The clients that occur in this practice's log, for the filter's list (their names come from elsewhere). */
    @Transactional(readOnly = true)
    public List<Long> clients(PracticeId practice) {
        return jdbc.sql("select distinct client_id from audit_log where practice_id = :practice"
                + " and client_id is not null")
            .param("practice", practice.value())
            .query(Long.class)
            .list();
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
        Where where = Where.of(practice, filter);
        where.bind(jdbc.sql("select " + COLUMNS + " from audit_log " + where.sql() + " order by at, id"))
            .withFetchSize(1_000)
            .query((RowCallbackHandler) rs -> each.accept(entry(rs, 0)));
    }

    /** The where clause for a filter: the practice always, then only the conditions that are set. */
    private record Where(String sql, Map<String, Object> params) {

        static Where of(PracticeId practice, Filter filter) {
            StringBuilder sql = new StringBuilder("where practice_id = :practice");
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("practice", practice.value());
            if (filter.client() != null) {
                sql.append(" and client_id = :client");
                params.put("client", filter.client());
            }
            if (filter.user() != null) {
                sql.append(" and user_id = :user");
                params.put("user", filter.user());
            }
            if (filter.action() != null) {
                sql.append(" and action = :action");
                params.put("action", filter.action());
            }
            if (filter.from() != null) {
                sql.append(" and at >= :from");
                params.put("from", filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
            }
            if (filter.to() != null) {
                sql.append(" and at < :before");
                params.put("before", filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
            }
            return new Where(sql.toString(), params);
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            return statement.params(params);
        }
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
