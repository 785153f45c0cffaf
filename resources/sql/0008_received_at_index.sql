-- Consoles on a hot standby cannot LISTEN; they poll for reports received past a watermark every
-- second (ChangePoller), which without this index would scan the whole table each time.
CREATE INDEX stablecoin_issues_received ON stablecoin_issues (received_at);
