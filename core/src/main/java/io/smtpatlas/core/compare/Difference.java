package io.smtpatlas.core.compare;

/** Whether two codes agree on one aspect. The values themselves are read from the codes. */
public record Difference(Aspect aspect, boolean differs) {}
