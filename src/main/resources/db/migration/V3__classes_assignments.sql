-- Classes, assignments and the attempts made for them. Portable between SQLite and PostgreSQL
-- like V1: ids from the application, times in epoch milliseconds.

-- An instructor's class. join_code is 40 random bits in Crockford's base32 (K7QF2M9X, shown as
-- K7QF-2M9X); regenerating it replaces it, so the old code stops working at once.
CREATE TABLE classes (
  id          VARCHAR(64)  PRIMARY KEY,
  instructor  VARCHAR(100) NOT NULL REFERENCES instructors (name),
  name        VARCHAR(200) NOT NULL,
  join_code   VARCHAR(16)  NOT NULL UNIQUE,
  archived_at BIGINT,
  created_at  BIGINT       NOT NULL
);
CREATE INDEX classes_by_instructor ON classes (instructor, created_at);

-- A learner in a class, under the display name they gave when joining. Leaving or being removed
-- deletes the row; the learner's own record (attempts, study) is untouched.
CREATE TABLE class_members (
  class_id     VARCHAR(64)  NOT NULL REFERENCES classes (id),
  learner_id   VARCHAR(64)  NOT NULL REFERENCES learners (id),
  display_name VARCHAR(200) NOT NULL,
  joined_at    BIGINT       NOT NULL,
  PRIMARY KEY (class_id, learner_id)
);
CREATE INDEX class_members_by_learner ON class_members (learner_id);

-- A quiz given to a class: the questions are drawn once (or ticked) and stored, so every learner
-- gets the same ones; each learner's attempt has its own seed, so choices are shuffled per learner.
-- max_attempts 0 means as many as the learner likes (the best counts).
CREATE TABLE assignments (
  id           VARCHAR(64)  PRIMARY KEY,
  class_id     VARCHAR(64)  NOT NULL REFERENCES classes (id),
  title        VARCHAR(200) NOT NULL,
  mode         VARCHAR(16)  NOT NULL,
  request      TEXT         NOT NULL,
  seed         BIGINT       NOT NULL,
  question_ids TEXT         NOT NULL,
  opens_at     BIGINT       NOT NULL,
  closes_at    BIGINT       NOT NULL,
  zone         VARCHAR(64)  NOT NULL,
  max_attempts INTEGER      NOT NULL,
  created_at   BIGINT       NOT NULL
);
CREATE INDEX assignments_by_class ON assignments (class_id, opens_at);

-- Which attempts were made for an assignment: a table of its own, so the attempts table is
-- unchanged and an ordinary quiz costs nothing extra.
CREATE TABLE assignment_attempts (
  attempt_id    VARCHAR(64) PRIMARY KEY REFERENCES attempts (id),
  assignment_id VARCHAR(64) NOT NULL REFERENCES assignments (id),
  learner_id    VARCHAR(64) NOT NULL REFERENCES learners (id),
  created_at    BIGINT      NOT NULL
);
CREATE INDEX assignment_attempts_by_assignment ON assignment_attempts (assignment_id, learner_id);

-- Failed join-code lookups per client address in the current window: in the database, so that a
-- guesser spreading requests over the nodes of a cluster meets one limit.
CREATE TABLE join_failures (
  address      VARCHAR(64) PRIMARY KEY,
  window_start BIGINT      NOT NULL,
  failures     INTEGER     NOT NULL
);
