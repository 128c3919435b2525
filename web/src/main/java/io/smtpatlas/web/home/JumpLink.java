package io.smtpatlas.web.home;

/** A link to one section of the home page: "4xx", "5xx", "Enhanced status codes". */
public record JumpLink(String label, String anchor) {}
