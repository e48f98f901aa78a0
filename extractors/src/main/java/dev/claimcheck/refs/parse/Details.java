package dev.claimcheck.refs.parse;

import dev.claimcheck.text.Prose;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The detail items of an entry — volume, issue, pages, edition, supplement, date, Vancouver's
 * {@code 2004;12(3):45–61} — taken into the work as they are recognized.
 */
final class Details extends ParseUnit {
  private static final Pattern VOLUME = Pattern.compile(
      "^(?:vol\\.?|Vol\\.?|volume|Volume|Bd\\.|t\\.|tome|Jg\\.)\\s*(\\w+)$");
  private static final Pattern ISSUE = Pattern.compile(
      "^(?:no\\.?|No\\.?|issue|Issue|Nr\\.|n°|núm\\.|Heft|H\\.|iss\\.)\\s*(\\w+(?:[–/-]\\w+)?)$");
  private static final Pattern VOL_ISSUE = Pattern.compile(
      "^(\\d{1,4}(?:[–-]\\d{1,4})?)\\s*(?:\\(([^)]{1,15})\\))?(?:\\s*:\\s*(\\w*\\d\\w*(?:\\s*[–-]\\s*\\w+)?))?$");
  private static final Pattern VANCOUVER_DETAILS = Pattern.compile(
      "^((?:1[5-9]|20)\\d{2}(?:\\s+\\p{Lu}\\p{Ll}{2}(?:\\s\\d{1,2})?)?)\\s*;\\s*(.+)$");
  static final Pattern PAGES = Pattern.compile(
      "^(?:pp?\\.|pages?|S\\.|pgs?\\.|стр\\.|с\\.)\\s*(\\S.*)$");
  static final Pattern RANGE = Pattern.compile("^[A-Z]?\\d+\\s*[–-]\\s*[A-Z]?\\d+$");
  private static final Pattern EDITION = Pattern.compile(
      "^\\(?(?:(\\d{1,2})(?:st|nd|rd|th|\\.|e|ª|a)?|(First|Second|Third|Fourth|Fifth|Sixth|Revised|Rev\\.|Expanded|Updated|"
          + "New|Illustrated|Reprint))\\s*(?:ed|edn|edition|Aufl|Auflage|éd|édition|ed\\.\\s*rev)\\.?\\)?$",
      Pattern.CASE_INSENSITIVE);

  Details(EntryParse e) {
    super(e);
  }

  /** Takes one detail item (volume, issue, pages, edition, date); false if it is none. */
  boolean detail(String item) {
    String s = item.strip().replaceAll("[.,;]+$", "");
    if (s.isEmpty()) {
      return true;
    }
    Matcher m;
    if (!Prose.hasDigit(s)) {
      if ((m = EDITION.matcher(s)).matches()) {
        b.edition(edition(m.group(1) != null ? m.group(1) : m.group(2)));
        return true;
      }
      return s.regionMatches(true, 0, "suppl", 0, 5);
    }
    if ((m = VANCOUVER_DETAILS.matcher(s)).matches()) {
      String date = FieldText.dateOf(m.group(1));
      if (date != null) {
        b.date(b.date() == null ? date : b.date());
        for (String rest : m.group(2).split(";\\s*")) {
          if (!volumeIssue(rest.strip())) {
            detail(rest);
          }
        }
        e.see(Sign.JOURNAL);
        return true;
      }
    }
    if ((m = VOLUME.matcher(s)).matches()) {
      b.volume(m.group(1));
      e.see(Sign.JOURNAL);
      return true;
    }
    if ((m = ISSUE.matcher(s)).matches()) {
      b.issue(m.group(1));
      e.see(Sign.JOURNAL);
      return true;
    }
    if ((m = PAGES.matcher(s)).matches()) {
      b.pages(pages(m.group(1)));
      return true;
    }
    if ((m = EDITION.matcher(s)).matches()) {
      b.edition(edition(m.group(1) != null ? m.group(1) : m.group(2)));
      return true;
    }
    if (s.matches("(?i)supplement\\s*\\w*|suppl\\.?\\s*\\w*")) {
      return true;
    }
    if (RANGE.matcher(s).matches() && (e.has(Sign.JOURNAL) || e.has(Sign.CHAPTER))) {
      b.pages(pages(s));
      return true;
    }
    if (volumeIssue(s)) {
      return true;
    }
    String date = FieldText.dateOf(s);
    if (date != null) {
      // A fuller date of the same year (a news item's day after an author–date year) wins.
      b.date(b.date() == null || (date.startsWith(b.date()) && date.length() > b.date().length()) ? date : b.date());
      return true;
    }
    if (s.matches("e\\d{3,}") && e.has(Sign.JOURNAL)) {
      b.pages(s);
      return true;
    }
    return false;
  }

  /** {@code 12(3)}, {@code 12 (3): 45–61}, {@code 40:339-344}; a bare number is not enough. */
  private boolean volumeIssue(String s) {
    Matcher m = VOL_ISSUE.matcher(s);
    if (!m.matches() || (m.group(2) == null && m.group(3) == null)) {
      return false;
    }
    if (m.group(2) != null && m.group(3) == null && s.matches("\\d{4}\\s*\\(.*")) {
      return false;
    }
    b.volume(m.group(1));
    if (m.group(2) != null) {
      b.issue(m.group(2).strip());
    }
    if (m.group(3) != null) {
      b.pages(pages(m.group(3)));
    }
    e.see(Sign.JOURNAL);
    return true;
  }

  static String pages(String raw) {
    return raw.strip().replaceAll("\\s*[-–—]\\s*", "–").replaceAll("[.,;]+$", "");
  }

  private static String edition(String raw) {
    String s = raw.strip().replaceAll("\\.$", "");
    if (s.matches("\\d+")) {
      int n = Integer.parseInt(s);
      String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th"
          : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
          };
      return n + suffix;
    }
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "first" -> "1st";
      case "second" -> "2nd";
      case "third" -> "3rd";
      case "fourth" -> "4th";
      case "fifth" -> "5th";
      case "sixth" -> "6th";
      case "rev" -> "Revised";
      default -> Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase(Locale.ROOT);
    };
  }
}
