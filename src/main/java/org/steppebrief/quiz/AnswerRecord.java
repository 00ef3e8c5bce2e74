package org.steppebrief.quiz;

/** One stored answer: which position of an attempt, what was answered, and its score. */
public record AnswerRecord(
    String attemptId,
    int position,
    String questionId,
    String response,
    double score,
    long answeredAt) {}
