package io.smtpatlas.web.home;

import io.smtpatlas.web.code.CodeLink;
import java.util.List;

/** One class of codes on the home page: its anchor, heading, what it means, and its codes. */
public record ClassGroup(String anchor, String heading, String explanation, List<CodeLink> codes) {}
