-- Self-study with spaced repetition (FSRS-5). Portable between SQLite and PostgreSQL like V1:
-- ids from the application, times in epoch milliseconds.

-- The topics a learner has chosen to study: new cards come from these.
CREATE TABLE study_topics (
  learner_id VARCHAR(64)  NOT NULL REFERENCES learners (id),
  topic_id   VARCHAR(200) NOT NULL,
  chosen_at  BIGINT       NOT NULL,
  PRIMARY KEY (learner_id, topic_id)
);

-- A learner's state of each card they have started. version grows by one with every write; a
-- review names the version it was shown with and is applied only by
-- UPDATE ... WHERE version = :shown, so two tabs rating one card count it once.
CREATE TABLE study_cards (
  learner_id     VARCHAR(64)      NOT NULL REFERENCES learners (id),
  card_id        VARCHAR(250)     NOT NULL,
  topic_id       VARCHAR(200)     NOT NULL,
  phase          VARCHAR(16)      NOT NULL,
  step           INTEGER          NOT NULL,
  stability      DOUBLE PRECISION NOT NULL,
  difficulty     DOUBLE PRECISION NOT NULL,
  due_at         BIGINT           NOT NULL,
  last_review_at BIGINT           NOT NULL,
  reps           INTEGER          NOT NULL,
  lapses         INTEGER          NOT NULL,
  version        INTEGER          NOT NULL,
  PRIMARY KEY (learner_id, card_id)
);
CREATE INDEX study_cards_by_due ON study_cards (learner_id, due_at);

-- Every counted review. The key (learner, card, version rated) is a second guard: one review per
-- state a card was in.
CREATE TABLE study_reviews (
  learner_id     VARCHAR(64)      NOT NULL REFERENCES learners (id),
  card_id        VARCHAR(250)     NOT NULL,
  version        INTEGER          NOT NULL,
  topic_id       VARCHAR(200)     NOT NULL,
  rating         INTEGER          NOT NULL,
  reviewed_at    BIGINT           NOT NULL,
  phase_before   VARCHAR(16)      NOT NULL,
  elapsed_days   INTEGER          NOT NULL,
  retrievability DOUBLE PRECISION,
  stability      DOUBLE PRECISION NOT NULL,
  difficulty     DOUBLE PRECISION NOT NULL,
  due_at         BIGINT           NOT NULL,
  PRIMARY KEY (learner_id, card_id, version)
);
CREATE INDEX study_reviews_by_time ON study_reviews (learner_id, reviewed_at);
