-- Search runs on the Lucene index, never on these columns: the two secondary indexes only cost the NPPES import
-- (every row updated both B-trees at random places). Primary keys (npi; npi, position) stay.
drop index if exists directory_provider_zip;
drop index if exists directory_provider_taxonomy_code;
