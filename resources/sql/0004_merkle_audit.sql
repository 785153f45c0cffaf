-- Tamper-evident Merkle log of the evidence (README "Audit trail (Merkle log)").
--
-- Every stored report and every audit_log row is one leaf, in the order merkle_leaves.idx gives.
-- The database only keeps that order: leaf hashes are never stored here, because whoever owns the
-- database could recompute them. `pegboard audit verify` recomputes every leaf from the rows and
-- compares the tree with a signed checkpoint kept outside the database.

-- The log's identity: the checkpoint origin names it, so a checkpoint of one store never verifies
-- another.
CREATE TABLE merkle_log (
    log_id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    singleton BOOLEAN NOT NULL DEFAULT TRUE UNIQUE CHECK (singleton)
);
INSERT INTO merkle_log DEFAULT VALUES;

-- One row per leaf; exactly one of issue_id / audit_id is set. idx is dense (0, 1, 2, …) because
-- it is assigned under the same transaction-level lock as the audit chain, so leaves appear in
-- commit order and a rolled-back insert leaves no gap.
CREATE TABLE merkle_leaves (
    idx BIGINT PRIMARY KEY CHECK (idx >= 0),
    issue_id UUID,
    audit_id BIGINT,
    CONSTRAINT merkle_leaves_one_record CHECK ((issue_id IS NULL) <> (audit_id IS NULL))
);

-- Canonical text of a timestamp in leaves and recorded changes: UTC, microseconds, 'Z'.
CREATE FUNCTION pegboard_ts(t TIMESTAMPTZ) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
$$;

-- A report's columns in their canonical text forms (the leaf encoding's values), used to record
-- the old and new value of every change. The verifier does not call this: it formats the raw
-- columns itself, so a redefined function only makes the recorded history disagree with the rows.
CREATE FUNCTION pegboard_issue_canonical(r stablecoin_issues) RETURNS JSONB LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'id', r.id::text, 'source', r.source, 'external_id', r.external_id,
        'issue_type', r.issue_type, 'severity_level', r.severity_level::text,
        'reported_timestamp', pegboard_ts(r.reported_timestamp),
        'resolved_timestamp', pegboard_ts(r.resolved_timestamp),
        'network_conditions', r.network_conditions::text, 'price_context', r.price_context::text,
        'protocol_state', r.protocol_state::text,
        'estimated_loss_usd', r.estimated_loss_usd::text, 'actual_loss_usd', r.actual_loss_usd::text,
        'resolution_category', r.resolution_category,
        'prevention_implemented', CASE WHEN r.prevention_implemented THEN 'true'
                                       WHEN NOT r.prevention_implemented THEN 'false' END,
        'related_tx_hashes', array_to_json(r.related_tx_hashes)::jsonb,
        'affected_contracts', array_to_json(r.affected_contracts)::jsonb,
        'reporter_address', r.reporter_address, 'title', r.title, 'body', r.body,
        'protocol', r.protocol, 'symbol', r.symbol, 'cluster_id', r.cluster_id::text,
        'acknowledged_by', r.acknowledged_by, 'acknowledged_at', pegboard_ts(r.acknowledged_at),
        'received_at', pegboard_ts(r.received_at))
$$;

CREATE FUNCTION pegboard_merkle_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER merkle_leaves_append_only BEFORE UPDATE OR DELETE ON merkle_leaves
    FOR EACH ROW EXECUTE FUNCTION pegboard_merkle_append_only();
CREATE TRIGGER merkle_leaves_no_truncate BEFORE TRUNCATE ON merkle_leaves
    FOR EACH STATEMENT EXECUTE FUNCTION pegboard_merkle_append_only();
CREATE TRIGGER merkle_log_append_only BEFORE UPDATE OR DELETE ON merkle_log
    FOR EACH ROW EXECUTE FUNCTION pegboard_merkle_append_only();

-- Statement-level, from the transition table: a 10,000-row burst costs one INSERT … SELECT here.
-- SECURITY DEFINER so that the collector role needs no privilege on merkle_leaves.
CREATE FUNCTION pegboard_merkle_append_issues() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    base BIGINT;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('pegboard_audit_log'));
    SELECT coalesce(max(idx) + 1, 0) INTO base FROM merkle_leaves;
    INSERT INTO merkle_leaves (idx, issue_id)
        SELECT base + row_number() OVER (ORDER BY id) - 1, id FROM inserted_issues;
    RETURN NULL;
END $$;

CREATE FUNCTION pegboard_merkle_append_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    base BIGINT;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('pegboard_audit_log'));
    SELECT coalesce(max(idx) + 1, 0) INTO base FROM merkle_leaves;
    INSERT INTO merkle_leaves (idx, audit_id)
        SELECT base + row_number() OVER (ORDER BY id) - 1, id FROM inserted_audit;
    RETURN NULL;
END $$;

-- What was there before this migration becomes the first leaves, in time order.
INSERT INTO merkle_leaves (idx, issue_id, audit_id)
SELECT row_number() OVER (ORDER BY t, k, issue_id, audit_id) - 1, issue_id, audit_id FROM (
    SELECT received_at AS t, 0 AS k, id AS issue_id, NULL::bigint AS audit_id FROM stablecoin_issues
    UNION ALL
    SELECT at, 1, NULL::uuid, id FROM audit_log) existing;

CREATE TRIGGER stablecoin_issues_merkle AFTER INSERT ON stablecoin_issues
    REFERENCING NEW TABLE AS inserted_issues
    FOR EACH STATEMENT EXECUTE FUNCTION pegboard_merkle_append_issues();
CREATE TRIGGER audit_log_merkle AFTER INSERT ON audit_log
    REFERENCING NEW TABLE AS inserted_audit
    FOR EACH STATEMENT EXECUTE FUNCTION pegboard_merkle_append_audit();

-- Who did it: the person (GUC pegboard.person, set per connection by Pegboard from the login or
-- the name in Settings) and the authenticated database role. Every audit row gets both, so a new
-- audited action written by any function records them without doing anything.
CREATE OR REPLACE FUNCTION pegboard_audit_chain() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('pegboard_audit_log'));
    IF jsonb_typeof(NEW.details) = 'object' THEN
        IF NOT NEW.details ? 'person' THEN
            NEW.details := NEW.details ||
                jsonb_build_object('person', nullif(current_setting('pegboard.person', true), ''));
        END IF;
        IF NOT NEW.details ? 'role' THEN
            NEW.details := NEW.details || jsonb_build_object('role', session_user::text);
        END IF;
    END IF;
    SELECT coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), repeat('0', 64))
        INTO NEW.prev_hash;
    NEW.at := clock_timestamp();
    NEW.hash := pegboard_audit_row_hash(NEW.prev_hash, NEW.at, NEW.actor, NEW.action, NEW.issue_id, NEW.details);
    RETURN NEW;
END $$;

-- Every change to a report, by whatever path, appends one audit row with the old and new value of
-- each column that changed. The audited functions name the action and the note through
-- transaction-local settings; a bare UPDATE is recorded as action 'update'.
CREATE FUNCTION pegboard_audit_issue_update() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    o JSONB := pegboard_issue_canonical(OLD);
    n JSONB := pegboard_issue_canonical(NEW);
    changes JSONB := '{}'::jsonb;
    k TEXT;
    act TEXT := nullif(current_setting('pegboard.audit_action', true), '');
    note TEXT := nullif(current_setting('pegboard.audit_note', true), '');
BEGIN
    FOR k IN SELECT jsonb_object_keys(n) LOOP
        IF (o -> k) IS DISTINCT FROM (n -> k) THEN
            changes := changes || jsonb_build_object(k, jsonb_build_object('old', o -> k, 'new', n -> k));
        END IF;
    END LOOP;
    IF changes = '{}'::jsonb AND act IS NULL THEN
        RETURN NULL;
    END IF;
    INSERT INTO audit_log (actor, action, issue_id, details)
        VALUES (session_user, coalesce(act, 'update'), NEW.id,
                jsonb_build_object('changes', changes, 'note', note));
    RETURN NULL;
END $$;

CREATE TRIGGER stablecoin_issues_audit_update AFTER UPDATE ON stablecoin_issues
    FOR EACH ROW EXECUTE FUNCTION pegboard_audit_issue_update();

CREATE FUNCTION pegboard_audited_update_begin(p_action TEXT, p_note TEXT) RETURNS VOID
LANGUAGE sql AS $$
    SELECT set_config('pegboard.audit_action', p_action, true), set_config('pegboard.audit_note', coalesce(p_note, ''), true);
$$;

CREATE FUNCTION pegboard_audited_update_end() RETURNS VOID LANGUAGE sql AS $$
    SELECT set_config('pegboard.audit_action', '', true), set_config('pegboard.audit_note', '', true);
$$;

-- The audited functions keep their signatures; their audit rows now come from the update trigger,
-- with the old and new value of every column they changed.
CREATE OR REPLACE FUNCTION pegboard_acknowledge(p_issue UUID, p_note TEXT DEFAULT NULL) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    hit BOOLEAN;
BEGIN
    PERFORM pegboard_audited_update_begin('acknowledge', p_note);
    UPDATE stablecoin_issues SET acknowledged_by = session_user, acknowledged_at = now() WHERE id = p_issue;
    hit := FOUND;
    PERFORM pegboard_audited_update_end();
    IF NOT hit THEN
        RAISE EXCEPTION 'no issue %', p_issue USING ERRCODE = 'no_data_found';
    END IF;
    PERFORM pg_notify('pegboard_issues', json_build_object('event', 'changed', 'id', p_issue)::text);
END $$;

CREATE OR REPLACE FUNCTION pegboard_resolve(p_issue UUID, p_category TEXT, p_prevention BOOLEAN DEFAULT FALSE,
                                            p_actual_loss_usd NUMERIC DEFAULT NULL, p_note TEXT DEFAULT NULL) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    hit BOOLEAN;
BEGIN
    PERFORM pegboard_audited_update_begin('resolve', p_note);
    UPDATE stablecoin_issues
       SET resolved_timestamp = coalesce(resolved_timestamp, now()),
           resolution_category = p_category,
           prevention_implemented = p_prevention,
           actual_loss_usd = coalesce(p_actual_loss_usd, actual_loss_usd)
     WHERE id = p_issue;
    hit := FOUND;
    PERFORM pegboard_audited_update_end();
    IF NOT hit THEN
        RAISE EXCEPTION 'no issue %', p_issue USING ERRCODE = 'no_data_found';
    END IF;
    PERFORM pg_notify('pegboard_issues', json_build_object('event', 'changed', 'id', p_issue)::text);
END $$;

CREATE OR REPLACE FUNCTION pegboard_set_prevention(p_issue UUID, p_implemented BOOLEAN, p_note TEXT DEFAULT NULL)
RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    hit BOOLEAN;
BEGIN
    PERFORM pegboard_audited_update_begin('set_prevention', p_note);
    UPDATE stablecoin_issues SET prevention_implemented = p_implemented WHERE id = p_issue;
    hit := FOUND;
    PERFORM pegboard_audited_update_end();
    IF NOT hit THEN
        RAISE EXCEPTION 'no issue %', p_issue USING ERRCODE = 'no_data_found';
    END IF;
    PERFORM pg_notify('pegboard_issues', json_build_object('event', 'changed', 'id', p_issue)::text);
END $$;

-- A generated compliance report is itself an audited event.
CREATE FUNCTION pegboard_record_report(p_report_id TEXT, p_details JSONB) RETURNS BIGINT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    new_id BIGINT;
BEGIN
    IF coalesce(btrim(p_report_id), '') = '' THEN
        RAISE EXCEPTION 'a report needs an id' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO audit_log (actor, action, issue_id, details)
        VALUES (session_user, 'report_generated', NULL,
                jsonb_build_object('report_id', p_report_id) || coalesce(p_details, '{}'::jsonb))
        RETURNING id INTO new_id;
    RETURN new_id;
END $$;

REVOKE ALL ON merkle_log, merkle_leaves FROM PUBLIC;
REVOKE ALL ON FUNCTION pegboard_record_report(TEXT, JSONB) FROM PUBLIC;
GRANT SELECT ON merkle_log, merkle_leaves TO pegboard_console;
GRANT EXECUTE ON FUNCTION pegboard_record_report(TEXT, JSONB) TO pegboard_console;
