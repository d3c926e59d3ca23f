-- Flow store, version 1, PostgreSQL. ${prefix} is the host's table prefix (default tb_).
-- Times are epoch milliseconds (UTC), so H2 and PostgreSQL read them the same way.
CREATE TABLE ${prefix}lease (
    flow VARCHAR(64) NOT NULL,
    subject VARCHAR(200) NOT NULL,
    owner VARCHAR(200) NOT NULL,
    token BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    PRIMARY KEY (flow, subject)
);
CREATE TABLE ${prefix}effect (
    effect_key VARCHAR(600) PRIMARY KEY,
    flow VARCHAR(64) NOT NULL,
    subject VARCHAR(200) NOT NULL,
    state VARCHAR(8) NOT NULL,
    fingerprint VARCHAR(64) NOT NULL,
    intent TEXT NOT NULL,
    result TEXT NOT NULL,
    token BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX ${prefix}effect_subject ON ${prefix}effect (flow, subject);
CREATE TABLE ${prefix}counter (
    name VARCHAR(300) PRIMARY KEY,
    counter_value BIGINT NOT NULL
);
CREATE TABLE ${prefix}dead_letter (
    id VARCHAR(300) PRIMARY KEY,
    flow VARCHAR(64) NOT NULL,
    subject VARCHAR(200) NOT NULL,
    reason TEXT NOT NULL,
    payload TEXT NOT NULL,
    movement VARCHAR(10) NOT NULL,
    amount VARCHAR(40),
    currency CHAR(3),
    transaction_id VARCHAR(100),
    attempts INT NOT NULL,
    first_failed BIGINT NOT NULL,
    last_failed BIGINT NOT NULL,
    due_at BIGINT NOT NULL,
    status VARCHAR(10) NOT NULL,
    claimed_by VARCHAR(200),
    claimed_until BIGINT,
    resolution TEXT,
    version BIGINT NOT NULL
);
CREATE INDEX ${prefix}dead_letter_due ON ${prefix}dead_letter (status, due_at);
