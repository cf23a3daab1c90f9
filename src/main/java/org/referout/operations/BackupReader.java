package org.referout.operations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import tools.jackson.databind.json.JsonMapper;

/** Loads a backup into an empty database in one transaction: all of it or, on any error, none of it. */
final class BackupReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BATCH = 1000;

    private BackupReader() {
    }

    @SuppressWarnings("unchecked")
    /** The sealed secrets of the backup, or null when it was made without them. */
    static byte[] secrets(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            var entry = zip.getEntry(BackupSecrets.ENTRY);
            return entry == null ? null : zip.getInputStream(entry).readAllBytes();
        }
        catch (java.util.zip.ZipException e) {
            throw new IOException(file + " is not a ReferOut backup (no " + BackupFormat.MANIFEST + ")", e);
        }
    }

    static BackupSummary restore(DataSource dataSource, String schemaVersion, Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile()); Connection connection = dataSource.getConnection()) {
            var manifestEntry = zip.getEntry(BackupFormat.MANIFEST);
            if (manifestEntry == null) {
                throw new IOException(file + " is not a ReferOut backup (no " + BackupFormat.MANIFEST + ")");
            }
            Map<String, Object> manifest = JSON.readValue(zip.getInputStream(manifestEntry), Map.class);
            String backupVersion = String.valueOf(manifest.get("schemaVersion"));
            if (!backupVersion.equals(schemaVersion)) {
                throw new IOException("the backup has schema version " + backupVersion + " but this database has "
                        + schemaVersion + "; restore it with the ReferOut release that made it");
            }
            connection.setAutoCommit(false);
            List<String> tables = (List<String>) manifest.get("tables");
            requireEmpty(connection, tables);
            Map<String, Long> counts = new LinkedHashMap<>();
            try {
                for (String table : tables) {
                    var entry = zip.getEntry(BackupFormat.TABLES + table + ".jsonl");
                    try (var reader = new BufferedReader(
                            new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
                        counts.put(table, loadTable(connection, table, reader));
                    }
                }
                restartIdentities(connection, tables);
                connection.commit();
            }
            catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw new IOException("restore failed, nothing was loaded: " + e.getMessage(), e);
            }
            return new BackupSummary(backupVersion, counts);
        }
        catch (SQLException e) {
            throw new IOException("restore failed: " + e.getMessage(), e);
        }
    }

    private static void requireEmpty(Connection connection, List<String> tables) throws SQLException, IOException {
        for (String table : tables) {
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("select count(*) from " + BackupWriter.quote(table))) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new IOException("refusing to restore: table " + table + " already has " + rs.getLong(1)
                            + " rows; restore only into an empty database");
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static long loadTable(Connection connection, String table, BufferedReader reader)
            throws IOException, SQLException {
        String header = reader.readLine();
        if (header == null) {
            return 0;
        }
        List<String> columns = JSON.readValue(header, List.class);
        Map<String, int[]> types = new HashMap<>();
        Map<String, String> typeNames = new HashMap<>();
        try (ResultSet rs = connection.getMetaData().getColumns(null, connection.getSchema(), table, "%")) {
            while (rs.next()) {
                String name = rs.getString("COLUMN_NAME").toLowerCase();
                types.put(name, new int[] { rs.getInt("DATA_TYPE") });
                typeNames.put(name, rs.getString("TYPE_NAME"));
            }
        }
        List<String> quoted = new ArrayList<>();
        columns.forEach(column -> quoted.add(BackupWriter.quote(column)));
        String sql = "insert into " + BackupWriter.quote(table) + " (" + String.join(", ", quoted) + ") values ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        long rows = 0;
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            String line;
            while ((line = reader.readLine()) != null) {
                List<Object> row = JSON.readValue(line, List.class);
                for (int i = 0; i < columns.size(); i++) {
                    String column = columns.get(i);
                    if (!types.containsKey(column)) {
                        throw new SQLException("column " + table + "." + column + " does not exist here");
                    }
                    Cells.bind(insert, i + 1, types.get(column)[0], typeNames.get(column), row.get(i));
                }
                insert.addBatch();
                if (++rows % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return rows;
    }

    /** Identity columns must continue after the restored ids, or the next insert would collide. */
    private static void restartIdentities(Connection connection, List<String> tables) throws SQLException {
        // "ALTER TABLE t ALTER COLUMN c RESTART WITH n" works for identity columns on H2 and PostgreSQL alike.
        DatabaseMetaData meta = connection.getMetaData();
        for (String table : tables) {
            List<String> identities = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(null, connection.getSchema(), table, "%")) {
                while (rs.next()) {
                    if ("YES".equals(rs.getString("IS_AUTOINCREMENT"))) {
                        identities.add(rs.getString("COLUMN_NAME"));
                    }
                }
            }
            for (String column : identities) {
                long next;
                try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
                        "select coalesce(max(" + BackupWriter.quote(column) + "), 0) + 1 from "
                                + BackupWriter.quote(table))) {
                    rs.next();
                    next = rs.getLong(1);
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("alter table " + BackupWriter.quote(table) + " alter column "
                            + BackupWriter.quote(column) + " restart with " + next);
                }
            }
        }
    }
}
