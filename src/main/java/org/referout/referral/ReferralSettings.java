package org.referout.referral;

import org.referout.practice.PracticeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Per-practice referral settings; a practice that never saved any gets the defaults. */
@Repository
class ReferralSettings {

    static final int DEFAULT_OVERDUE_DAYS = 7;

    private final JdbcClient jdbc;

    ReferralSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int overdueDays(PracticeId practice) {
        return jdbc.sql("select overdue_days from referral_setting where practice_id = :p")
            .param("p", practice.value())
            .query(Integer.class)
            .optional()
            .orElse(DEFAULT_OVERDUE_DAYS);
    }

    void setOverdueDays(PracticeId practice, int days) {
        int rows = jdbc.sql("update referral_setting set overdue_days = :d, version = version + 1 where practice_id = :p")
            .param("d", days)
            .param("p", practice.value())
            .update();
        if (rows == 0) {
            jdbc.sql("insert into referral_setting (practice_id, overdue_days) values (:p, :d)")
                .param("p", practice.value())
                .param("d", days)
                .update();
        }
    }
}
