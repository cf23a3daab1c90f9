package org.referout.practice;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

    private static final String COLUMNS = "practice_id, id, email, display_name, role, enabled, password_hash";

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PracticeId insertPractice(String name, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into practice (name, created_at) values (:name, :now)")
            .param("name", name)
            .param("now", now)
            .update(keys, "id");
        return new PracticeId(keys.getKey().longValue());
    }

    UserId insertUser(PracticeId practice, String email, String name, String hash, Role role, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into app_user (practice_id, email, display_name, password_hash, role, created_at)
                values (:practice, :email, :name, :hash, :role, :now)""")
            .param("practice", practice.value())
            .param("email", normalise(email))
            .param("name", name)
            .param("hash", hash)
            .param("role", role.name())
            .param("now", now)
            .update(keys, "id");
        return new UserId(keys.getKey().longValue());
    }

    /** Login names are global: e-mail identifies the practice at sign-in. */
    Optional<User> findByEmail(String email) {
        return jdbc.sql("select " + COLUMNS + " from app_user where email = :email")
            .param("email", normalise(email))
            .query(UserRepository::toUser)
            .optional();
    }

    /**
     * The user who may sign in with this address: an account made on the sign-up page counts only once its address
     * is confirmed. Absent, disabled and unconfirmed look the same to the caller.
     */
    Optional<User> findForSignIn(String email) {
        return jdbc.sql("select " + COLUMNS + " from app_user where email = :email"
                + " and (signed_up_online = false or email_verified_at is not null)")
            .param("email", normalise(email))
            .query(UserRepository::toUser)
            .optional();
    }

    void markSignedUpOnline(PracticeId practice, UserId user) {
        jdbc.sql("update app_user set signed_up_online = true where practice_id = :practice and id = :id")
            .param("practice", practice.value())
            .param("id", user.value())
            .update();
    }

    boolean emailTaken(String email) {
        return findByEmail(email).isPresent();
    }

    Optional<User> find(PracticeId practice, UserId id) {
        return jdbc.sql("select " + COLUMNS + " from app_user where practice_id = :practice and id = :id")
            .param("practice", practice.value())
            .param("id", id.value())
            .query(UserRepository::toUser)
            .optional();
    }

    List<User> list(PracticeId practice) {
        return jdbc.sql("select " + COLUMNS + " from app_user where practice_id = :practice order by display_name")
            .param("practice", practice.value())
            .query(UserRepository::toUser)
            .list();
    }

    Optional<Practice> practice(PracticeId practice) {
        return jdbc.sql("select id, name, letterhead, created_at, version from practice where id = :id")
            .param("id", practice.value())
            .query((rs, n) -> new Practice(new PracticeId(rs.getLong(1)), rs.getString(2), rs.getString(3),
                    rs.getObject(4, OffsetDateTime.class), rs.getInt(5)))
            .optional();
    }

    int updatePractice(PracticeId practice, String name, String letterhead, int version) {
        return jdbc.sql("""
                update practice set name = :name, letterhead = :letterhead, version = version + 1
                where id = :id and version = :version""")
            .param("name", name)
            .param("letterhead", letterhead)
            .param("id", practice.value())
            .param("version", version)
            .update();
    }

    static String normalise(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    private static User toUser(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new User(new PracticeId(rs.getLong("practice_id")), new UserId(rs.getLong("id")), rs.getString("email"),
                rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"),
                rs.getString("password_hash"));
    }
}
