package dev.claimcheck.refs.parse;

import dev.claimcheck.refs.AuthorNames;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The journal, volume, year and page that close a physics-style entry, written without
 * separating punctuation: {@code Commun. Math. Phys. 329 (2014) 579} (Elsevier, AIP) and
 * {@code Phys. Rev. Lett. 112, 041601 (2014)} (APS). The journal's abbreviation points would
 * otherwise cut it into parts, and its year in parentheses would read as an author–date head.
 */
final class JournalTail extends ParseUnit {
  private static final String JOURNAL = "(\\p{Lu}[\\p{L}.&'’ -]{0,80}?\\p{L}\\.?)";
  private static final String YEAR = "\\(((?:1[6-9]|20)\\d{2})\\)";
  private static final String PAGE = "(\\p{Lu}?\\d{1,7}(?:\\s*[–-]\\s*\\p{Lu}?\\d{1,7})?)";
  /** What may follow: an e-print number in brackets, {@code [1302.0804]}. */
  private static final String END = "(?:\\s*\\[[\\w./:-]{1,40}])?\\s*[.;]?\\s*$";
  /** {@code Journal 329 (2014) 579}. */
  private static final Pattern VOLUME_YEAR_PAGE = Pattern.compile(
      "(?:^|[,;]\\s+)" + JOURNAL + "\\s+(\\p{Lu}?\\d{1,5})\\s+" + YEAR + "\\s+" + PAGE + END);
  /** {@code Journal 112, 041601 (2014)}. */
  private static final Pattern VOLUME_PAGE_YEAR = Pattern.compile(
      "(?:^|[,;]\\s+)" + JOURNAL + "\\s+(\\p{Lu}?\\d{1,5}),\\s+" + PAGE + "\\s+" + YEAR + END);

  JournalTail(EntryParse e) {
    super(e);
  }

  /** A cheap look at the entry's end before the patterns: a digit or a year's ")" closes it. */
  private static boolean closesWithYearOrPage(String s) {
    int end = s.length() - 1;
    while (end >= 0 && (s.charAt(end) == '.' || s.charAt(end) == ';' || Character.isWhitespace(s.charAt(end)))) {
      end--;
    }
    return end > 0 && (Character.isDigit(s.charAt(end)) || s.charAt(end) == ')' || s.charAt(end) == ']')
        && s.contains(" (");
  }

  /** Takes the journal tail into the work; returns the entry without it. */
  String take(String s) {
    if (!closesWithYearOrPage(s)) {
      return s;
    }
    Matcher m = VOLUME_YEAR_PAGE.matcher(s);
    boolean yearBeforePage = m.find();
    if (!yearBeforePage) {
      m = VOLUME_PAGE_YEAR.matcher(s);
      if (!m.find()) {
        return s;
      }
    }
    b.container(m.group(1).strip());
    b.volume(m.group(2));
    b.date(b.date() == null ? (yearBeforePage ? m.group(3) : m.group(4)) : b.date());
    b.pages(Details.pages(yearBeforePage ? m.group(4) : m.group(3)));
    e.see(Sign.JOURNAL);
    String rest = s.substring(0, m.start()).strip();
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
