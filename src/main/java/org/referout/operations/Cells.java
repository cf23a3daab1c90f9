package org.referout.operations;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.UUID;

/**
 * One cell to and from JSON, by its JDBC type: times as ISO-8601 text, binary as base64, numbers as numbers.
 * The target column's type decides how a value is bound on restore, so H2 and PostgreSQL can trade backups.
 */
final class Cells {

    private Cells() {
    }

    static Object read(ResultSet rs, int column, int type, String typeName) throws SQLException {
        if ("uuid".equalsIgnoreCase(typeName)) {
            Object uuid = rs.getObject(column);
            return uuid == null ? null : uuid.toString();
        }
        Object value = switch (normalise(type, typeName)) {
            case Types.TIMESTAMP_WITH_TIMEZONE -> rs.getObject(column, OffsetDateTime.class);
            case Types.TIMESTAMP -> rs.getObject(column, LocalDateTime.class);
            case Types.DATE -> rs.getObject(column, LocalDate.class);
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> rs.getBytes(column);
            case Types.DECIMAL, Types.NUMERIC -> rs.getBigDecimal(column);
            default -> rs.getObject(column);
        };
        if (rs.wasNull() || value == null) {
            return null;
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        return value.toString();
    }

    /** PostgreSQL's driver reports timestamptz as TIMESTAMP; its type name tells the truth. */
    private static int normalise(int type, String typeName) {
        if (typeName != null && (typeName.equalsIgnoreCase("timestamptz")
                || typeName.toLowerCase().contains("with time zone"))) {
            return Types.TIMESTAMP_WITH_TIMEZONE;
        }
        return type;
    }

    static void bind(PreparedStatement statement, int index, int type, String typeName, Object value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, type);
            return;
        }
        String text = value.toString();
        if ("uuid".equalsIgnoreCase(typeName)) {
            statement.setObject(index, UUID.fromString(text));
            return;
        }
        switch (normalise(type, typeName)) {
            case Types.TIMESTAMP_WITH_TIMEZONE -> statement.setObject(index, OffsetDateTime.parse(text));
            case Types.TIMESTAMP -> statement.setObject(index, LocalDateTime.parse(text));
            case Types.DATE -> statement.setObject(index, LocalDate.parse(text));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
                statement.setBytes(index, Base64.getDecoder().decode(text));
            case Types.BOOLEAN, Types.BIT -> statement.setBoolean(index, Boolean.parseBoolean(text));
            case Types.BIGINT -> statement.setLong(index, Long.parseLong(text));
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> statement.setInt(index, Integer.parseInt(text));
            case Types.DECIMAL, Types.NUMERIC, Types.DOUBLE, Types.FLOAT, Types.REAL ->
                statement.setBigDecimal(index, new BigDecimal(text));
            default -> statement.setObject(index, value instanceof String ? text : value, type);
        }
    }
}
