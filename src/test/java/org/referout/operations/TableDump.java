package org.referout.operations;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.TreeMap;

import javax.sql.DataSource;

/** Every row of a table as text, in a stable order, for comparing two databases. */
final class TableDump {

    private TableDump() {
    }

    /** For two databases of the same kind: values as their driver gives them, times as instants. */
    static List<String> exact(DataSource source, String table) throws Exception {
        return dump(source, table, false);
    }

    /**
     * For H2 against PostgreSQL: the same values written the same way (numbers without trailing zeros, binary as
     * base64, UUIDs and booleans as text), so only a real difference in the data shows.
     */
    static List<String> portable(DataSource source, String table) throws Exception {
        return dump(source, table, true);
    }

    private static List<String> dump(DataSource source, String table, boolean portable) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = source.getConnection();
                ResultSet rs = connection.createStatement().executeQuery("select * from \"" + table + "\"")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                var row = new TreeMap<String, String>();
                for (int i = 1; i <= columns; i++) {
                    Object value = rs.getObject(i);
                    row.put(rs.getMetaData().getColumnName(i).toLowerCase(), text(value, portable));
                }
                rows.add(row.toString());
            }
        }
        rows.sort(String::compareTo);
        return rows;
    }

    private static String text(Object value, boolean portable) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant().toString();
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toInstant().toString();
        }
        if (!portable) {
            return String.valueOf(value);
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        return String.valueOf(value);
    }
}
