package dev.claimcheck.read.wiki;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maintenance templates ({@code {{citation needed}}}, {@code {{dubious}}} and their aliases):
 * the tag a reader sees, {@code [citation needed]}, counted for the reader's figures.
 */
final class MaintenanceFamily implements TemplateFamily {
  private static final Map<String, String> MARKS = marks();

  private static Map<String, String> marks() {
    Map<String, String> m = new HashMap<>();
    for (String n : List.of("citation needed", "cn", "fact", "citation-needed", "cite needed",
        "citationneeded", "needs citation", "source needed", "ref needed", "reference needed",
        "cn-span", "citation needed span", "fact span", "cns", "unreferenced inline")) {
      m.put(n, "citation needed");
    }
    for (String n : List.of("better source", "better source needed", "bettersource",
        "better citation", "better source needed inline", "unreliable source?",
        "unreliable source", "self-published inline")) {
      m.put(n, "better source needed");
    }
    for (String n : List.of("dubious", "dubious-inline", "dubious inline", "doubtful", "dubious span")) {
      m.put(n, "dubious");
    }
    for (String n : List.of("disputed inline", "disputed-inline", "disputed claim",
        "disputed-claim", "disputed span", "disputed")) {
      m.put(n, "disputed");
    }
    return Map.copyOf(m);
  }

  @Override
  public boolean has(String name) {
    return MARKS.containsKey(name);
  }

  @Override
  public void render(WikiSyntax.Template t, TemplateCall call) {
    if (!call.quiet()) {
      String mark = MARKS.get(t.name());
      call.tally().maintenance(mark);
      call.text("[" + mark + "]");
    }
  }
}
