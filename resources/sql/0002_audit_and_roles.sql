-- Append-only audit trail. Each row hashes its predecessor's hash with its own content, so a row
-- changed or removed behind the database's back breaks the chain at that row.
CREATE TABLE audit_log (
    id BIGSERIAL PRIMARY KEY,
    at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    issue_id UUID,
    details JSONB NOT NULL DEFAULT '{}'::jsonb,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_issue ON audit_log (issue_id, id);

CREATE FUNCTION pegboard_audit_row_hash(prev TEXT, at TIMESTAMPTZ, actor TEXT, action TEXT,
                                        issue_id UUID, details JSONB)
RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(sha256(convert_to(concat_ws('|', prev,
        to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        actor, action, coalesce(issue_id::text, ''), details::text), 'UTF8')), 'hex')
$$;

CREATE FUNCTION pegboard_audit_chain() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Serialise writers so the chain stays linear under concurrent consoles.
    PERFORM pg_advisory_xact_lock(hashtext('pegboard_audit_log'));
    SELECT coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), repeat('0', 64))
        INTO NEW.prev_hash;
    NEW.at := clock_timestamp();
    NEW.hash := pegboard_audit_row_hash(NEW.prev_hash, NEW.at, NEW.actor, NEW.action, NEW.issue_id, NEW.details);
    RETURN NEW;
END $$;

CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION pegboard_audit_chain();

CREATE FUNCTION pegboard_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION pegboard_audit_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION pegboard_audit_append_only();

-- Returns the id of the first row whose hash does not match its content and predecessor, or NULL
-- when the whole chain verifies.
CREATE FUNCTION pegboard_verify_audit_chain() RETURNS BIGINT LANGUAGE plpgsql STABLE AS $$
DECLARE
    r RECORD;
    prev TEXT := repeat('0', 64);
BEGIN
    FOR r IN SELECT * FROM audit_log ORDER BY id LOOP
        IF r.prev_hash <> prev
           OR r.hash <> pegboard_audit_row_hash(r.prev_hash, r.at, r.actor, r.action, r.issue_id, r.details) THEN
            RETURN r.id;
        END IF;
        prev := r.hash;
    END LOOP;
    RETURN NULL;
END $$;

-- Changes to a report go through these functions: the row changes and its audit row is appended in
-- one transaction, and the console role needs no UPDATE on the table. The actor is the database
-- login (session_user), not a name the caller could make up.
CREATE FUNCTION pegboard_acknowledge(p_issue UUID, p_note TEXT DEFAULT NULL) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE stablecoin_issues SET acknowledged_by = session_user, acknowledged_at = now() WHERE id = p_issue;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no issue %', p_issue USING ERRCODE = 'no_data_found';
    END IF;
    INSERT INTO audit_log (actor, action, issue_id, details)
        VALUES (session_user, 'acknowledge', p_issue, jsonb_build_object('note', p_note));
    PERFORM pg_notify('pegboard_issues', json_build_object('event', 'changed', 'id', p_issue)::text);
END $$;

CREATE FUNCTION pegboard_resolve(p_issue UUID, p_category TEXT, p_prevention BOOLEAN DEFAULT FALSE,
                                 p_actual_loss_usd NUMERIC DEFAULT NULL, p_note TEXT DEFAULT NULL) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE stablecoin_issues
       SET resolved_timestamp = coalesce(resolved_timestamp, now()),
           resolution_category = p_category,
           prevention_implemented = p_prevention,
           actual_loss_usd = coalesce(p_actual_loss_usd, actual_loss_usd)
     WHERE id = p_issue;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no issue %', p_issue USING ERRCODE = 'no_data_found';
    END IF;
    INSERT INTO audit_log (actor, action, issue_id, details)
        VALUES (session_user, 'resolve', p_issue, jsonb_build_object('category', p_category,
                'prevention_implemented', p_prevention, 'actual_loss_usd', p_actual_loss_usd, 'note', p_note));
    PERFORM pg_notify('pegboard_issues', json_build_object('event', 'changed', 'id', p_issue)::text);
END $$;

CREATE FUNCTION pegboard_set_prevention(p_issue UUID, p_implemented BOOLEAN, p_note TEXT DEFAULT NULL) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    UPDATE stablecoin_issues SET prevention_implemented = p_implemented WHERE id = p_issue;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no issue %', p_issue USING ERRCODE = 'no_data_found';
    END IF;
    INSERT INTO audit_log (actor, action, issue_id, details)
        VALUES (session_user, 'set_prevention', p_issue,
                jsonb_build_object('prevention_implemented', p_implemented, 'note', p_note));
    PERFORM pg_notify('pegboard_issues', json_build_object('event', 'changed', 'id', p_issue)::text);
END $$;

CREATE FUNCTION pegboard_annotate(p_issue UUID, p_body TEXT) RETURNS BIGINT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    new_id BIGINT;
BEGIN
    IF coalesce(btrim(p_body), '') = '' THEN
        RAISE EXCEPTION 'an annotation needs text' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO annotations (issue_id, author, body) VALUES (p_issue, session_user, p_body) RETURNING id INTO new_id;
    INSERT INTO audit_log (actor, action, issue_id, details)
        VALUES (session_user, 'annotate', p_issue, jsonb_build_object('annotation_id', new_id, 'body', p_body));
    RETURN new_id;
END $$;

-- Least privilege. Group roles only (NOLOGIN): deployments grant them to login roles.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pegboard_collector') THEN
        CREATE ROLE pegboard_collector NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pegboard_console') THEN
        CREATE ROLE pegboard_console NOLOGIN;
    END IF;
END $$;

REVOKE ALL ON stablecoin_issues, feed_samples, annotations, audit_log FROM PUBLIC;
REVOKE ALL ON FUNCTION pegboard_acknowledge(UUID, TEXT), pegboard_resolve(UUID, TEXT, BOOLEAN, NUMERIC, TEXT),
    pegboard_set_prevention(UUID, BOOLEAN, TEXT), pegboard_annotate(UUID, TEXT) FROM PUBLIC;

-- The collector appends reports and feed history; it reads only what idempotent inserts need.
GRANT SELECT, INSERT ON stablecoin_issues TO pegboard_collector;
GRANT SELECT, INSERT ON feed_samples TO pegboard_collector;

-- The console reads everything and changes reports only through the audited functions.
GRANT SELECT ON stablecoin_issues, feed_samples, annotations, audit_log, schema_migrations TO pegboard_console;
GRANT EXECUTE ON FUNCTION pegboard_acknowledge(UUID, TEXT), pegboard_resolve(UUID, TEXT, BOOLEAN, NUMERIC, TEXT),
    pegboard_set_prevention(UUID, BOOLEAN, TEXT), pegboard_annotate(UUID, TEXT),
    pegboard_verify_audit_chain() TO pegboard_console;
