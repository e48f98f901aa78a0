package dev.claimcheck.refs;

import dev.claimcheck.model.Author;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a reference's author list into authors, whatever the style writes: inverted names
 * separated by semicolons (CS1: {@code Codarin, Livia; Harth, Laura}), inverted names with
 * initials (APA, Harvard: {@code Hale, S., & Ward, L.}), the first name inverted and the rest
 * not (MLA, Chicago: {@code Penrose, Ada, and Samuel Hale}), names in reading order (IEEE,
 * notes: {@code R. L. Campbell, R. Banner, and M. D. Naylor}), surname and initials
 * (Vancouver: {@code Loprinzi PD, Smit E}), surname and dotted initials (astronomy and physics
 * journals: {@code Jones A. P., Tielens A. G. G. M.}), and organizations. Thread-safe.
 */
public final class AuthorNames {
  private static final Pattern ET_AL = Pattern.compile(
      "(?:[,;]|(?<!\\s))\\s*(?:et\\s+al(?:ii|\\.)?|and others|u\\.\\s?a\\.|et coll\\.|и др\\.)\\s*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern EDITORS = Pattern.compile(
      "(?<!\\s)\\s*(?:\\((?:eds?|Eds?|Hrsg|hrsg|éds?|coord|comp)\\.?\\)|,\\s*(?:eds?|Eds?|editors?)\\.?$)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern AND = Pattern.compile(
      "(?<!\\s)\\s*+,?\\s*+(?:&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b)\\s+");
  private static final String INITIAL = "\\p{Lu}(?:\\.|\\p{L}?\\.)(?:\\s?-?\\p{Lu}\\.){0,12}";
  private static final Pattern INITIALS = Pattern.compile(
      "^(?:\\p{Lu}\\.(?:\\s?-?\\p{Lu}\\.){0,12}|\\p{Lu}{1,3}|\\p{Lu}\\p{Ll}{0,2}\\.(?:\\s?\\p{Lu}\\.){0,12})$");
  private static final Pattern VANCOUVER = Pattern.compile(
      "^((?:\\p{Ll}{1,3}\\s){0,2}\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)?)\\s(\\p{Lu}{1,3})$");
  /** Family name and dotted initials, as astronomy and physics journals write it: {@code Tielens A. G. G. M.}. */
  private static final Pattern FAMILY_INITIALS = Pattern.compile(
      "^((?:\\p{Ll}{1,3}\\s){0,2}(?:\\p{Ll}{1,4}['’])?\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)?)\\s"
          + "(\\p{Lu}\\.(?:\\s?-?\\p{Lu}\\.){0,5})$");
  private static final Pattern WORD = Pattern.compile("^(?:\\p{Ll}{0,4}\\p{Lu}[\\p{L}'’.-]*|" + INITIAL + ")$");
  /** A family name's word: capitalized, or with a lower-case prefix ({@code vonHoldt}, {@code d'Alembert}). */
  private static final Pattern SURNAME_WORD = Pattern.compile("(?:\\p{Ll}{1,4}['’]?)?\\p{Lu}[\\p{L}'’-]*");
  private static final Set<String> PARTICLES = Set.of("de", "da", "di", "du", "del", "della",
      "der", "den", "van", "von", "le", "la", "dos", "das", "do", "bin", "ibn", "al", "el",
      "ten", "ter", "zu", "y", "af", "av");
  private static final Set<String> SUFFIXES = Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");

  private AuthorNames() {}

  /**
   * The authors of a list.
   *
   * @param authors the authors, in order
   * @param etAl whether the list ends in "et al."
   */
  public record Parsed(List<Author> authors, boolean etAl) {}

  /** The authors written in {@code block}, or null when it does not read as a list of names. */
  public static Parsed parse(String block) {
    String s = trimEnd(block);
    boolean etAl = false;
    Matcher et = ET_AL.matcher(s);
    if (et.find()) {
      etAl = true;
      s = s.substring(0, et.start()).strip();
    }
    s = trimEnd(EDITORS.matcher(s).replaceAll(""));
    if (s.isEmpty() && etAl) {
      return new Parsed(List.of(), true);
    }
    if (s.isEmpty() || s.length() > 3000 || s.chars().anyMatch(c -> Character.isDigit(c) || "\"“”«»?!()[]".indexOf(c) >= 0)
        || Segments.of(s).size() > 1) {
      return null;
    }
    if (Organizations.isOrganization(s) && !s.contains(";")) {
      // A body's name is short and has no subtitle; more than that is not an author list.
      return s.contains(":") || s.split("\\s+").length > 10 ? null
          : new Parsed(List.of(Author.organization(s)), etAl);
    }
    List<Author> out = new ArrayList<>();
    if (s.contains(";")) {
      for (String part : s.split("\\s*;\\s*")) {
        String p = AND.matcher(part).replaceFirst(" ").strip();
        Author a = inverted(p);
        if (a == null) {
          a = single(p);
        }
        if (a == null) {
          return null;
        }
        out.add(a);
      }
      return new Parsed(out, etAl);
    }
    List<String> parts = new ArrayList<>();
    List<Boolean> andBefore = new ArrayList<>();
    Matcher and = AND.matcher(s);
    int from = 0;
    boolean nextAnd = false;
    while (true) {
      boolean found = and.find();
      int to = found ? and.start() : s.length();
      boolean first = true;
      for (String piece : s.substring(from, to).split("\\s*,\\s*")) {
        if (!piece.isBlank()) {
          parts.add(piece.strip());
          andBefore.add(first && nextAnd);
        }
        first = false;
      }
      if (!found) {
        break;
      }
      from = and.end();
      nextAnd = true;
    }
    boolean lastInverted = false;
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      if (i + 1 < parts.size() && SUFFIXES.contains(parts.get(i + 1))) {
        parts.set(i + 1, part);
        continue;
      }
      // "Family, Given" pairs: the first name of a list, a name before initials, or, after an
      // inverted name, a one-word family name; otherwise "Owen Marsh" is a name in reading order.
      boolean pairable = i + 1 < parts.size() && !andBefore.get(i + 1);
      boolean inverted = i == 0 || INITIALS.matcher(parts.get(i + 1 < parts.size() ? i + 1 : i)).matches()
          || (lastInverted && !part.contains(" "));
      if (pairable && inverted && isSurname(part) && isGiven(parts.get(i + 1))) {
        out.add(Author.person(part, parts.get(i + 1)));
        lastInverted = true;
        i++;
        continue;
      }
      lastInverted = false;
      Author a = single(part);
      if (a == null) {
        return null;
      }
      out.add(a);
    }
    return out.isEmpty() ? null : new Parsed(out, etAl);
  }

  /** Trailing punctuation off a list, the full stop of a final initial kept. */
  private static String trimEnd(String s) {
    String t = s.strip();
    int end = t.length();
    while (end > 0 && ",:;".indexOf(t.charAt(end - 1)) >= 0) {
      end--;
    }
    t = t.substring(0, end).strip();
    int n = t.length();
    boolean finalInitial = n >= 2 && t.charAt(n - 1) == '.' && Character.isUpperCase(t.charAt(n - 2))
        && (n == 2 || " .-".indexOf(t.charAt(n - 3)) >= 0);
    if (finalInitial) {
      return t;
    }
    while (n > 0 && t.charAt(n - 1) == '.') {
      n--;
    }
    return t.substring(0, n).strip();
  }

  /** {@code Family, Given} as one string. */
  private static Author inverted(String part) {
    int comma = part.indexOf(',');
    if (comma < 0) {
      return null;
    }
    String family = part.substring(0, comma).strip();
    String given = part.substring(comma + 1).strip();
    return isSurname(family) && (given.isEmpty() || isGiven(given)) ? Author.person(family, given) : null;
  }

  /** A name without a comma: {@code Given Family}, {@code Family GI}, or one word. */
  private static Author single(String part) {
    if (Organizations.isOrganization(part) || newsName(part)) {
      return Author.organization(part);
    }
    int space = part.lastIndexOf(' ');
    if (space > 0 && SUFFIXES.contains(part.substring(space + 1))) {
      // "Anderson FA Jr": the suffix goes with the given names.
      Author named = single(part.substring(0, space).strip());
      if (named != null && !named.organization()) {
        return Author.person(named.family(), (named.given() == null ? "" : named.given() + " ") + part.substring(space + 1));
      }
    }
    Matcher v = VANCOUVER.matcher(part);
    if (v.matches()) {
      return Author.person(v.group(1), v.group(2));
    }
    Matcher fi = FAMILY_INITIALS.matcher(part);
    if (fi.matches()) {
      return Author.person(fi.group(1), fi.group(2));
    }
    String[] words = part.split("\\s+");
    if (words.length > 5) {
      return null;
    }
    for (String w : words) {
      if (!WORD.matcher(w).matches() && !PARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
        return null;
      }
    }
    int last = words.length - 1;
    if (INITIALS.matcher(words[last]).matches() && words.length > 1) {
      return null;
    }
    int familyStart = last;
    while (familyStart > 0 && PARTICLES.contains(words[familyStart - 1])) {
      familyStart--;
    }
    String family = String.join(" ", java.util.Arrays.copyOfRange(words, familyStart, words.length));
    String given = String.join(" ", java.util.Arrays.copyOfRange(words, 0, familyStart));
    return Author.person(family, given);
  }

  /** A news outlet's name standing as author: "Northern Times", but not "Sun Wei". */
  private static boolean newsName(String part) {
    int space = part.indexOf(' ');
    return space > 0 && Organizations.isNews(part.substring(space + 1));
  }

  /** A family name: one capitalized word, with particles before it or a hyphen inside. */
  private static boolean isSurname(String part) {
    String[] words = part.split("\\s+");
    if (words.length > 4) {
      return false;
    }
    int capitalized = 0;
    for (String w : words) {
      if (PARTICLES.contains(w.toLowerCase(Locale.ROOT)) && !w.equals(words[words.length - 1])) {
        continue;
      }
      if (!SURNAME_WORD.matcher(w).matches() || INITIALS.matcher(w).matches() && w.length() <= 3) {
        return false;
      }
      capitalized++;
    }
    return capitalized == 1;
  }

  /** Given names or initials: up to four capitalized words or initials. */
  private static boolean isGiven(String part) {
    String[] words = part.split("\\s+");
    if (words.length > 4) {
      return false;
    }
    for (String w : words) {
      if (!WORD.matcher(w).matches() && !INITIALS.matcher(w).matches()) {
        return false;
      }
    }
    return true;
  }

  /** The initials of {@code given}, for comparing names: {@code "Ada L."} → {@code "AL"}. */
  public static String initials(String given) {
    if (given == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String w : given.split("[\\s.-]+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (w.length() <= 3 && w.equals(w.toUpperCase(Locale.ROOT))) {
        out.append(w);
      } else {
        out.append(w.charAt(0));
      }
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }
}
