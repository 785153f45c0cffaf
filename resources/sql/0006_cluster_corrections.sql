-- A commander's corrections to the root-cause clusters: merge two clusters, split one, move a
-- report. Each names the reports it is about (not cluster numbers, which change with every
-- analysis), so it survives the next analysis as a constraint: merge = these reports belong
-- together, split = these two sets never share a cluster, move = this report belongs with those
-- and not with its old cluster. Undoing marks a correction undone; nothing is deleted.
CREATE TABLE cluster_corrections (
    id BIGSERIAL PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('merge', 'split', 'move')),
    issues_a UUID[] NOT NULL, -- merge: one cluster; split: the part that stays; move: the report
    issues_b UUID[] NOT NULL, -- merge: the other cluster; split: the part split off; move: the target
    reason TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    undone_by TEXT,
    undone_at TIMESTAMP WITH TIME ZONE,
    undo_reason TEXT
);

-- Each change appends its audit row in the same transaction; the actor is the database login and
-- the person (pegboard.person, set by the console for the session) goes into the details.
CREATE FUNCTION pegboard_correct_clusters(p_kind TEXT, p_issues_a UUID[], p_issues_b UUID[], p_reason TEXT)
RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    new_id BIGINT;
BEGIN
    IF p_kind IS NULL OR p_kind NOT IN ('merge', 'split', 'move') THEN
        RAISE EXCEPTION 'kind must be merge, split or move, not %', p_kind USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF coalesce(btrim(p_reason), '') = '' THEN
        RAISE EXCEPTION 'a correction needs a reason' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF coalesce(cardinality(p_issues_a), 0) = 0 OR coalesce(cardinality(p_issues_b), 0) = 0 THEN
        RAISE EXCEPTION 'a correction needs reports on both sides' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_kind = 'move' AND cardinality(p_issues_a) <> 1 THEN
        RAISE EXCEPTION 'move takes one report' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_issues_a && p_issues_b THEN
        RAISE EXCEPTION 'a report cannot be on both sides' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO cluster_corrections (kind, issues_a, issues_b, reason, created_by)
        VALUES (p_kind, p_issues_a, p_issues_b, p_reason, session_user) RETURNING id INTO new_id;
    INSERT INTO audit_log (actor, action, issue_id, details)
        VALUES (session_user, 'cluster_' || p_kind, CASE WHEN p_kind = 'move' THEN p_issues_a[1] END,
                jsonb_build_object('correction_id', new_id, 'reason', p_reason,
                                   'issues_a', cardinality(p_issues_a), 'issues_b', cardinality(p_issues_b),
                                   'person', current_setting('pegboard.person', true)));
    RETURN new_id;
END $$;

CREATE FUNCTION pegboard_undo_cluster_correction(p_id BIGINT, p_reason TEXT) RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    undone_kind TEXT;
BEGIN
    IF coalesce(btrim(p_reason), '') = '' THEN
        RAISE EXCEPTION 'undoing a correction needs a reason' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE cluster_corrections SET undone_by = session_user, undone_at = now(), undo_reason = p_reason
     WHERE id = p_id AND undone_at IS NULL RETURNING kind INTO undone_kind;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no correction % in force', p_id USING ERRCODE = 'no_data_found';
    END IF;
    INSERT INTO audit_log (actor, action, issue_id, details)
        VALUES (session_user, 'cluster_undo', NULL,
                jsonb_build_object('correction_id', p_id, 'kind', undone_kind, 'reason', p_reason,
                                   'person', current_setting('pegboard.person', true)));
END $$;

REVOKE ALL ON cluster_corrections FROM PUBLIC;
REVOKE ALL ON FUNCTION pegboard_correct_clusters(TEXT, UUID[], UUID[], TEXT),
    pegboard_undo_cluster_correction(BIGINT, TEXT) FROM PUBLIC;
GRANT SELECT ON cluster_corrections TO pegboard_console;
GRANT EXECUTE ON FUNCTION pegboard_correct_clusters(TEXT, UUID[], UUID[], TEXT),
    pegboard_undo_cluster_correction(BIGINT, TEXT) TO pegboard_console;
