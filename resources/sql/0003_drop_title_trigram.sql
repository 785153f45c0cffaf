-- The filter bar searches title OR body; a trigram index on title alone can never serve that OR
-- (PostgreSQL needs an index on both arms for a BitmapOr), so no query used it, while keeping it
-- up to date was a quarter of a bulk load's time.
DROP INDEX IF EXISTS stablecoin_issues_title_trgm;
