package org.referout.referral;

import java.time.OffsetDateTime;
import java.util.List;

import org.referout.practice.PracticeId;
import org.referout.practice.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The referral's timeline: every step with who and when. A step taken by someone outside the practice (the
 * recipient, the client, ReferOut itself) is also a notice for the sender until they read it: their inbox.
 */
@Repository
class Timeline {

    private final JdbcClient jdbc;

    Timeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(PracticeId practice, ReferralId referral, OffsetDateTime at, String actor, String actorKind, String kind,
            String detail, UserId noticeFor) {
        jdbc.sql("""
                insert into referral_event (practice_id, referral_id, at, actor, actor_kind, kind, detail, notice_for)
                values (:p, :r, :at, :actor, :actorKind, :kind, :detail, :notice)""")
            .param("p", practice.value())
            .param("r", referral.value())
            .param("at", at)
            .param("actor", actor.length() > 200 ? actor.substring(0, 200) : actor)
            .param("actorKind", actorKind)
            .param("kind", kind)
            .param("detail", detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000))
            .param("notice", noticeFor == null ? null : noticeFor.value())
            .update();
    }

    List<TimelineEntry> of(PracticeId practice, ReferralId referral) {
        return jdbc.sql("select id, referral_id, at, actor, actor_kind, kind, detail from referral_event "
                + "where practice_id = :p and referral_id = :r order by at, id")
            .param("p", practice.value())
            .param("r", referral.value())
            .query((rs, n) -> new TimelineEntry(rs.getLong("id"), new ReferralId(rs.getLong("referral_id")),
                    rs.getObject("at", OffsetDateTime.class), rs.getString("actor"), rs.getString("actor_kind"),
                    rs.getString("kind"), rs.getString("detail")))
            .list();
    }

    List<TimelineEntry> unread(PracticeId practice, UserId user) {
        return jdbc.sql("select id, referral_id, at, actor, actor_kind, kind, detail from referral_event "
                + "where practice_id = :p and notice_for = :u and read_at is null order by at desc, id desc")
            .param("p", practice.value())
            .param("u", user.value())
            .query((rs, n) -> new TimelineEntry(rs.getLong("id"), new ReferralId(rs.getLong("referral_id")),
                    rs.getObject("at", OffsetDateTime.class), rs.getString("actor"), rs.getString("actor_kind"),
                    rs.getString("kind"), rs.getString("detail")))
            .list();
    }

    void markRead(PracticeId practice, UserId user, OffsetDateTime now) {
        jdbc.sql("update referral_event set read_at = :now where practice_id = :p and notice_for = :u "
                + "and read_at is null")
            .param("now", now)
            .param("p", practice.value())
            .param("u", user.value())
            .update();
    }

    boolean has(PracticeId practice, ReferralId referral, String kind) {
        return jdbc.sql("select count(*) from referral_event where practice_id = :p and referral_id = :r "
                + "and kind = :kind")
            .param("p", practice.value())
            .param("r", referral.value())
            .param("kind", kind)
            .query(Long.class)
            .single() > 0;
    }
}
