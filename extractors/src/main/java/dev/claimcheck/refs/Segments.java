package dev.claimcheck.refs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a reference entry into its fields at the full stops that end one: outside quotation
 * marks and brackets, not after an abbreviation ({@code pp.}, {@code Vol.}), an initial
 * ({@code A.}, {@code J.-L.}), an ordinal day before a month ({@code 15. Juli}) or a word a
 * journal title abbreviates ({@code Vet. J.}). Thread-safe.
 */
public final class Segments {
  /** Marks a place where a note was cut out of an entry: a field boundary no split may cross. */
  public static final char CUT = '\u0001';
  private static final Pattern INITIAL_TOKEN =
      Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})+|\\p{Lu}\\p{Ll}?\\.?-\\p{Lu}");
  private static final Set<String> NO_SPLIT_AFTER = Set.of(
      "p", "pp", "vol", "no", "ed", "eds", "jr", "sr", "st", "co", "dr", "mr", "mrs", "ms", "prof",
      "wm", "chas", "geo", "thos", "jas", "trans", "rev", "repr", "comp", "n.d", "u.s", "u.k",
      "nr", "bd", "hrsg", "aufl", "s", "et", "vs", "ca", "c", "op", "cit", "fig", "ch", "chap",
      "suppl", "univ", "dept", "assoc", "natl", "int", "j", "jan", "feb", "mar", "apr", "jun",
      "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "gen", "gov", "Vet. J.",
      "Nat. Rev. Genet.");
  /**
   * Words journal titles are abbreviated to (NLM, ISO 4): no field ends after them when a
   * word follows ("Vet. J.", "Nat. Rev. Genet."), but one may before a number ("Sci. 2010;").
   */
  private static final Set<String> JOURNAL_ABBREVIATIONS = Set.of(
      "sci", "res", "med", "vet", "nat", "genet", "biol", "chem", "phys", "anim", "reprod", "clin",
      "am", "proc", "acad", "soc", "ann", "bull", "lett", "eur", "br", "can", "psychol",
      "neurosci", "ecol", "evol", "zool", "mol", "appl", "environ", "epidemiol", "infect", "dis",
      "immunol", "pharmacol", "physiol", "nutr", "behav", "bot", "geol", "geophys", "astron",
      "astrophys", "math", "stat", "comput", "eng", "technol", "sociol", "econ", "hist", "philos",
      "stud", "pediatr", "surg", "dent", "nurs", "intern", "pathol", "microbiol", "biochem",
      "toxicol", "oncol", "cardiol", "neurol", "endocrinol", "gastroenterol", "ophthalmol",
      "radiol", "agric", "wildl", "conserv", "tierarztl", "wochenschr", "munch", "berl", "dtsch",
      "schweiz", "arch", "geriatr", "psychiatr", "audiol", "hypn", "exp", "disord",
      "electroencephalogr", "neurophysiol", "invest", "psychophysiol", "topogr", "adv");

  private Segments() {}

  /**
   * Splits an entry at full stops that end a field: outside quotation marks, not after an
   * abbreviation ({@code pp.}) or an initial, and after a closing quote that follows a stop.
   */
  public static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    boolean quoted = false;
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '[') {
        depth++;
      } else if ((c == ')' || c == ']') && depth > 0) {
        depth--;
      } else if (c == '“' || c == '«' || (c == '"' && !quoted)) {
        quoted = true;
      } else if (c == '”' || c == '»' || (c == '"' && quoted)) {
        quoted = false;
        if (i > 0 && ".?!".indexOf(text.charAt(i - 1)) >= 0 && nextIsSpace(text, i)) {
          out.add(text.substring(start, i + 1));
          start = i + 1;
        }
      } else if (c == CUT && !quoted) {
        out.add(text.substring(start, i));
        start = i + 1;
      } else if (c == '.' && !quoted && depth == 0 && nextIsSpaceOrEnd(text, i)
          && !abbreviationBefore(text, i)) {
        out.add(text.substring(start, i));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    List<String> kept = new ArrayList<>(out.size());
    for (String s : out) {
      String t = s.strip();
      for (int i = 0; i < t.length(); i++) {
        if (Character.isLetterOrDigit(t.charAt(i))) {
          kept.add(t);
          break;
        }
      }
    }
    out = kept;
    return out;
  }

  private static boolean nextIsSpace(String text, int i) {
    return i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1));
  }

  private static boolean nextIsSpaceOrEnd(String text, int i) {
    return i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)) || text.charAt(i + 1) == CUT;
  }

  private static boolean abbreviationBefore(String text, int dot) {
    int s = dot;
    while (s > 0 && !Character.isWhitespace(text.charAt(s - 1)) && text.charAt(s - 1) != '('
        && text.charAt(s - 1) != CUT) {
      s--;
    }
    String token = text.substring(s, dot);
    if (token.length() <= 2 && !token.isEmpty() && Character.isDigit(token.charAt(0)) && monthFollows(text, dot + 2)) {
      return true;
    }
    String lower = token.toLowerCase(Locale.ROOT);
    if (JOURNAL_ABBREVIATIONS.contains(lower) && dot + 2 < text.length()
        && Character.isLetter(text.charAt(dot + 2))) {
      return true;
    }
    if (NO_SPLIT_AFTER.contains(lower) && !(lower.equals("no") && dot + 2 < text.length()
        && Character.isUpperCase(text.charAt(dot + 2)) && !token.equals("No"))) {
      return true;
    }
    // An initial ("A."), or initials run together ("A.B.", "J.-L."), not a word or a number.
    if (token.isEmpty() || !Character.isUpperCase(token.charAt(0))) {
      return false;
    }
    if (token.length() == 1) {
      return true;
    }
    return INITIAL_TOKEN.matcher(token).matches();
  }

  /** Whether a month's name starts at {@code at} ("15. Juli 2021"). */
  private static boolean monthFollows(String text, int at) {
    int end = at;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return end - at >= 3 && ReferenceDates.isMonth(text.substring(at, end));
  }
}
