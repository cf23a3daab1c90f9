-- The frozen episode summary of a referral grows with the episode (150 visits with long notes, quotes doubled by
-- JSON escaping passed 20,000 characters and the referral failed with 500). Every note it holds is already
-- bounded where it is typed, so the summary itself needs no limit of its own.
alter table referral alter column summary set data type text;
