package org.referout.operations;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import tools.jackson.databind.json.JsonMapper;

/** Writes the backup ZIP from one repeatable-read, read-only transaction: a snapshot even while others write. */
final class BackupWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BackupWriter() {
    }

    static BackupSummary write(DataSource dataSource, String schemaVersion, Path file, byte[] secrets) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            List<String> tables = Tables.inRestoreOrder(connection);
            for (String table : tables) {
                zip.putNextEntry(new ZipEntry(BackupFormat.TABLES + table + ".jsonl"));
                counts.put(table, writeTable(connection, table, zip));
                zip.closeEntry();
            }
            connection.rollback();
            if (secrets != null) {
                zip.putNextEntry(new ZipEntry(BackupSecrets.ENTRY));
                zip.write(secrets);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(BackupFormat.MANIFEST));
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("format", BackupFormat.VERSION);
            manifest.put("schemaVersion", schemaVersion);
            manifest.put("database", connection.getMetaData().getDatabaseProductName());
            manifest.put("tables", tables);
            manifest.put("rows", counts);
            manifest.put("secrets", secrets != null);
            zip.write(JSON.writeValueAsBytes(manifest));
            zip.closeEntry();
        }
        catch (SQLException e) {
            Files.deleteIfExists(partial);
            throw new IOException("backup failed: " + e.getMessage(), e);
        }
        // Only a complete file takes the final name, so a crash never leaves a truncated backup behind.
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new BackupSummary(schemaVersion, counts);
    }

    private static long writeTable(Connection connection, String table, OutputStream out)
            throws SQLException, IOException {
        long rows = 0;
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(1000);
            try (ResultSet rs = statement.executeQuery("select * from " + quote(table))) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnName(i).toLowerCase());
                }
                out.write(JSON.writeValueAsBytes(columns));
                out.write('\n');
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(columns.size());
                    for (int i = 1; i <= columns.size(); i++) {
                        row.add(Cells.read(rs, i, meta.getColumnType(i), meta.getColumnTypeName(i)));
                    }
                    out.write(JSON.writeValueAsString(row).getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                    rows++;
                }
            }
        }
        return rows;
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
