-- A win's metrics as data, in the order its metric line shows them, so packets can rank, sum and
-- annualise them; entries.metric stays the one line the person sees. Numbers are in the base unit
-- of the dimension (see rules/Metric). Rows go with their entry.
CREATE TABLE entry_metrics (
    team_id    TEXT    NOT NULL,
    entry_id   BIGINT  NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    subject    TEXT,
    before     DOUBLE PRECISION,
    after      DOUBLE PRECISION,
    delta      DOUBLE PRECISION,
    value      DOUBLE PRECISION,
    dimension  TEXT    NOT NULL,
    unit       TEXT,
    direction  TEXT    NOT NULL,
    period     TEXT,
    bound      TEXT,
    PRIMARY KEY (entry_id, position)
);

-- What a person corrected in what the win rules read, so the rules read their next win their way:
-- a re-filed competency (words: the win's words), a fixed metric line, and the subject renamed by
-- that fix (words: the subject the rules read). A correction goes with the win it was made on:
-- "removed, nothing of it is kept" must hold for the words it keeps too.
CREATE TABLE rule_corrections (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    team_id     TEXT    NOT NULL,
    user_id     TEXT    NOT NULL,
    entry_id    BIGINT  NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL CHECK (kind IN ('competency', 'metric', 'subject')),
    words       TEXT    NOT NULL,
    from_value  TEXT,
    to_value    TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL
);
CREATE INDEX rule_corrections_by_person ON rule_corrections (team_id, user_id, id);
CREATE INDEX rule_corrections_by_entry ON rule_corrections (entry_id);
