package dev.claimcheck.read.text;

import dev.claimcheck.text.Prose;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tests on the shape of a single line of plain text: heading, bullet, boilerplate, fragment.
 * Shared by every reader that meets text laid out in lines. Thread-safe.
 */
public final class LineShapes {
  private static final Pattern EDIT_SUFFIX = Pattern.compile("^(\\S.*?)\\s*(?:\\[edit]| edit)$");
  private static final Pattern BULLET =
      Pattern.compile("^\\s*[•✔✓✗✘▪■►●◦‣⁃·*–-]\\s+(\\S.*)$");
  private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d{1,3}[.)]\\s+(\\S.*)$");
  private static final Pattern BACKLINKED_ENTRY = Pattern.compile("^\\s*(?:\\d{1,4}\\.\\s*)?\\^");
  private static final Pattern NUMBERED_ENTRY = Pattern.compile("^\\s*(?:\\d{1,4}\\.|\\[\\d{1,4}])\\s+\\S");
  private static final Pattern BOILERPLATE = Pattern.compile(
      "^(?:no comments?:?|\\d+ comments?:?|post a comment|leave a (?:comment|reply)"
          + "|newer posts?|older posts?|home|subscribe to:.*|labels?:.*|posted by .*"
          + "|share this(?: post| article)?:?|share on .*|read more:?|related (?:posts|articles|stories):?"
          + "|copyright ©.*|© \\d{4}.*|all rights reserved\\.?|skip to (?:main )?content"
          + "|sign up for .*newsletter.*|advertisement|email this|print this (?:page|article)"
          + "|you may also like:?|tags?:.*|filed under:?.*)$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Words that stay lower case in a title-case heading. */
  private static final Set<String> MINOR_WORDS = Set.of(
      "a", "an", "the", "and", "or", "nor", "but", "of", "for", "to", "in", "on", "at", "by",
      "with", "as", "from", "into", "onto", "over", "under", "via", "vs", "vs.", "per", "than",
      "de", "la", "le", "von", "van", "der", "del", "du", "is", "its", "their", "our");

  private LineShapes() {}

  /** The heading of a line copied from a wiki ("See also edit" → "See also"), or null. */
  static String editHeading(String line) {
    Matcher m = EDIT_SUFFIX.matcher(line.strip());
    if (!m.matches()) {
      return null;
    }
    String core = m.group(1);
    return Prose.words(core) <= 8 && Character.isUpperCase(core.codePointAt(0)) && !Prose.endsSentence(core)
        ? core : null;
  }

  /** The text of a bulleted line without its bullet, or null. */
  static String bulletText(String line) {
    Matcher m = BULLET.matcher(line);
    return m.matches() ? m.group(1).strip() : null;
  }

  /** Whether the line starts like a numbered list item ("1. Party-to-Party …"). */
  static boolean isNumbered(String line) {
    return NUMBERED.matcher(line).matches();
  }

  /** Whether the line is a reference entry with back-links ({@code 1. ^ a b …}), wherever it stands. */
  static boolean startsBacklinkedEntry(String line) {
    return BACKLINKED_ENTRY.matcher(line).find();
  }

  /** Whether a line of a reference section starts a new entry. */
  static boolean startsReferenceEntry(String line) {
    return BACKLINKED_ENTRY.matcher(line).find() || NUMBERED_ENTRY.matcher(line).find();
  }

  /** Whether the line is site furniture ("No comments:", "Post a Comment"). */
  static boolean isBoilerplate(String line) {
    return BOILERPLATE.matcher(line.strip()).matches();
  }

  /** Whether the line ends in a colon, introducing what follows. */
  static boolean isLeadIn(String line) {
    return line.strip().endsWith(":");
  }

  /** Whether the whole line is one quotation (“…”). */
  static boolean isWholeQuotation(String line) {
    String s = line.strip();
    return s.length() > 2 && (s.startsWith("“") || s.startsWith("\"") || s.startsWith("«"))
        && (s.endsWith("”") || s.endsWith("\"") || s.endsWith("»"));
  }

  /** Whether the line starts with a lower-case letter (it continues something). */
  static boolean startsLowerCase(String line) {
    String s = line.strip();
    return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
  }

  /** A short line that does not end like a sentence: a label, a name, a list fragment. */
  static boolean isFragment(String line) {
    String s = line.strip();
    return !s.isEmpty() && !Prose.endsSentence(s) && !isLeadIn(s) && Prose.words(s) <= 16;
  }

  /** A short line in title case with no sentence end: a heading in plain text. */
  public static boolean isTitleCase(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > 100 || Prose.endsSentence(s) || s.endsWith(":") || s.endsWith(",")
        || s.endsWith(";") || !Character.isUpperCase(s.codePointAt(0))) {
      return false;
    }
    String[] tokens = s.split("\\s+");
    if (tokens.length > 12) {
      return false;
    }
    for (String token : tokens) {
      String word = token.replaceAll("^[\\p{Punct}“”‘’«»]+|[\\p{Punct}“”‘’«»]+$", "");
      if (word.isEmpty() || !word.codePoints().anyMatch(Character::isLetter)) {
        continue;
      }
      int first = word.codePointAt(0);
      if (Character.isUpperCase(first) || Character.isDigit(first)) {
        continue;
      }
      if (!MINOR_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the line could be a document title: short, and not a sentence. */
  static boolean isTitleLike(String line) {
    String s = line.strip();
    return !s.isEmpty() && s.length() <= 150 && Prose.words(s) <= 16 && !Prose.endsSentence(s) && !isLeadIn(s);
  }

}
