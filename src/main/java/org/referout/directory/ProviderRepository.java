package org.referout.directory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.referout.directory.nppes.NppesRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Providers with their taxonomy codes: reads for search results, and the batched writes of an import. The codes
 * live in the provider row ({@link #CODES}), so storing a provider is one insert or update.
 */
@Repository
class ProviderRepository {

    static final String COLUMNS = "npi, entity_type, last_name, first_name, middle_name, organization_name, credential, "
            + "primary_taxonomy, address_line, city, state, postal_code, zip, phone, latitude, longitude, deactivated_on, "
            + "reactivated_on, last_updated, taxonomy_codes";

    /** The column that holds a provider's taxonomy codes. */
    static final String CODES = "taxonomy_codes";

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    ProviderRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** What an import needs to know of a stored provider to decide between insert, update and nothing. */
    record Stored(LocalDate lastUpdated, LocalDate deactivatedOn) {
    }

    /** A stored provider row with its codes (primary first), before labels are attached. */
    record Row(long npi, Integer entityType, String lastName, String firstName, String middleName, String organization,
            String credential, String primaryTaxonomy, String addressLine, String city, String state, String zip,
            String phone, Double latitude, Double longitude, LocalDate deactivatedOn, LocalDate lastUpdated,
            List<String> codes) {
    }

    Optional<Row> find(long npi) {
        return findAll(List.of(npi)).stream().findFirst();
    }

    /** In the order of {@code npis}; unknown NPIs are left out. */
    List<Row> findAll(List<Long> npis) {
        if (npis.isEmpty()) {
            return List.of();
        }
        String in = "?,".repeat(npis.size() - 1) + "?";
        Map<Long, Row> rows = new HashMap<>();
        jdbc.sql("select " + COLUMNS + " from directory_provider where npi in (" + in + ")")
            .params(List.copyOf(npis))
            .query(rs -> {
                Row row = row(rs);
                rows.put(row.npi(), row);
            });
        return npis.stream().map(rows::get).filter(r -> r != null).toList();
    }

    /** Streams every active provider, in NPI order, for an index rebuild. */
    void forEachActive(Consumer<Row> action) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS
                    + " from directory_provider where deactivated_on is null order by npi")) {
                ps.setFetchSize(10_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        action.accept(row(rs));
                    }
                }
            }
            c.commit();
        }
        catch (SQLException e) {
            throw new IllegalStateException("Reading the directory failed: " + e.getMessage(), e);
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("npi"), (Integer) rs.getObject("entity_type", Integer.class), rs.getString("last_name"),
                rs.getString("first_name"), rs.getString("middle_name"), rs.getString("organization_name"),
                rs.getString("credential"), rs.getString("primary_taxonomy"), rs.getString("address_line"),
                rs.getString("city"), rs.getString("state"), rs.getString("zip"), rs.getString("phone"),
                rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class),
                rs.getObject("deactivated_on", LocalDate.class), rs.getObject("last_updated", LocalDate.class),
                codes(rs.getString(CODES)));
    }

    /** Codes primary first, each exactly 10 characters (the reader checks that), one space between. */
    static String joinCodes(List<String> primaryFirst) {
        return primaryFirst.isEmpty() ? null : String.join(" ", primaryFirst);
    }

    /** Read back by position, not split on spaces: a code may itself contain one. */
    static List<String> codes(String joined) {
        if (joined == null) {
            return List.of();
        }
        List<String> codes = new ArrayList<>((joined.length() + 1) / 11);
        for (int at = 0; at + 10 <= joined.length(); at += 11) {
            codes.add(joined.substring(at, at + 10));
        }
        return codes;
    }

    /** The stored state of these NPIs (an IN list of at most 1000 per query: an index lookup on both databases). */
    static Map<Long, Stored> stored(Connection c, Collection<Long> npis) throws SQLException {
        Map<Long, Stored> stored = new HashMap<>();
        List<Long> all = List.copyOf(npis);
        for (int from = 0; from < all.size(); from += 1000) {
            List<Long> part = all.subList(from, Math.min(all.size(), from + 1000));
            String sql = "select npi, last_updated, deactivated_on from directory_provider where npi in ("
                    + "?,".repeat(part.size() - 1) + "?)";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < part.size(); i++) {
                    ps.setLong(i + 1, part.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stored.put(rs.getLong(1), new Stored(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)));
                    }
                }
            }
        }
        return stored;
    }

    /**
     * The prepared statements of one import chunk. Rows are added to JDBC batches and sent by {@link #execute()}
     * in an order that keeps an NPI inserted and then updated in the same batch consistent.
     */
    static final class Writes implements AutoCloseable {
        /**
         * Rows per multi-row insert. H2 pays a statement's start and end (snapshot, locks, progress) per row of a
         * JDBC batch; a first import is almost only inserts, so they go this many to a statement.
         */
        static final int ROWS_PER_INSERT = 50;
        private static final int INSERT_PARAMETERS = 20;

        private final PreparedStatement insert, insertMany, update, deactivate, reject;
        private final List<NppesRow> inserts = new ArrayList<>();
        private final List<ZipCentroids.Point> insertPoints = new ArrayList<>();
        private int pending;

        Writes(Connection c) throws SQLException {
            String row = "(" + "?,".repeat(INSERT_PARAMETERS - 1) + "?)";
            insert = c.prepareStatement("insert into directory_provider (" + COLUMNS + ") values " + row);
            insertMany = c.prepareStatement("insert into directory_provider (" + COLUMNS + ") values "
                    + String.join(",", Collections.nCopies(ROWS_PER_INSERT, row)));
            update = c.prepareStatement("update directory_provider set entity_type = ?, last_name = ?, first_name = ?, "
                    + "middle_name = ?, organization_name = ?, credential = ?, primary_taxonomy = ?, address_line = ?, "
                    + "city = ?, state = ?, postal_code = ?, zip = ?, phone = ?, latitude = ?, longitude = ?, "
                    + "deactivated_on = ?, reactivated_on = ?, last_updated = ?, " + CODES + " = ? where npi = ?");
            deactivate = c.prepareStatement("update directory_provider set deactivated_on = ?, reactivated_on = ? where npi = ?");
            reject = c.prepareStatement("insert into directory_import_rejection (run_id, line_number, reason) values (?,?,?)");
        }

        /** Held until {@link #execute()}, which sends them in groups of {@link #ROWS_PER_INSERT}. */
        void insert(NppesRow row, ZipCentroids.Point point) {
            inserts.add(row);
            insertPoints.add(point);
            pending++;
        }

        private void sendInserts() throws SQLException {
            int i = 0;
            for (; i + ROWS_PER_INSERT <= inserts.size(); i += ROWS_PER_INSERT) {
                for (int k = 0; k < ROWS_PER_INSERT; k++) {
                    setInsert(insertMany, k * INSERT_PARAMETERS, inserts.get(i + k), insertPoints.get(i + k));
                }
                insertMany.addBatch();
            }
            for (; i < inserts.size(); i++) {
                setInsert(insert, 0, inserts.get(i), insertPoints.get(i));
                insert.addBatch();
            }
            insertMany.executeBatch();
            insert.executeBatch();
            inserts.clear();
            insertPoints.clear();
        }

        private static void setInsert(PreparedStatement ps, int offset, NppesRow row, ZipCentroids.Point point)
                throws SQLException {
            ps.setLong(offset + 1, row.npi());
            fill(ps, offset + 2, row, point);
        }

        void update(NppesRow row, ZipCentroids.Point point) throws SQLException {
            fill(update, 1, row, point);
            update.setLong(20, row.npi());
            update.addBatch();
            pending++;
        }

        void deactivate(NppesRow row) throws SQLException {
            date(deactivate, 1, row.deactivatedOn());
            date(deactivate, 2, row.reactivatedOn());
            deactivate.setLong(3, row.npi());
            deactivate.addBatch();
            pending++;
        }

        void reject(long runId, long line, String reason) throws SQLException {
            reject.setLong(1, runId);
            reject.setLong(2, line);
            reject.setString(3, ImportRuns.clip(reason, 500));
            reject.addBatch();
        }

        int pending() {
            return pending;
        }

        private static void fill(PreparedStatement ps, int at, NppesRow r, ZipCentroids.Point point) throws SQLException {
            if (r.entityType() == null) {
                ps.setNull(at, Types.SMALLINT);
            }
            else {
                ps.setShort(at, r.entityType().shortValue());
            }
            ps.setString(at + 1, ImportRuns.clip(r.lastName(), 100));
            ps.setString(at + 2, ImportRuns.clip(r.firstName(), 100));
            ps.setString(at + 3, ImportRuns.clip(r.middleName(), 100));
            ps.setString(at + 4, ImportRuns.clip(r.organizationName(), 300));
            ps.setString(at + 5, ImportRuns.clip(r.credential(), 100));
            ps.setString(at + 6, r.primaryCode());
            ps.setString(at + 7, ImportRuns.clip(r.addressLine(), 200));
            ps.setString(at + 8, ImportRuns.clip(r.city(), 100));
            ps.setString(at + 9, ImportRuns.clip(r.state(), 40));
            ps.setString(at + 10, ImportRuns.clip(r.postalCode(), 20));
            ps.setString(at + 11, r.zip());
            ps.setString(at + 12, ImportRuns.clip(r.phone(), 20));
            if (point == null) {
                ps.setNull(at + 13, Types.DOUBLE);
                ps.setNull(at + 14, Types.DOUBLE);
            }
            else {
                ps.setDouble(at + 13, point.lat());
                ps.setDouble(at + 14, point.lon());
            }
            date(ps, at + 15, r.deactivated() ? r.deactivatedOn() : null);
            date(ps, at + 16, r.reactivatedOn());
            date(ps, at + 17, r.lastUpdated());
            ps.setString(at + 18, joinCodes(IndexDocuments.primaryFirst(r.codes(), r.primary())));
        }

        private static void date(PreparedStatement ps, int at, LocalDate date) throws SQLException {
            if (date == null) {
                ps.setNull(at, Types.DATE);
            }
            else {
                ps.setObject(at, date);
            }
        }

        /** Sends the batches: inserts before the updates and deactivations that may concern the same NPIs. */
        void execute() throws SQLException {
            sendInserts();
            update.executeBatch();
            deactivate.executeBatch();
            reject.executeBatch();
            pending = 0;
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement ps : List.of(insert, insertMany, update, deactivate, reject)) {
                ps.close();
            }
        }
    }
}
