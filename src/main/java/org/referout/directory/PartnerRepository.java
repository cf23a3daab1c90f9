package org.referout.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.referout.practice.PracticeId;
import org.referout.web.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The partner table. Every query is scoped by the practice: another practice's id reads as absent. */
@Repository
class PartnerRepository {

    private static final String COLUMNS = """
            id, version, npi, name, taxonomy_codes, complaints, techniques, languages, insurance, accepting_new,
            booking_url, phone, email, address_line, city, state, zip, latitude, longitude, notes, tags""";

    private final JdbcClient jdbc;

    PartnerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(PracticeId practice, Partner p, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into partner (practice_id, npi, name, taxonomy_codes, complaints, techniques, languages,
                    insurance, accepting_new, booking_url, phone, email, address_line, city, state, zip, latitude,
                    longitude, notes, tags, created_at)
                values (:practice, :npi, :name, :codes, :complaints, :techniques, :languages, :insurance, :accepting,
                    :bookingUrl, :phone, :email, :addressLine, :city, :state, :zip, :latitude, :longitude, :notes,
                    :tags, :now)""")
            .param("practice", practice.value())
            .params(params(p))
            .param("now", now)
            .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void update(PracticeId practice, long id, Partner p, int seenVersion) {
        int rows = jdbc.sql("""
                update partner set npi = :npi, name = :name, taxonomy_codes = :codes, complaints = :complaints,
                    techniques = :techniques, languages = :languages, insurance = :insurance,
                    accepting_new = :accepting, booking_url = :bookingUrl, phone = :phone, email = :email,
                    address_line = :addressLine, city = :city, state = :state, zip = :zip, latitude = :latitude,
                    longitude = :longitude, notes = :notes, tags = :tags, version = version + 1
                where practice_id = :practice and id = :id and version = :version""")
            .params(params(p))
            .param("practice", practice.value())
            .param("id", id)
            .param("version", seenVersion)
            .update();
        if (rows == 0) {
            throw new ConflictException("partner", id);
        }
    }

    boolean delete(PracticeId practice, long id) {
        return jdbc.sql("delete from partner where practice_id = :practice and id = :id")
            .param("practice", practice.value())
            .param("id", id)
            .update() > 0;
    }

    Optional<Partner> find(PracticeId practice, long id) {
        return jdbc.sql("select " + COLUMNS + " from partner where practice_id = :practice and id = :id")
            .param("practice", practice.value())
            .param("id", id)
            .query(PartnerRepository::toPartner)
            .optional();
    }

    Optional<Partner> findByNpi(PracticeId practice, long npi) {
        return jdbc.sql("select " + COLUMNS + " from partner where practice_id = :practice and npi = :npi")
            .param("practice", practice.value())
            .param("npi", npi)
            .query(PartnerRepository::toPartner)
            .optional();
    }

    List<Partner> list(PracticeId practice) {
        return jdbc.sql("select " + COLUMNS + " from partner where practice_id = :practice order by lower(name), id")
            .param("practice", practice.value())
            .query(PartnerRepository::toPartner)
            .list();
    }

    Map<Long, Partner> byNpi(PracticeId practice, Collection<Long> npis) {
        Map<Long, Partner> out = new HashMap<>();
        if (npis.isEmpty()) {
            return out;
        }
        jdbc.sql("select " + COLUMNS + " from partner where practice_id = :practice and npi in (:npis)")
            .param("practice", practice.value())
            .param("npis", List.copyOf(npis))
            .query(PartnerRepository::toPartner)
            .list()
            .forEach(p -> out.put(p.npi(), p));
        return out;
    }

    private static Map<String, Object> params(Partner p) {
        Map<String, Object> m = new HashMap<>();
        m.put("npi", p.npi());
        m.put("name", p.name());
        m.put("codes", String.join(",", p.taxonomyCodes()));
        m.put("complaints", String.join(",", p.complaints()));
        m.put("techniques", String.join(",", p.techniques()));
        m.put("languages", String.join(",", p.languages()));
        m.put("insurance", String.join(",", p.insurance()));
        m.put("accepting", p.acceptingNew());
        m.put("bookingUrl", p.bookingUrl());
        m.put("phone", p.phone());
        m.put("email", p.email());
        m.put("addressLine", p.addressLine());
        m.put("city", p.city());
        m.put("state", p.state());
        m.put("zip", p.zip());
        m.put("latitude", p.latitude());
        m.put("longitude", p.longitude());
        m.put("notes", p.notes());
        m.put("tags", String.join(",", p.tags()));
        return m;
    }

    private static Partner toPartner(ResultSet rs, int row) throws SQLException {
        long npi = rs.getLong("npi");
        Long npiOrNull = rs.wasNull() ? null : npi;
        boolean accepting = rs.getBoolean("accepting_new");
        Boolean acceptingOrNull = rs.wasNull() ? null : accepting;
        double lat = rs.getDouble("latitude");
        Double latOrNull = rs.wasNull() ? null : lat;
        double lon = rs.getDouble("longitude");
        Double lonOrNull = rs.wasNull() ? null : lon;
        // a partner added from the national directory before names were shown in title case keeps NPPES's capitals
        return new Partner(rs.getLong("id"), rs.getInt("version"), npiOrNull, TitleCase.of(rs.getString("name")),
                PartnerForm.split(rs.getString("taxonomy_codes")), PartnerForm.split(rs.getString("complaints")),
                PartnerForm.split(rs.getString("techniques")), PartnerForm.split(rs.getString("languages")),
                PartnerForm.split(rs.getString("insurance")), acceptingOrNull, rs.getString("booking_url"),
                PhoneNumbers.readable(rs.getString("phone")), rs.getString("email"), TitleCase.of(rs.getString("address_line")),
                TitleCase.of(rs.getString("city")),
                rs.getString("state"), rs.getString("zip"), latOrNull, lonOrNull, rs.getString("notes"),
                PartnerForm.split(rs.getString("tags")));
    }
}
