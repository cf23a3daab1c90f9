package org.referout.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.referout.practice.PracticeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class RecipientRepository {

    static final String COLUMNS = "id, name, organization, provider_type, taxonomy_code, npi, email, phone, address, "
            + "partner_id, created_at";

    private final JdbcClient jdbc;

    RecipientRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    RecipientId insert(PracticeId practice, RecipientDetails details, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into referral_recipient (practice_id, name, organization, provider_type, taxonomy_code, npi,
                       email, phone, address, partner_id, created_at)
                values (:p, :name, :organization, :type, :taxonomy, :npi, :email, :phone, :address, :partner, :now)""")
            .param("p", practice.value())
            .param("name", details.name())
            .param("organization", details.organization())
            .param("type", details.providerType())
            .param("taxonomy", details.taxonomyCode())
            .param("npi", details.npi())
            .param("email", details.email())
            .param("phone", details.phone())
            .param("address", details.address())
            .param("partner", details.partnerId())
            .param("now", now)
            .update(keys, "id");
        return new RecipientId(keys.getKey().longValue());
    }

    int setInbox(PracticeId practice, RecipientId id, boolean deliver) {
        return jdbc.sql("update referral_recipient set referout_inbox = :deliver where practice_id = :p and id = :id")
            .param("deliver", deliver)
            .param("p", practice.value())
            .param("id", id.value())
            .update();
    }

    Optional<Recipient> find(PracticeId practice, RecipientId id) {
        return jdbc.sql("select " + COLUMNS + " from referral_recipient where practice_id = :p and id = :id")
            .param("p", practice.value())
            .param("id", id.value())
            .query((rs, n) -> recipient(rs))
            .optional();
    }

    Optional<Recipient> findByNpi(PracticeId practice, long npi) {
        return jdbc.sql("select " + COLUMNS + " from referral_recipient where practice_id = :p and npi = :npi "
                + "order by id")
            .param("p", practice.value())
            .param("npi", npi)
            .query((rs, n) -> recipient(rs))
            .list()
            .stream()
            .findFirst();
    }

    /** The practice's recipients, those referred to most often first ("who I trust" before strangers). */
    List<Recipient> list(PracticeId practice) {
        return jdbc.sql("select r." + COLUMNS.replace(", ", ", r.") + """
                 from referral_recipient r
                left join referral_addressee a on a.practice_id = r.practice_id and a.recipient_id = r.id
                where r.practice_id = :p
                group by r.id, r.name, r.organization, r.provider_type, r.taxonomy_code, r.npi, r.email, r.phone,
                         r.address, r.partner_id, r.created_at
                order by count(a.referral_id) desc, r.name""")
            .param("p", practice.value())
            .query((rs, n) -> recipient(rs))
            .list();
    }

    static Recipient recipient(ResultSet rs) throws SQLException {
        long npi = rs.getLong("npi");
        Long npiOrNull = rs.wasNull() ? null : npi;
        long partner = rs.getLong("partner_id");
        Long partnerOrNull = rs.wasNull() ? null : partner;
        return new Recipient(new RecipientId(rs.getLong("id")), rs.getString("name"), rs.getString("organization"),
                rs.getString("provider_type"), rs.getString("taxonomy_code"), npiOrNull, rs.getString("email"),
                rs.getString("phone"), rs.getString("address"), partnerOrNull,
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
