package org.referout;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.referout.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * C0, Citus-ready: every tenant table (one with a practice_id column) has practice_id in its primary key and in
 * every foreign key to another tenant table. Global tables (the national directory, the event log) are exempt.
 */
@DatabaseTest
@Tag("slow")
class TenantKeysTests {

    @Autowired
    DataSource dataSource;

    @Test
    void everyTenantTableKeysIncludePracticeId() throws Exception {
        List<String> problems = new ArrayList<>();
        int tenantTables = 0;
        try (var connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            for (String table : tables(meta)) {
                Set<String> columns = columns(meta, table);
                if (!columns.contains("practice_id") || table.equals("practice")) {
                    continue;
                }
                tenantTables++;
                List<String> key = primaryKey(meta, table);
                if (!key.contains("practice_id")) {
                    problems.add(table + ": primary key " + key + " lacks practice_id");
                }
                try (ResultSet fks = meta.getImportedKeys(null, schema(connection), table)) {
                    var byName = new java.util.LinkedHashMap<String, List<String>>();
                    var targets = new java.util.HashMap<String, String>();
                    while (fks.next()) {
                        String name = fks.getString("FK_NAME") + "->" + fks.getString("PKTABLE_NAME");
                        byName.computeIfAbsent(name, k -> new ArrayList<>()).add(fks.getString("FKCOLUMN_NAME"));
                        targets.put(name, fks.getString("PKTABLE_NAME"));
                    }
                    byName.forEach((name, fkColumns) -> {
                        boolean toTenantTable = !targets.get(name).equals("practice");
                        if (toTenantTable && !fkColumns.contains("practice_id")) {
                            problems.add(table + ": foreign key " + name + " " + fkColumns + " lacks practice_id");
                        }
                    });
                }
            }
        }
        assertThat(tenantTables).as("tenant tables found").isGreaterThanOrEqualTo(4);
        assertThat(problems).isEmpty();
    }

    private static String schema(java.sql.Connection connection) throws Exception {
        return connection.getSchema();
    }

    private static List<String> tables(DatabaseMetaData meta) throws Exception {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, meta.getConnection().getSchema(), "%", new String[] { "TABLE" })) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        return tables;
    }

    private static Set<String> columns(DatabaseMetaData meta, String table) throws Exception {
        Set<String> columns = new java.util.HashSet<>();
        try (ResultSet rs = meta.getColumns(null, meta.getConnection().getSchema(), table, "%")) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME"));
            }
        }
        return columns;
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String table) throws Exception {
        List<String> key = new ArrayList<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, meta.getConnection().getSchema(), table)) {
            while (rs.next()) {
                key.add(rs.getString("COLUMN_NAME"));
            }
        }
        return key;
    }
}
