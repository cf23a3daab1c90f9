package org.referout.directory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The import-run table: one row per import of one file, with its checkpoint and counts. */
@Repository
class ImportRuns {

    /** A run as stored; {@code lastLine} is the checkpoint. */
    record Run(long id, String fileName, long fileSize, String digest, boolean updateFile, String status, long lastLine,
            Counts counts, Instant startedAt, Instant finishedAt) {
    }

    /** The running totals of a run. */
    static final class Counts {
        long read, imported, updated, unchanged, deactivated, rejected;

        Counts copy() {
            Counts c = new Counts();
            c.read = read;
            c.imported = imported;
            c.updated = updated;
            c.unchanged = unchanged;
            c.deactivated = deactivated;
            c.rejected = rejected;
            return c;
        }
    }

    private final JdbcClient jdbc;

    ImportRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long start(String fileName, long size, String digest, boolean update, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into directory_import_run (file_name, file_size, file_digest, update_file, status, started_at)
                values (?, ?, ?, ?, 'RUNNING', ?)""")
            .params(clip(fileName, 500), size, digest, update, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
            .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The latest unfinished run of the same file (same size and digest), to resume after its checkpoint. */
    Optional<Run> resumable(long size, String digest) {
        return jdbc.sql("""
                select * from directory_import_run where file_size = ? and file_digest = ? and status <> 'COMPLETED'
                order by id desc fetch first 1 rows only""")
            .params(size, digest).query(ImportRuns::run).optional();
    }

    Optional<Run> latest() {
        return jdbc.sql("select * from directory_import_run order by id desc fetch first 1 rows only").query(ImportRuns::run).optional();
    }

    Optional<Run> find(long id) {
        return jdbc.sql("select * from directory_import_run where id = ?").param(id).query(ImportRuns::run).optional();
    }

    /** Written in the chunk's own transaction: the checkpoint and the rows it covers commit together. */
    static void checkpoint(Connection connection, long runId, long line, Counts c) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                update directory_import_run set last_line = ?, rows_read = ?, rows_imported = ?, rows_updated = ?,
                rows_unchanged = ?, rows_deactivated = ?, rows_rejected = ? where id = ?""")) {
            ps.setLong(1, line);
            ps.setLong(2, c.read);
            ps.setLong(3, c.imported);
            ps.setLong(4, c.updated);
            ps.setLong(5, c.unchanged);
            ps.setLong(6, c.deactivated);
            ps.setLong(7, c.rejected);
            ps.setLong(8, runId);
            ps.executeUpdate();
        }
    }

    void finish(long runId, String status, Instant now) {
        jdbc.sql("update directory_import_run set status = ?, finished_at = ? where id = ?")
            .params(status, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), runId).update();
    }

    List<ImportReport.Rejection> rejections(long runId) {
        return jdbc.sql("select line_number, reason from directory_import_rejection where run_id = ? order by line_number")
            .param(runId)
            .query((rs, n) -> new ImportReport.Rejection(rs.getLong(1), rs.getString(2)))
            .list();
    }

    long storedRejections(long runId) {
        return jdbc.sql("select count(*) from directory_import_rejection where run_id = ?").param(runId)
            .query(Long.class).single();
    }

    private static Run run(java.sql.ResultSet rs, int row) throws SQLException {
        Counts c = new Counts();
        c.read = rs.getLong("rows_read");
        c.imported = rs.getLong("rows_imported");
        c.updated = rs.getLong("rows_updated");
        c.unchanged = rs.getLong("rows_unchanged");
        c.deactivated = rs.getLong("rows_deactivated");
        c.rejected = rs.getLong("rows_rejected");
        return new Run(rs.getLong("id"), rs.getString("file_name"), rs.getLong("file_size"), rs.getString("file_digest"),
                rs.getBoolean("update_file"), rs.getString("status"), rs.getLong("last_line"), c,
                instant(rs.getObject("started_at", OffsetDateTime.class)),
                instant(rs.getObject("finished_at", OffsetDateTime.class)));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    static String clip(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

}
