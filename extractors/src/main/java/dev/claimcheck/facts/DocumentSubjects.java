package dev.claimcheck.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the subjects one document names resolve to keys that other documents share: the
 * document's own subject (its title) for "he", "she", "it", "they" and for a description such as
 * "the centre"; an acronym to the name the text declared it for ("the China International
 * Culture Exchange Center (CICEC)"); a surname to the full name the document gave before
 * ("Obama" after "Barack Obama"; "Mr Obama"); any other name to its own key. Not thread-safe:
 * names are learnt as the document is read.
 */
public final class DocumentSubjects {
  private static final Pattern DECLARED_ACRONYM = Pattern.compile(
      "((?:\\p{Lu}[\\p{L}&'’.-]*\\s+(?:(?:of|for|and|the|de|du|des|la|le|von|van)\\s+)*){1,9}\\p{Lu}[\\p{L}&'’.-]*)"
          + "\\s+\\((\\p{Lu}[\\p{Lu}\\p{N}&.-]{1,9})\\)");
  private static final Pattern HONORIFIC = Pattern.compile("^(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady|prof)\\.?\\s+",
      Pattern.CASE_INSENSITIVE);

  /**
   * A subject resolved.
   *
   * @param key its key
   * @param match how it was reached
   */
  public record Resolved(String key, String match) {}

  private final String title;
  private final String titleKey;
  private final Map<String, String> acronyms = new HashMap<>();
  private final Map<String, String> surnames = new HashMap<>();

  /** The subjects of a document titled {@code title} (null when it has none). */
  public DocumentSubjects(String title) {
    this.title = title;
    this.titleKey = title == null ? null : SubjectKeys.of(title);
    if (title != null) {
      learnName(title);
    }
  }

  /** Learns what a sentence declares: acronyms, and full names that a surname may stand for later. */
  public void read(String sentence) {
    if (!declaresAcronym(sentence)) {
      return; // most sentences: no "(" before a capital, so no need for the pattern
    }
    Matcher m = DECLARED_ACRONYM.matcher(sentence);
    while (m.find()) {
      String full = m.group(1).replaceFirst("^(?:The|the)\\s+", "");
      String acronym = m.group(2).replace(".", "");
      if (initialsOf(full).startsWith(acronym.substring(0, 1).toLowerCase(java.util.Locale.ROOT))) {
        acronyms.put(SubjectKeys.of(acronym), SubjectKeys.of(full));
      }
    }
  }

  private static boolean declaresAcronym(String sentence) {
    for (int i = sentence.indexOf('('); i >= 0 && i + 1 < sentence.length(); i = sentence.indexOf('(', i + 1)) {
      if (Character.isUpperCase(sentence.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Learns a person's or a thing's full name, for its last word to stand for it later. */
  public void learnName(String name) {
    String key = SubjectKeys.of(name);
    int space = key.lastIndexOf(' ');
    if (space > 0) {
      surnames.putIfAbsent(key.substring(space + 1), key);
    }
  }

  /** The document's own subject, or null when it has no title. */
  public Resolved documentSubject() {
    return titleKey == null || titleKey.isEmpty() ? null : new Resolved(titleKey, "document subject");
  }

  /** Whether a word (lower case) is one of the title's. */
  public boolean titleHas(String word) {
    return titleKey != null && (" " + titleKey + " ").contains(" " + SubjectKeys.of(word) + " ");
  }

  /** The title the document's subject is named by, or null. */
  public String title() {
    return title;
  }

  /** The key a name resolves to in this document, and how. */
  public Resolved name(String name) {
    String bare = HONORIFIC.matcher(name.strip()).replaceFirst("");
    String key = SubjectKeys.of(bare);
    if (key.isEmpty()) {
      return null;
    }
    if (acronyms.containsKey(key)) {
      return new Resolved(acronyms.get(key), "alias");
    }
    if (key.indexOf(' ') < 0 && surnames.containsKey(key)) {
      return new Resolved(surnames.get(key), "surname");
    }
    return new Resolved(key, "name");
  }

  private static String initialsOf(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : List.of(name.split("\\s+"))) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        b.append(Character.toLowerCase(w.charAt(0)));
      }
    }
    return b.toString();
  }
}
