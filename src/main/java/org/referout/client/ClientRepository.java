package org.referout.client;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import org.referout.practice.PracticeId;
import org.referout.web.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ClientRepository {

    private static final String COLUMNS = """
            id, version, first_name, last_name, date_of_birth, email, phone, address_line1, address_line2, city,
            state, zip, preferred_language, treatment_consent, treatment_consent_at, erased, created_at, updated_at, gender, name_prefix, other_given_names,
            country""";


    private final JdbcClient jdbc;

    ClientRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ClientId insert(PracticeId practice, ClientDetails details, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into client (practice_id, first_name, last_name, date_of_birth, email, phone, phone_digits,
                    address_line1, address_line2, city, state, zip, preferred_language, treatment_consent,
                    treatment_consent_at, created_at, updated_at, gender, name_prefix, other_given_names, country)
                values (:practice, :firstName, :lastName, :dateOfBirth, :email, :phone, :phoneDigits, :addressLine1,
                    :addressLine2, :city, :state, :zip, :preferredLanguage, :treatmentConsent, :consentAt, :now, :now,
                    :gender, :namePrefix, :otherGivenNames, :country)""")
            .param("practice", practice.value())
            .params(params(details))
            .param("consentAt", details.treatmentConsent() ? now : null)
            .param("now", now)
            .update(keys, "id");
        return new ClientId(keys.getKeyAs(Number.class).longValue());
    }

    /** An erased client (C8 data rights) is gone for every reader: absent, as another practice's client is. */
    Optional<Client> find(PracticeId practice, ClientId id) {
        return jdbc.sql("select " + COLUMNS + " from client where practice_id = :practice and id = :id"
                + " and erased = false")
            .param("practice", practice.value())
            .param("id", id.value())
            .query(ClientRepository::toClient)
            .optional();
    }

    boolean exists(PracticeId practice, ClientId id) {
        return jdbc.sql("select count(*) from client where practice_id = :practice and id = :id and erased = false")
            .param("practice", practice.value())
            .param("id", id.value())
            .query(Long.class)
            .single() > 0;
    }

    /** Optimistic lock (Q): the update only lands on the version the user saw; consent time is kept if unchanged. */
    void update(PracticeId practice, ClientId id, ClientDetails details, int seenVersion, OffsetDateTime now) {
        int rows = jdbc.sql("""
                update client set first_name = :firstName, last_name = :lastName, date_of_birth = :dateOfBirth,
                    email = :email, phone = :phone, phone_digits = :phoneDigits, address_line1 = :addressLine1,
                    address_line2 = :addressLine2, city = :city, state = :state, zip = :zip,
                    preferred_language = :preferredLanguage, gender = :gender, name_prefix = :namePrefix,
                    other_given_names = :otherGivenNames, country = :country,
                    treatment_consent_at = case when :treatmentConsent = false then null
                                                when treatment_consent = true then treatment_consent_at
                                                else :now end,
                    treatment_consent = :treatmentConsent,
                    version = version + 1, updated_at = :now
                where practice_id = :practice and id = :id and version = :version and erased = false""")
            .params(params(details))
            .param("now", now)
            .param("practice", practice.value())
            .param("id", id.value())
            .param("version", seenVersion)
            .update();
        if (rows == 0) {
            throw new ConflictException("client", id);
        }
    }

    List<Client> search(PracticeId practice, String query, int page, int size) {
        return matching("select " + COLUMNS, query,
                " order by lower(last_name), lower(first_name), id limit :size offset :offset")
            .param("practice", practice.value())
            .param("size", size)
            .param("offset", (long) page * size)
            .query(ClientRepository::toClient)
            .list();
    }

    long count(PracticeId practice, String query) {
        return matching("select count(*)", query, "")
            .param("practice", practice.value())
            .query(Long.class)
            .single();
    }

    /**
     * Erased clients stay in the table for the foreign keys but never show up in lists or searches.
     * The where clause is built rather than using "(:query is null or …)": PostgreSQL cannot type a null parameter.
     */
    private JdbcClient.StatementSpec matching(String select, String query, String tail) {
        String text = pattern(query);
        String digits = digitPattern(query);
        var sql = new StringBuilder(select).append(" from client where practice_id = :practice and erased = false");
        if (text != null) {
            sql.append(" and (lower(first_name) like :text or lower(last_name) like :text")
                .append(" or lower(first_name || ' ' || last_name) like :text or lower(email) like :text");
            if (digits != null) {
                sql.append(" or phone_digits like :digits");
            }
            sql.append(")");
        }
        var spec = jdbc.sql(sql.append(tail).toString());
        if (text != null) {
            spec = spec.param("text", text);
        }
        if (digits != null) {
            spec = spec.param("digits", digits);
        }
        return spec;
    }

    List<Client> find(PracticeId practice, ClientFilter filter, long offset, int limit) {
        String direction = filter.descending() ? " desc" : "";
        String order = switch (filter.sort()) {
            case NAME, FAMILY -> "lower(last_name)" + direction + ", lower(first_name)" + direction;
            case GIVEN -> "lower(first_name)" + direction + ", lower(last_name)" + direction;
            case BIRTH_DATE -> "date_of_birth" + direction;
            case ID -> "id" + direction;
        };
        return filtered("select " + COLUMNS, practice, filter,
                " order by " + order + ", id limit :limit offset :offset")
            .param("limit", limit)
            .param("offset", offset)
            .query(ClientRepository::toClient)
            .list();
    }

    long count(PracticeId practice, ClientFilter filter) {
        return filtered("select count(*)", practice, filter, "").query(Long.class).single();
    }

    /** Built clause by clause with numbered parameters: portable SQL, and no untyped nulls for PostgreSQL. */
    private JdbcClient.StatementSpec filtered(String select, PracticeId practice, ClientFilter filter, String tail) {
        var sql = new StringBuilder(select).append(" from client where practice_id = :practice and erased = false");
        var params = new HashMap<String, Object>();
        params.put("practice", practice.value());
        if (filter.ids() != null) {
            sql.append(" and id in (:ids)");
            params.put("ids", filter.ids());
        }
        int n = 0;
        for (ClientFilter.Text text : filter.texts()) {
            List<String> columns = switch (text.field()) {
                case NAME -> List.of("first_name", "last_name");
                case FAMILY -> List.of("last_name");
                case GIVEN -> List.of("first_name");
            };
            var any = new StringBuilder();
            for (String value : text.anyOf()) {
                String key = "t" + n++;
                for (String column : columns) {
                    any.append(any.isEmpty() ? "" : " or ");
                    switch (text.match()) {
                        case EXACT -> {
                            any.append(column).append(" = :").append(key);
                            params.put(key, value);
                        }
                        case CONTAINS -> {
                            any.append("lower(").append(column).append(") like :").append(key);
                            params.put(key, "%" + likeSafe(value) + "%");
                        }
                        case START -> {
                            // the start of the name or of any of its parts ("Alvarez-Ruiz", "de la Cruz")
                            any.append("(lower(").append(column).append(") like :").append(key).append("a or lower(")
                                .append(column).append(") like :").append(key).append("b or lower(").append(column)
                                .append(") like :").append(key).append("c)");
                            params.put(key + "a", likeSafe(value) + "%");
                            params.put(key + "b", "% " + likeSafe(value) + "%");
                            params.put(key + "c", "%-" + likeSafe(value) + "%");
                        }
                    }
                }
            }
            sql.append(any.isEmpty() ? " and 1 = 0" : " and (" + any + ")");
        }
        for (List<ClientFilter.Identifier> any : filter.identifiers()) {
            var match = new StringBuilder();
            for (ClientFilter.Identifier identifier : any) {
                match.append(match.isEmpty() ? "" : " or ").append("(i.id_value = :i").append(n);
                params.put("i" + n, identifier.value());
                if (identifier.system() != null) {
                    match.append(" and i.id_system = :s").append(n);
                    params.put("s" + n, identifier.system());
                }
                match.append(")");
                n++;
            }
            sql.append(any.isEmpty() ? " and 1 = 0" : " and exists (select 1 from client_identifier i where"
                    + " i.practice_id = client.practice_id and i.client_id = client.id and (" + match + "))");
        }
        for (ClientFilter.Instants instants : filter.updated()) {
            var range = new StringBuilder("updated_at is not null");
            if (instants.from() != null) {
                range.append(" and updated_at >= :u").append(n);
                params.put("u" + n++, instants.from());
            }
            if (instants.to() != null) {
                range.append(" and updated_at < :u").append(n);
                params.put("u" + n++, instants.to());
            }
            sql.append(instants.not() ? " and not (" + range + ")" : " and (" + range + ")");
        }
        for (ClientFilter.Dates dates : filter.birthDates()) {
            var range = new StringBuilder("date_of_birth is not null");
            if (dates.from() != null) {
                range.append(" and date_of_birth >= :d").append(n);
                params.put("d" + n++, dates.from());
            }
            if (dates.to() != null) {
                range.append(" and date_of_birth < :d").append(n);
                params.put("d" + n++, dates.to());
            }
            sql.append(dates.not() ? " and (date_of_birth is null or not (" + range + "))" : " and (" + range + ")");
        }
        return jdbc.sql(sql.append(tail).toString()).params(params);
    }

    /** Each client's other identifiers, for the given clients of one practice. */
    Map<Long, List<ClientIdentifier>> identifiers(PracticeId practice, List<Long> clients) {
        Map<Long, List<ClientIdentifier>> byClient = new HashMap<>();
        if (clients.isEmpty()) {
            return byClient;
        }
        jdbc.sql("select client_id, id_system, id_value from client_identifier where practice_id = :practice"
                + " and client_id in (:clients) order by client_id, id_system, id_value")
            .param("practice", practice.value())
            .param("clients", clients)
            .query((rs, row) -> byClient.computeIfAbsent(rs.getLong("client_id"), key -> new java.util.ArrayList<>())
                .add(new ClientIdentifier(rs.getString("id_system"), rs.getString("id_value"))))
            .list();
        return byClient;
    }

    void addIdentifiers(PracticeId practice, ClientId client, List<ClientIdentifier> identifiers) {
        for (ClientIdentifier identifier : new java.util.LinkedHashSet<>(identifiers)) {
            jdbc.sql("insert into client_identifier (practice_id, client_id, id_system, id_value)"
                    + " values (:practice, :client, :system, :value)")
                .param("practice", practice.value())
                .param("client", client.value())
                .param("system", identifier.system())
                .param("value", identifier.value())
                .update();
        }
    }

    private static String likeSafe(String value) {
        return value.strip().toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "");
    }

    private static Map<String, Object> params(ClientDetails details) {
        var params = new HashMap<String, Object>();
        params.put("firstName", details.firstName());
        params.put("lastName", details.lastName());
        params.put("dateOfBirth", details.dateOfBirth());
        params.put("email", details.email());
        params.put("phone", details.phone());
        params.put("phoneDigits", digits(details.phone()));
        params.put("addressLine1", details.addressLine1());
        params.put("addressLine2", details.addressLine2());
        params.put("city", details.city());
        params.put("state", details.state());
        params.put("zip", details.zip());
        params.put("preferredLanguage", details.preferredLanguage());
        params.put("treatmentConsent", details.treatmentConsent());
        params.put("gender", details.gender());
        params.put("namePrefix", details.namePrefix());
        params.put("otherGivenNames", details.otherGivenNames());
        params.put("country", details.country());
        return params;
    }

    private static String pattern(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        String escaped = query.strip().toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "");
        return "%" + escaped + "%";
    }

    /** A query with at least three digits also finds the phone number, whatever its punctuation. */
    private static String digitPattern(String query) {
        String digits = digits(query);
        return digits == null || digits.length() < 3 ? null : "%" + digits + "%";
    }

    private static String digits(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("\\D", "");
        return digits.isEmpty() ? null : digits;
    }

    private static Client toClient(ResultSet rs, int row) throws SQLException {
        var details = new ClientDetails(rs.getString("first_name"), rs.getString("last_name"),
                rs.getObject("date_of_birth", LocalDate.class), rs.getString("email"), rs.getString("phone"),
                rs.getString("address_line1"), rs.getString("address_line2"), rs.getString("city"),
                rs.getString("state"), rs.getString("zip"), rs.getString("preferred_language"),
                rs.getBoolean("treatment_consent"), rs.getString("gender"), rs.getString("name_prefix"),
                rs.getString("other_given_names"), rs.getString("country"));
        return new Client(new ClientId(rs.getLong("id")), rs.getInt("version"), details,
                rs.getObject("treatment_consent_at", OffsetDateTime.class), rs.getBoolean("erased"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class));
    }
}
