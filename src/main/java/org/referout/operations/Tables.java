package org.referout.operations;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The application's tables in foreign-key order (parents first), read from JDBC metadata. */
final class Tables {

    /** Flyway's history is recreated by migrating the empty target, never copied. */
    static final Set<String> SKIPPED = Set.of("flyway_schema_history");

    private Tables() {
    }

    static List<String> inRestoreOrder(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] { "TABLE" })) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!SKIPPED.contains(name.toLowerCase())) {
                    tables.add(name);
                }
            }
        }
        tables.sort(String::compareTo);
        Map<String, Set<String>> parents = new HashMap<>();
        for (String table : tables) {
            Set<String> of = new LinkedHashSet<>();
            try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME");
                    if (!parent.equals(table)) {
                        of.add(parent);
                    }
                }
            }
            parents.put(table, of);
        }
        List<String> ordered = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (String table : tables) {
            visit(table, parents, done, new LinkedHashSet<>(), ordered);
        }
        return ordered;
    }

    private static void visit(String table, Map<String, Set<String>> parents, Set<String> done, Set<String> path,
            List<String> ordered) {
        if (done.contains(table) || !parents.containsKey(table)) {
            return;
        }
        if (!path.add(table)) {
            throw new IllegalStateException("foreign keys form a cycle through " + path);
        }
        for (String parent : parents.get(table)) {
            visit(parent, parents, done, path, ordered);
        }
        path.remove(table);
        done.add(table);
        ordered.add(table);
    }
}
