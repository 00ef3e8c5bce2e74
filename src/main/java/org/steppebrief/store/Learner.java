package org.steppebrief.store;

/** An anonymous learner: known by an unguessable id in a cookie, portable by a resume code. */
public record Learner(String id, String resumeCode, long createdAt) {}
