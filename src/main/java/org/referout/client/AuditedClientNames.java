package org.referout.client;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.referout.audit.ClientNames;
import org.referout.practice.PracticeId;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The names the audit page's client filter shows. An erased client has no name any more (C8), so it stays a
 * number there; the entries themselves are kept, as the audit log never changes.
 */
@Component
class AuditedClientNames implements ClientNames {

    private final JdbcClient jdbc;

    AuditedClientNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, String> names(PracticeId practice, Collection<Long> clientIds) {
        Map<Long, String> names = new HashMap<>();
        if (clientIds.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, first_name, last_name from client where practice_id = :practice and id in (:ids)"
                + " and erased = false")
            .param("practice", practice.value())
            .param("ids", clientIds)
            .query((RowCallbackHandler) rs -> names.put(rs.getLong(1), rs.getString(2) + " " + rs.getString(3)));
        return names;
    }
}
