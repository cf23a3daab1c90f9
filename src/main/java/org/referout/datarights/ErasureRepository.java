package org.referout.datarights;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.referout.client.ClientId;
import org.referout.practice.PracticeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Anonymises one client across the tables of every module. This is the one place that writes other modules'
 * tables, on purpose: erasure must be complete and atomic, and a per-module hook would be forgotten the day a new
 * table appears. Two layers: first each known column that holds the client's personal data or free text about
 * them is cleared; then a sweep replaces the client's full name, e-mail and phone wherever they still occur in any
 * text column of the practice's rows (a search typed into the audit log, a name inside a referral summary).
 * Coded data (complaint, measures, scores, dates, statuses, red-flag codes) stays: it is what the counts need.
 */
@Repository
class ErasureRepository {

    static final String ERASED = "[erased]";
    /** Tables without client data, or whose text the sweep must not touch. */
    private static final Set<String> NOT_SWEPT = Set.of("practice", "flyway_schema_history", "client_pseudonym");

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private volatile Map<String, List<String>> textColumns;

    ErasureRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** When this practice's client was erased; empty when not erased, absent or another practice's. */
    java.util.Optional<OffsetDateTime> erasedAt(PracticeId practice, ClientId client) {
        return jdbc.sql("select erased_at from client where practice_id = :p and id = :c and erased = true")
            .param("p", practice.value()).param("c", client.value())
            .query((rs, row) -> rs.getObject(1, OffsetDateTime.class)).optional();
    }

    /** The personal strings to sweep for, read before the client row is cleared. */
    /** Full name both ways round, e-mail, phone; then first and last name alone (for {@link #sweepSearches}). */
    List<String> identifiers(PracticeId practice, ClientId client) {
        return jdbc.sql("""
                select first_name, last_name, email, phone from client
                where practice_id = :p and id = :c and erased = false""")
            .param("p", practice.value()).param("c", client.value())
            .query((rs, row) -> {
                var list = new ArrayList<String>();
                list.add(rs.getString(1) + " " + rs.getString(2));
                list.add(rs.getString(2) + ", " + rs.getString(1));
                if (rs.getString(3) != null) {
                    list.add(rs.getString(3));
                }
                if (rs.getString(4) != null) {
                    list.add(rs.getString(4));
                }
                list.add(rs.getString(1));
                list.add(rs.getString(2));
                return (List<String>) list;
            })
            .optional().orElse(List.of());
    }

    void anonymise(PracticeId practice, ClientId client, OffsetDateTime now) {
        update("""
                update client set first_name = 'Erased', last_name = 'client', date_of_birth = null, email = null,
                    phone = null, phone_digits = null, address_line1 = null, address_line2 = null, city = null,
                    state = null, zip = null, preferred_language = null, gender = null, name_prefix = null,
                    other_given_names = null, country = null, erased = true, erased_at = :now,
                    version = version + 1
                where practice_id = :p and id = :c""", practice, client, now);
        update("delete from client_identifier where practice_id = :p and client_id = :c", practice, client, now);
        String episodes = "(select id from episode where practice_id = :p and client_id = :c)";
        update("update episode set goals = null, body_regions = null where practice_id = :p and client_id = :c",
                practice, client, now);
        update("update episode_psfs_activity set activity = 'Activity ' || ordinal where practice_id = :p"
                + " and episode_id in " + episodes, practice, client, now);
        update("""
                update visit set subjective = null, objective = null, assessment = null, plan = null, homework = null
                where practice_id = :p and episode_id in""" + " " + episodes, practice, client, now);
        // an imported score's time of day and issued instant (V65): the day of the visit is all that stays
        update("""
                update visit_score set effective_at = null, effective_offset = null, issued_at = null,
                    issued_offset = null
                where practice_id = :p and visit_id in (select id from visit where practice_id = :p and episode_id in"""
                + " " + episodes + ")", practice, client, now);
        // Intake: drafts hold the client's typed answers; links stop working. Red-flag codes and yes/no stay.
        update("delete from intake_draft where practice_id = :p and link_id in"
                + " (select id from intake_link where practice_id = :p and client_id = :c)", practice, client, now);
        update("update intake_link set token_hash = 'erased-' || practice_id || '-' || id, revoked_at = coalesce(revoked_at, :now),"
                + " sent_to = null"
                + " where practice_id = :p and client_id = :c", practice, client, now);
        update("update red_flag_clearance set note = '" + ERASED + "' where practice_id = :p and episode_id in "
                + episodes, practice, client, now);
        update("update treatment_override set reason = '" + ERASED + "' where practice_id = :p and episode_id in "
                + episodes, practice, client, now);
        update("update emergency_action set note = null where practice_id = :p and client_id = :c", practice, client,
                now);
        update("""
                update progress_alert_review set life_note = null, note = null where practice_id = :p and alert_id in
                    (select id from progress_alert where practice_id = :p and episode_id in""" + " " + episodes + ")",
                practice, client, now);
        String referrals = "(select id from referral where practice_id = :p and client_id = :c)";
        update("update referral set reason = '" + ERASED + "', question = null, summary = null, report = null"
                + " where practice_id = :p and client_id = :c", practice, client, now);
        update("update referral_consent set given_by = '" + ERASED + "' where practice_id = :p and referral_id in "
                + referrals, practice, client, now);
        update("update referral_addressee set decline_reason = null where practice_id = :p and referral_id in "
                + referrals, practice, client, now);
        update("update referral_event set detail = null, actor = case when actor_kind = 'CLIENT' then '" + ERASED
                + "' else actor end where practice_id = :p and referral_id in " + referrals, practice, client, now);
        update("update referral_follow_up set comment = null where practice_id = :p and referral_id in " + referrals,
                practice, client, now);
        update("update referral_client_mail set sent_to = null where practice_id = :p and link_id in"
                + " (select id from referral_link where practice_id = :p and referral_id in " + referrals + ")",
                practice, client, now);
        update("update referral_link set token_hash = 'erased-' || practice_id || '-' || id, code_hash = null"
                + " where practice_id = :p and referral_id in " + referrals, practice, client, now);
        // The audit log is append-only, but the right to erasure overrides it for the client's personal data:
        // the entries (who did what, when) stay, their free-text detail about this client goes.
        update("update audit_log set detail = null where practice_id = :p and client_id = :c", practice, client, now);
        update("delete from client_pseudonym where practice_id = :p and client_id = :c", practice, client, now);
    }

    /**
     * Searches typed into the client list are logged as typed ("query Quillfeather"), so the audit log's detail is
     * also swept for the bare first and last name; elsewhere a bare name could be someone else's, so only the
     * full name, e-mail and phone are swept there.
     */
    int sweepSearches(PracticeId practice, List<String> names) {
        int changed = 0;
        for (String name : names) {
            if (name != null && name.length() >= 3) {
                changed += jdbc.sql("update audit_log set detail = replace(detail, :value, '" + ERASED + "')"
                        + " where practice_id = :p and detail like :pattern")
                    .param("value", name).param("p", practice.value())
                    .param("pattern", "%" + name.replace("%", "").replace("_", "") + "%")
                    .update();
            }
        }
        return changed;
    }

    /** Replaces each identifier wherever it still occurs in the practice's text columns; returns cells changed. */
    int sweep(PracticeId practice, List<String> identifiers) {
        int changed = 0;
        for (var table : textColumns().entrySet()) {
            for (String column : table.getValue()) {
                for (String identifier : identifiers) {
                    if (identifier == null || identifier.isBlank()) {
                        continue;
                    }
                    changed += jdbc.sql("update " + table.getKey() + " set " + column + " = replace(" + column
                            + ", :value, '" + ERASED + "') where practice_id = :p and " + column + " like :pattern")
                        .param("value", identifier)
                        .param("p", practice.value())
                        .param("pattern", "%" + identifier.replace("%", "").replace("_", "") + "%")
                        .update();
                }
            }
        }
        return changed;
    }

    /**
     * Module events name no practice, and a completed one is kept until the retention purge: the ones that mention
     * the client go now. A pending one is still to be delivered, so it keeps its place with the identifiers
     * replaced (its listener then finds the erased record and sends nothing personal).
     */
    int sweepEvents(List<String> identifiers) {
        int changed = 0;
        for (String identifier : identifiers) {
            if (identifier == null || identifier.length() < 3) {
                continue;
            }
            String pattern = "%" + identifier.replace("%", "").replace("_", "") + "%";
            changed += jdbc.sql("delete from event_publication where completion_date is not null"
                    + " and serialized_event like :pattern")
                .param("pattern", pattern)
                .update();
            changed += jdbc.sql("update event_publication set serialized_event = replace(serialized_event, :value, '"
                    + ERASED + "') where completion_date is null and serialized_event like :pattern")
                .param("value", identifier)
                .param("pattern", pattern)
                .update();
        }
        return changed;
    }

    private void update(String sql, PracticeId practice, ClientId client, OffsetDateTime now) {
        var spec = jdbc.sql(sql).param("p", practice.value());
        if (sql.contains(":c")) {
            spec = spec.param("c", client.value());
        }
        if (sql.contains(":now")) {
            spec = spec.param("now", now);
        }
        spec.update();
    }

    /** Tenant tables (with practice_id) and their character columns, read once from the schema. */
    private Map<String, List<String>> textColumns() {
        if (textColumns == null) {
            try (var connection = dataSource.getConnection()) {
                DatabaseMetaData meta = connection.getMetaData();
                Map<String, List<String>> found = new LinkedHashMap<>();
                try (ResultSet rs = meta.getColumns(connection.getCatalog(), null, "%", "%")) {
                    while (rs.next()) {
                        String schema = rs.getString("TABLE_SCHEM");
                        if (schema != null && !schema.equalsIgnoreCase("public")) {
                            continue;
                        }
                        String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                        String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                        String type = rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT);
                        found.computeIfAbsent(table, key -> new ArrayList<>());
                        if (type.contains("char") || type.contains("text")) {
                            found.get(table).add(column);
                        }
                        if (column.equals("practice_id")) {
                            found.get(table).add(0, "#tenant");
                        }
                    }
                }
                Map<String, List<String>> tenant = new LinkedHashMap<>();
                found.forEach((table, columns) -> {
                    if (columns.remove("#tenant") && !NOT_SWEPT.contains(table) && !columns.isEmpty()) {
                        tenant.put(table, columns);
                    }
                });
                textColumns = tenant;
            }
            catch (SQLException e) {
                throw new IllegalStateException("Cannot read the schema for erasure", e);
            }
        }
        return textColumns;
    }
}
