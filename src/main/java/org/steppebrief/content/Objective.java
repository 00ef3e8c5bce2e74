package org.steppebrief.content;

/** What a learner can do after a topic; questions name the objective they check. */
public record Objective(String id, String text) {}
