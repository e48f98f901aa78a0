package dev.claimcheck.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A site's robots.txt as it applies to claimcheck: the group naming {@code claimcheck}, else
 * the {@code *} group; the longest matching Allow or Disallow rule wins (Allow on a tie), with
 * {@code *} wildcards and {@code $} ends. A missing or unreadable file allows everything.
 */
public final class Robots {
  /** A robots.txt that allows everything. */
  public static final Robots ALLOW_ALL = new Robots(List.of());
  private final List<Rule> rules;

  private record Rule(boolean allow, String pattern) {}

  private Robots(List<Rule> rules) {
    this.rules = rules;
  }

  /** The rules of {@code text} for the agent named {@code agent}. */
  public static Robots parse(String text, String agent) {
    if (text == null) {
      return ALLOW_ALL;
    }
    String me = agent.toLowerCase(Locale.ROOT);
    List<Rule> mine = new ArrayList<>();
    List<Rule> anyone = new ArrayList<>();
    List<String> agents = new ArrayList<>();
    boolean inRules = false;
    boolean sawMine = false;
    for (String raw : text.split("\r?\n|\r")) {
      String line = raw.replaceFirst("#.*", "").strip();
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (field.equals("user-agent")) {
        if (inRules) {
          agents.clear();
          inRules = false;
        }
        agents.add(value.toLowerCase(Locale.ROOT));
      } else if (field.equals("allow") || field.equals("disallow")) {
        inRules = true;
        if (value.isEmpty()) {
          continue; // "Disallow:" with nothing allows all
        }
        Rule rule = new Rule(field.equals("allow"), value);
        if (agents.stream().anyMatch(a -> !a.equals("*") && me.contains(a))) {
          mine.add(rule);
          sawMine = true;
        }
        if (agents.contains("*")) {
          anyone.add(rule);
        }
      }
    }
    return new Robots(sawMine ? mine : anyone);
  }

  /** Whether {@code pathAndQuery} may be fetched. */
  public boolean allows(String pathAndQuery) {
    String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
    Rule best = null;
    for (Rule r : rules) {
      if (matches(r.pattern(), path) && (best == null || r.pattern().length() > best.pattern().length()
          || r.pattern().length() == best.pattern().length() && r.allow())) {
        best = r;
      }
    }
    return best == null || best.allow();
  }

  private static boolean matches(String pattern, String path) {
    boolean anchored = pattern.endsWith("$");
    String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
    StringBuilder regex = new StringBuilder();
    for (String part : p.split("\\*", -1)) {
      if (regex.length() > 0) {
        regex.append(".*");
      }
      regex.append(java.util.regex.Pattern.quote(part));
    }
    return java.util.regex.Pattern.compile(regex + (anchored ? "$" : ".*"), java.util.regex.Pattern.DOTALL)
        .matcher(path).matches();
  }
}
