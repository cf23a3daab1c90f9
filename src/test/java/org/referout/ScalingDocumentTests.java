package org.referout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.referout.support.ReferOutTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Keeps docs/scaling.md true (C0): every tenant table appears with its exact Citus distribution command, and
 * every global table as a reference table, so a new migration cannot silently miss the scaling plan.
 */
@ReferOutTest
@Tag("slow")
class ScalingDocumentTests {

    @Autowired
    DataSource dataSource;

    @Test
    void everyTableHasItsCitusCommandInTheScalingDocument() throws Exception {
        String doc = Files.readString(Path.of("docs/scaling.md"));
        List<String> missing = new ArrayList<>();
        try (var connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            try (ResultSet tables = meta.getTables(null, connection.getSchema(), "%", new String[] { "TABLE" })) {
                while (tables.next()) {
                    String table = tables.getString("TABLE_NAME");
                    if (table.equals("flyway_schema_history")) {
                        continue;
                    }
                    boolean tenant;
                    try (ResultSet column = meta.getColumns(null, connection.getSchema(), table, "practice_id")) {
                        tenant = column.next();
                    }
                    String command = table.equals("practice")
                            ? "select create_distributed_table('practice', 'id');"
                            : tenant ? "select create_distributed_table('" + table
                                    + "', 'practice_id', colocate_with => 'practice');"
                                    : "select create_reference_table('" + table + "');";
                    if (!doc.contains(command)) {
                        missing.add(command);
                    }
                }
            }
        }
        assertThat(missing).as("commands missing from docs/scaling.md").isEmpty();
    }
}
