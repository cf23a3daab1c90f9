-- Issue 15 item 3: home is a worklist, one card per episode. An alert is superseded by a later alert of the same
-- episode (for a later visit): it is no longer waiting for a decision and never comes back. Existing data: every
-- undecided alert with a later alert on its episode (decided or not) is marked superseded by the latest of them.
alter table progress_alert add column superseded_by bigint;
update progress_alert set superseded_by = (
    select max(n.id) from progress_alert n
    where n.practice_id = progress_alert.practice_id and n.episode_id = progress_alert.episode_id
        and n.visit_number > progress_alert.visit_number)
where decided_at is null and exists (
    select 1 from progress_alert n
    where n.practice_id = progress_alert.practice_id and n.episode_id = progress_alert.episode_id
        and n.visit_number > progress_alert.visit_number);
alter table progress_alert add constraint progress_alert_superseded
    foreign key (practice_id, superseded_by) references progress_alert (practice_id, id);
