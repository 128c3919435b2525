package io.smtpatlas.web.code;

/** A link to another code or comparison page, labelled with the code and its title. */
public record CodeLink(String code, String title, String url) {}
