package io.smtpatlas.core.code;

/**
 * A code that travels with another: an enhanced code of a basic code or the reverse. {@code bounceLines} counts the
 * provider bounce lines of {@code pairings.tsv} that show the two together; {@code registry} says whether the IANA
 * registry lists the pair.
 */
public record Companion(SmtpCode code, int bounceLines, boolean registry) {}
