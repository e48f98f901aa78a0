package dev.claimcheck.refs.parse;

import dev.claimcheck.refs.AuthorNames;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The journal, volume, year and page that close a physics-style entry, written without
 * separating punctuation: {@code Commun. Math. Phys. 329 (2014) 579} (Elsevier, AIP) and
 * {@code Phys. Rev. Lett. 112, 041601 (2014)} (APS). The journal's abbreviation points would
 * otherwise cut it into parts, and its year in parentheses would read as an author–date head.
 * BioMed Central's {@code Am J Surg 1989, 158:515-9} is rewritten in the Vancouver form the
 * details know, {@code Am J Surg. 1989;158:515-9}.
 */
final class JournalTail extends ParseUnit {
  /** A journal's name or abbreviation, between the entry's last comma and its volume. */
  private static final Pattern JOURNAL = Pattern.compile("\\p{Lu}[\\p{L}.&'’ -]{0,80}\\p{L}\\.?");
  private static final String YEAR = "\\(((?:1[6-9]|20)\\d{2})\\)";
  private static final String PAGE = "(\\p{Lu}?\\d{1,7}(?:\\s*[–-]\\s*\\p{Lu}?\\d{1,7})?)";
  /**
   * What may follow: an e-print number or class in brackets ({@code [1302.0804]}, {@code [hep-ph]}),
   * and where an identifier was taken out of the entry, its cut.
   */
  private static final String END = "(?:[\\s,;" + Skeleton.CUT + "]*\\[[\\w./:-]{1,40}]){0,3}[\\s.,;" + Skeleton.CUT + "]*$";
  /** {@code Journal 329 (2014) 579}. */
  private static final Pattern VOLUME_YEAR_PAGE = Pattern.compile(
      "\\s(\\p{Lu}?\\d{1,5})\\s+" + YEAR + "\\s+" + PAGE + END);
  /** {@code Journal 112, 041601 (2014)}. */
  private static final Pattern VOLUME_PAGE_YEAR = Pattern.compile(
      "\\s(\\p{Lu}?\\d{1,5}),\\s+" + PAGE + "\\s+" + YEAR + END);

  /** {@code Journal 1989, 158(2):515-9} (BioMed Central). */
  private static final Pattern YEAR_VOLUME_PAGES = Pattern.compile(
      "(?<=\\p{L})\\s+((?:1[6-9]|20)\\d{2}),\\s+(\\p{Lu}?\\d{1,5}(?:\\s*\\([^()]{1,20}\\))?:\\s*"
          + "\\p{Lu}?\\d{1,7}\\p{Lu}?(?:\\s*[–-]\\s*\\p{Lu}?\\d{1,7}\\p{Lu}?)?)" + END);

  /** The longest tail looked for: journal, volume, year, page and e-print notes. */
  private static final int TAIL_CHARS = 200;

  JournalTail(EntryParse e) {
    super(e);
  }

  /** A matcher over the entry's last characters only, where a tail can stand. */
  private static Matcher tail(Pattern pattern, String s) {
    Matcher m = pattern.matcher(s);
    m.useAnchoringBounds(false).useTransparentBounds(true).region(Math.max(0, s.length() - TAIL_CHARS), s.length());
    return m;
  }

  /** A cheap look at the entry's end before the patterns: a digit or a year's ")" closes it. */
  private static boolean closesWithYearOrPage(String s) {
    int end = s.length() - 1;
    while (end >= 0 && (s.charAt(end) == '.' || s.charAt(end) == ';' || s.charAt(end) == ','
        || s.charAt(end) == Skeleton.CUT || Character.isWhitespace(s.charAt(end)))) {
      end--;
    }
    return end > 0 && (Character.isDigit(s.charAt(end)) || s.charAt(end) == ')' || s.charAt(end) == ']'
        || Character.isUpperCase(s.charAt(end))) && (s.contains(" (") || s.contains(":"));
  }

  /** Takes the journal tail into the work; returns the entry without it. */
  String take(String s) {
    if (!closesWithYearOrPage(s)) {
      return s;
    }
    Matcher bmc = tail(YEAR_VOLUME_PAGES, s);
    if (bmc.find()) {
      return s.substring(0, bmc.start()) + ". " + bmc.group(1) + ";" + bmc.group(2) + ".";
    }
    Matcher m = tail(VOLUME_YEAR_PAGE, s);
    boolean yearBeforePage = m.find();
    if (!yearBeforePage) {
      m = tail(VOLUME_PAGE_YEAR, s);
      if (!m.find()) {
        return s;
      }
    }
    // The journal runs back from the volume to the entry's last comma or semicolon.
    int cut = Math.max(s.lastIndexOf(',', m.start()), s.lastIndexOf(';', m.start()));
    String journal = s.substring(cut + 1, m.start()).strip();
    if (!JOURNAL.matcher(journal).matches()) {
      return s;
    }
    b.container(journal);
    b.volume(m.group(1));
    b.date(b.date() == null ? (yearBeforePage ? m.group(2) : m.group(3)) : b.date());
    b.pages(Details.pages(yearBeforePage ? m.group(3) : m.group(2)));
    e.see(Sign.JOURNAL);
    String rest = s.substring(0, Math.max(0, cut)).strip();
    // Physics entries often give no title: what stands before the journal is the authors.
    // Initials glued to the family name ("J.M.Grames") are set apart from it.
    String spaced = rest.replaceAll("(\\p{Lu}\\.)(?=\\p{Lu}\\p{Ll})", "$1 ");
    String listed = spaced.replaceFirst(",?\\s+et al\\.?,?$", "").replaceFirst(",$", "");
    AuthorNames.Parsed names = HeadReader.INITIALLED_LIST.matcher(listed).matches() ? AuthorNames.parse(spaced) : null;
    if (names != null && !names.authors().isEmpty()
        && names.authors().stream().noneMatch(a -> a.organization() || a.given() == null)) {
      b.addAuthors(names.authors());
      b.etAl(b.etAl() | names.etAl());
      return "";
    }
    return rest;
  }
}
