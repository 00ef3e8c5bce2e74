package org.steppebrief.classes;

/** A learner in a class under the name they gave. */
public record Member(String classId, String learnerId, String name, long joinedAt) {}
