-- The PostgreSQL full-text search peer of bench/search.sh: the same shipped texts as the app (content/{lang}.json),
-- one row per code and locale with a weighted tsvector (title A, keywords and phrasings B, summary C, the rest D)
-- under a GIN index, and the benchmark queries. PostgreSQL ships stemmers for en, fr, de, es and pt; Vietnamese,
-- Japanese and Chinese get the 'simple' parser (no CJK segmentation: it does less work than kuromoji or smartcn).
-- Run by bench/search.sh: psql -v dir=<content dir> -v queries=<file> -f bench/search-peer.sql
\set ON_ERROR_STOP on
DROP TABLE IF EXISTS search_peer;
DROP TABLE IF EXISTS bench_query;
CREATE TABLE search_peer (code text NOT NULL, locale text NOT NULL, doc tsvector NOT NULL);
CREATE TABLE bench_query (id serial PRIMARY KEY, locale text NOT NULL, cfg regconfig, q text NOT NULL);
CREATE TEMP TABLE locale_cfg (locale text PRIMARY KEY, cfg regconfig NOT NULL);
INSERT INTO locale_cfg VALUES ('en', 'english'), ('fr', 'french'), ('de', 'german'), ('es', 'spanish'),
  ('pt', 'portuguese'), ('vi', 'simple'), ('ja', 'simple'), ('zh', 'simple');
CREATE TEMP TABLE content (locale text, body jsonb);
\set content `cat "$CONTENT_DIR/en.json"`
INSERT INTO content VALUES ('en', :'content');
\set content `cat "$CONTENT_DIR/fr.json"`
INSERT INTO content VALUES ('fr', :'content');
\set content `cat "$CONTENT_DIR/de.json"`
INSERT INTO content VALUES ('de', :'content');
\set content `cat "$CONTENT_DIR/es.json"`
INSERT INTO content VALUES ('es', :'content');
\set content `cat "$CONTENT_DIR/pt.json"`
INSERT INTO content VALUES ('pt', :'content');
\set content `cat "$CONTENT_DIR/vi.json"`
INSERT INTO content VALUES ('vi', :'content');
\set content `cat "$CONTENT_DIR/ja.json"`
INSERT INTO content VALUES ('ja', :'content');
\set content `cat "$CONTENT_DIR/zh.json"`
INSERT INTO content VALUES ('zh', :'content');
INSERT INTO search_peer (code, locale, doc)
SELECT t.key, c.locale,
       setweight(to_tsvector(l.cfg, coalesce(t.value->>'title', '')), 'A')
    || setweight(to_tsvector(l.cfg, coalesce(t.value->>'keywords', '') || ' ' || coalesce(t.value->>'phrasings', '')), 'B')
    || setweight(to_tsvector(l.cfg, coalesce(t.value->>'summary', '')), 'C')
    || setweight(to_tsvector(l.cfg, coalesce(t.value->>'description', '') || ' ' || coalesce(t.value->>'whenYouSeeIt', '')
                 || ' ' || coalesce(t.value->>'howToFix', '')), 'D')
FROM content c JOIN locale_cfg l USING (locale), jsonb_each(c.body) t;
CREATE INDEX search_peer_doc ON search_peer USING gin (doc);
CREATE INDEX search_peer_locale ON search_peer (locale);
\set queries `cat "$QUERY_FILE" | sed "s/'/''/g" | awk -F'\t' 'BEGIN{ORS=","} {print sprintf("(%c%s%c,%c%s%c)", 39, $1, 39, 39, $2, 39)}' | sed 's/,$//'`
INSERT INTO bench_query (locale, q) SELECT v.locale, v.q FROM (VALUES :queries) AS v (locale, q);
UPDATE bench_query b SET cfg = l.cfg FROM locale_cfg l WHERE l.locale = b.locale;
ANALYZE search_peer;
ANALYZE bench_query;
SELECT count(*) AS peer_rows FROM search_peer;
