-- A provider's taxonomy codes move into its row: primary first, then the others in file order, each exactly
-- 10 characters, separated by one space (read back by position, so a code may contain any character).
-- Nothing queries the codes in SQL (search runs on the Lucene index), and the second table cost the NPPES import
-- one to fifteen more B-tree inserts per row (and a delete per code on every update).
alter table directory_provider add column taxonomy_codes varchar(200);
update directory_provider p set taxonomy_codes = (
    select string_agg(t.code, ' ' order by t.is_primary desc, t.position)
    from directory_provider_taxonomy t where t.npi = p.npi);
drop table directory_provider_taxonomy;
