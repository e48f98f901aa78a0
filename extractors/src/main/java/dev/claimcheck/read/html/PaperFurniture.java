package dev.claimcheck.read.html;

import java.util.regex.Pattern;

/**
 * The lines a paper prints around its text that state nothing: author lists, affiliations,
 * correspondence addresses, copyright and licence notes, submission dates, and the journal's
 * own furniture (volume and article number, "Preprint … compiled using … style file"). They
 * are told by their shape, so that a sentence that merely names a university stays prose.
 */
public final class PaperFurniture {
  private static final int MAX_CHARS = 600;
  private static final Pattern NOTICE = Pattern.compile(
      "(?i)^(?:copyright\\b|©|\\(c\\) ?(?:19|20)\\d\\d)|open access article distributed under|"
          + "creative commons attribution|all rights reserved|^(?:\\*\\s*)?(?:correspondence\\b|"
          + "corresponding author|e-?mail(?: address(?:es)?)?:)|\\barticle id \\d+|compiled using .{0,40}style file|"
          + "^(?:subjects?|keywords?|key words|index terms)\\s*:|^(?:academic|handling) editor\\s|^doi:?\\s*10\\.|"
          + "^additional information and declarations|distributed under (?:a |the )?creative commons|"
          + "^(?:received|accepted|revised|submitted|published(?: online)?)\\b:?\\s*(?:on\\s+)?"
          + "(?:\\d{1,2}\\s+\\p{L}{3,}|\\p{L}{3,}\\s+\\d{1,2}\\b|(?:19|20)\\d\\d\\b)");
  /** A journal's label for the kind of paper: "Research Article", "REVIEW Open Access", "Open Access". */
  private static final Pattern ARTICLE_KIND = Pattern.compile(
      "(?i)^(?:(?:original|research|review|short|brief|rapid|technical|invited|regular)\\s+){0,2}"
          + "(?:article|paper|communication|report|letter|review)(?:\\s+(?:open access|article))?$|^(?:review\\s+)?open access$");
  private static final Pattern INSTITUTION = Pattern.compile(
      "(?<!\\p{L})(?:Department|Dept\\.|University|Universit[éàä]|Univ\\.|Institute|Institut|College|Faculty|School of|"
          + "Laboratory|Laboratoire|Centre|Center|Hospital|Observatory|CNRS|Academy|Division of)\\b");
  private static final Pattern STATES = Pattern.compile(
      "\\b(?:is|are|was|were|has|have|had|be|been|will|can|may|shows?|showed|found|reports?|reported|"
          + "describes?|presents?|suggests?|we|our|this|these)\\b");
  /** A person's name as bylines write it: {@code Helen M. Burke}, {@code A. Sandu}, {@code Md. Khalid Hossain}. */
  private static final Pattern NAME = Pattern.compile(
      "(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}(?:(?:van|von|de|der|da|di|du|le|la|del)\\s+)?\\p{Lu}[\\p{L}'’-]+");

  /** One author with initials, alone on a byline: {@code D. H. Jakubassa-Amundsen}. */
  private static final Pattern ONE_AUTHOR = Pattern.compile(
      "(?:\\p{Lu}\\p{L}+\\s+)?(?:\\p{Lu}\\.\\s*(?:-?\\p{Lu}\\.\\s*)?){1,3}\\s*(?:\\p{Lu}\\p{L}+\\s+)?\\p{Lu}[\\p{L}'’-]+[\\d*†‡∗]*");

  /** An affiliation's mark glued to the name of the institution it stands before: "𝑎Boston", "1Department". */
  private static final Pattern AFFILIATION_MARK = Pattern.compile(
      "\\s(?:[\\x{1D400}-\\x{1D7FF}]|\\d{1,2}|[*†‡§¶])(?=\\p{Lu}\\p{Ll})");

  private PaperFurniture() {}

  /** Whether a block of a converted paper is furniture, not prose. */
  static boolean is(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.length() > MAX_CHARS) {
      return false;
    }
    if (NOTICE.matcher(t).find() || ARTICLE_KIND.matcher(t).matches()) {
      return true;
    }
    return isByline(t) || !STATES.matcher(t).find() && isAffiliation(t);
  }

  /**
   * Whether a line is a paper's byline: two or more names and their marks, no statement, with
   * perhaps the affiliations after them on the same line, each opening with its mark.
   */
  public static boolean isByline(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.length() > MAX_CHARS || STATES.matcher(t).find()) {
      return false;
    }
    if (isAuthorList(t) || ONE_AUTHOR.matcher(t).matches()) {
      return true;
    }
    java.util.regex.Matcher mark = AFFILIATION_MARK.matcher(t);
    return mark.find() && isAuthorList(t.substring(0, mark.start()))
        && INSTITUTION.matcher(t.substring(mark.start())).find();
  }

  /** An institution with its address, named at its start: commas, no statement. */
  private static boolean isAffiliation(String t) {
    java.util.regex.Matcher m = INSTITUTION.matcher(t);
    return m.find() && m.start() <= 40 && t.chars().filter(c -> c == ',').count() >= 2;
  }

  /** Two or more names, separated by commas or "and", with at most affiliation marks beside them. */
  private static boolean isAuthorList(String t) {
    // Affiliation marks glued to a name ("Lindqvist1,2", "Okafor2*") go; the commas between names stay.
    String bare = t.replaceAll("\\[(?:note )?\\d{1,3}]|[\\x{1D400}-\\x{1D7FF}]", "")
        .replaceAll("(?<=[\\p{L}.,])\\s?[\\d*†‡§¶★∗]+(?:,[\\d*†‡§¶★∗]+)*(?=[\\s,]|$)", "")
        .replaceAll(",(?:\\s*,)+", ",")
        .replaceAll("[^\\p{L}\\s.,'’&-]", " ");
    String[] names = bare.split("\\s*(?:,|\\band\\b|&)\\s*");
    int found = 0;
    for (String name : names) {
      String n = name.strip();
      if (n.isEmpty()) {
        continue;
      }
      if (!NAME.matcher(n).matches()) {
        return false;
      }
      found++;
    }
    return found >= 2;
  }
}
