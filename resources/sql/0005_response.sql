-- Automated responses: every alert firing and resolve, and every silence, as rows changed only
-- through audited functions (one audit_log row each, actor = the database login).

CREATE TABLE alert_firings (
    id BIGSERIAL PRIMARY KEY,
    incident_key TEXT NOT NULL UNIQUE,   -- rule:symbol:fired-at, one per incident
    dedup_key TEXT NOT NULL,             -- what PagerDuty groups by (stable per rule and symbol)
    rule TEXT NOT NULL,
    symbol TEXT NOT NULL DEFAULT '',
    metric TEXT NOT NULL,
    severity TEXT NOT NULL,
    fired_at TIMESTAMPTZ NOT NULL,
    fired_value DOUBLE PRECISION,
    threshold DOUBLE PRECISION,
    resolved_at TIMESTAMPTZ,
    resolved_value DOUBLE PRECISION,
    silenced BOOLEAN NOT NULL DEFAULT FALSE,
    summary TEXT NOT NULL DEFAULT '',
    acknowledged_by TEXT,
    acknowledged_at TIMESTAMPTZ
);
CREATE INDEX alert_firings_open ON alert_firings (rule, symbol) WHERE resolved_at IS NULL;
CREATE INDEX alert_firings_fired ON alert_firings (fired_at DESC);

CREATE TABLE alert_silences (
    id BIGSERIAL PRIMARY KEY,
    rule_pattern TEXT NOT NULL DEFAULT '*', -- a rule name, or * for every rule
    symbol TEXT NOT NULL DEFAULT '',        -- empty: every symbol
    starts_at TIMESTAMPTZ NOT NULL,
    ends_at TIMESTAMPTZ NOT NULL,
    reason TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (ends_at > starts_at),
    CHECK (btrim(reason) <> '')
);
CREATE INDEX alert_silences_ends ON alert_silences (ends_at);

CREATE FUNCTION pegboard_alert_fire(p_incident TEXT, p_dedup TEXT, p_rule TEXT, p_symbol TEXT, p_metric TEXT,
                                    p_severity TEXT, p_fired_at TIMESTAMPTZ, p_value DOUBLE PRECISION,
                                    p_threshold DOUBLE PRECISION, p_silenced BOOLEAN, p_summary TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    new_id BIGINT;
BEGIN
    INSERT INTO alert_firings (incident_key, dedup_key, rule, symbol, metric, severity, fired_at, fired_value,
                               threshold, silenced, summary)
        VALUES (p_incident, p_dedup, p_rule, coalesce(p_symbol, ''), p_metric, p_severity, p_fired_at, p_value,
                p_threshold, coalesce(p_silenced, FALSE), coalesce(p_summary, ''))
        ON CONFLICT (incident_key) DO NOTHING
        RETURNING id INTO new_id;
    IF new_id IS NULL THEN -- a retried call: recorded already, audited once
        SELECT id INTO new_id FROM alert_firings WHERE incident_key = p_incident;
        RETURN new_id;
    END IF;
    INSERT INTO audit_log (actor, action, issue_id, details)
        VALUES (session_user, 'alert_fire', NULL, jsonb_build_object('firing_id', new_id, 'incident', p_incident,
                'rule', p_rule, 'symbol', p_symbol, 'metric', p_metric, 'value', p_value, 'threshold', p_threshold,
                'severity', p_severity, 'silenced', p_silenced, 'summary', p_summary,
                'person', current_setting('pegboard.person', true)));
    PERFORM pg_notify('pegboard_alerts', json_build_object('event', 'fired', 'id', new_id)::text);
    RETURN new_id;
END $$;

CREATE FUNCTION pegboard_alert_resolve(p_incident TEXT, p_resolved_at TIMESTAMPTZ, p_value DOUBLE PRECISION)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    firing_id BIGINT;
BEGIN
    UPDATE alert_firings SET resolved_at = p_resolved_at, resolved_value = p_value
     WHERE incident_key = p_incident AND resolved_at IS NULL
    RETURNING id INTO firing_id;
    IF firing_id IS NULL THEN
        SELECT id INTO firing_id FROM alert_firings WHERE incident_key = p_incident;
        IF firing_id IS NULL THEN
            RAISE EXCEPTION 'no alert firing %', p_incident USING ERRCODE = 'no_data_found';
        END IF;
        RETURN firing_id; -- resolved already (a retried call)
    END IF;
    INSERT INTO audit_log (actor, action, issue_id, details)
        VALUES (session_user, 'alert_resolve', NULL, jsonb_build_object('firing_id', firing_id,
                'incident', p_incident, 'value', p_value, 'person', current_setting('pegboard.person', true)));
    PERFORM pg_notify('pegboard_alerts', json_build_object('event', 'resolved', 'id', firing_id)::text);
    RETURN firing_id;
END $$;

CREATE FUNCTION pegboard_alert_acknowledge(p_firing BIGINT, p_note TEXT DEFAULT NULL) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE alert_firings SET acknowledged_by = session_user, acknowledged_at = now() WHERE id = p_firing;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no alert firing %', p_firing USING ERRCODE = 'no_data_found';
    END IF;
    INSERT INTO audit_log (actor, action, issue_id, details)
        VALUES (session_user, 'alert_acknowledge', NULL, jsonb_build_object('firing_id', p_firing, 'note', p_note,
                'person', current_setting('pegboard.person', true)));
    PERFORM pg_notify('pegboard_alerts', json_build_object('event', 'acknowledged', 'id', p_firing)::text);
END $$;

CREATE FUNCTION pegboard_silence_create(p_rule_pattern TEXT, p_symbol TEXT, p_starts TIMESTAMPTZ,
                                        p_ends TIMESTAMPTZ, p_reason TEXT) RETURNS BIGINT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    new_id BIGINT;
BEGIN
    IF coalesce(btrim(p_reason), '') = '' THEN
        RAISE EXCEPTION 'a silence needs a reason' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_ends IS NULL OR p_starts IS NULL OR p_ends <= p_starts THEN
        RAISE EXCEPTION 'a silence must end after it starts' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO alert_silences (rule_pattern, symbol, starts_at, ends_at, reason, created_by)
        VALUES (coalesce(nullif(btrim(p_rule_pattern), ''), '*'), coalesce(p_symbol, ''), p_starts, p_ends,
                p_reason, session_user)
        RETURNING id INTO new_id;
    INSERT INTO audit_log (actor, action, issue_id, details)
        VALUES (session_user, 'silence_create', NULL, jsonb_build_object('silence_id', new_id,
                'rule', p_rule_pattern, 'symbol', p_symbol, 'starts_at', p_starts, 'ends_at', p_ends,
                'reason', p_reason, 'person', current_setting('pegboard.person', true)));
    PERFORM pg_notify('pegboard_alerts', json_build_object('event', 'silence', 'id', new_id)::text);
    RETURN new_id;
END $$;

-- Ending a silence early shortens it to now; the row stays (history, audit).
CREATE FUNCTION pegboard_silence_expire(p_silence BIGINT) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE alert_silences SET ends_at = greatest(starts_at + interval '1 microsecond', now())
     WHERE id = p_silence AND ends_at > now();
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no active silence %', p_silence USING ERRCODE = 'no_data_found';
    END IF;
    INSERT INTO audit_log (actor, action, issue_id, details)
        VALUES (session_user, 'silence_expire', NULL, jsonb_build_object('silence_id', p_silence,
                'person', current_setting('pegboard.person', true)));
    PERFORM pg_notify('pegboard_alerts', json_build_object('event', 'silence', 'id', p_silence)::text);
END $$;

REVOKE ALL ON alert_firings, alert_silences FROM PUBLIC;
REVOKE ALL ON FUNCTION pegboard_alert_fire(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TIMESTAMPTZ, DOUBLE PRECISION,
                                           DOUBLE PRECISION, BOOLEAN, TEXT),
    pegboard_alert_resolve(TEXT, TIMESTAMPTZ, DOUBLE PRECISION), pegboard_alert_acknowledge(BIGINT, TEXT),
    pegboard_silence_create(TEXT, TEXT, TIMESTAMPTZ, TIMESTAMPTZ, TEXT), pegboard_silence_expire(BIGINT)
    FROM PUBLIC;

-- The console reads firings and silences, acknowledges and silences through the functions; the
-- watcher (run as a login in pegboard_console, or as the owner) records firings the same way.
GRANT SELECT ON alert_firings, alert_silences TO pegboard_console;
GRANT EXECUTE ON FUNCTION pegboard_alert_fire(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TIMESTAMPTZ, DOUBLE PRECISION,
                                              DOUBLE PRECISION, BOOLEAN, TEXT),
    pegboard_alert_resolve(TEXT, TIMESTAMPTZ, DOUBLE PRECISION), pegboard_alert_acknowledge(BIGINT, TEXT),
    pegboard_silence_create(TEXT, TEXT, TIMESTAMPTZ, TIMESTAMPTZ, TEXT), pegboard_silence_expire(BIGINT)
    TO pegboard_console;
