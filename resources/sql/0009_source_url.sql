-- Where a report came from, to open the original (a GitHub issue's html_url, a Slack message's
-- permalink, a Datadog event, a Discord message link). Nullable: older reports, and sources that
-- have no page, have none. The collector stores only absolute http(s) URLs of at most 2,048
-- characters (SourceLink); the console links nothing else, whoever wrote the row.
ALTER TABLE stablecoin_issues ADD COLUMN source_url TEXT;
