package io.smtpatlas.core.code;

/** What to do about a code: the next step of the client and the family of fixes, each with its source. */
public record Advice(NextStep nextStep, String nextStepSource, FixFamily family, String familySource) {}
